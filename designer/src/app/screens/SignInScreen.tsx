import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useDesigner, useStore } from '../store/useStore';
import { useFocusOnTicket } from '../components/useFocusOnTicket';

/** Sign in as a specialist (or a supervisor, read-only); an agent is told the designer is not for them. */
export function SignInScreen(): ReactNode {
  const t = useT();
  const { session, commands } = useDesigner();
  const busy = useStore(session, (s) => s.busy);
  const refused = useStore(session, (s) => s.refused);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const heading = useFocusOnTicket<HTMLHeadingElement>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void commands.signIn(user, password);
  };
  return (
    <section className="narrow" aria-labelledby="signin-title">
      <h1 id="signin-title" ref={heading} tabIndex={-1}>
        {t('signin.title')}
      </h1>
      <p>{t('signin.intro')}</p>
      {refused && (
        <div className="notice notice-error" role="alert">
          <p>{t('signin.refused', { name: refused.name })}</p>
        </div>
      )}
      <form onSubmit={submit} aria-busy={busy}>
        <p className="field">
          <label htmlFor="signin-user">{t('signin.user')}</label>
          <input
            id="signin-user"
            name="user"
            autoComplete="username"
            required
            value={user}
            onChange={(e) => setUser(e.target.value)}
          />
        </p>
        <p className="field">
          <label htmlFor="signin-password">{t('signin.password')}</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {t('signin.submit')}
        </button>
      </form>
      <p className="hint">{t('signin.hint')}</p>
    </section>
  );
}
