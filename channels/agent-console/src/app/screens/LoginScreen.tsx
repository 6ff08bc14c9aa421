import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectBusy = (s: ConsoleState) => s.busy;

/** Staff sign in (demo users; the password is the deployment's CAUCE_DEMO_PASSWORD). */
export function LoginScreen(): ReactNode {
  const t = useT();
  const busy = useStore(selectBusy);
  const commands = useCommands();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          void commands.login(String(data.get('user') ?? ''), String(data.get('password') ?? ''));
        }}
      >
        <div className="field">
          <label htmlFor="login-user">{t('login.user')}</label>
          <input
            ref={first}
            id="login-user"
            name="user"
            autoComplete="username"
            required
            autoCapitalize="none"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <p className="hint">{t('login.hint')}</p>
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </section>
  );
}
