import type { ReactNode } from 'react';
import { LANGUAGES } from '@cauce/schemas/browser';
import type { Language } from '../api/types';
import { LANGUAGE_NAMES } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useDesigner, useStore } from '../store/useStore';

/** The banner: the product's name, the navigation (catalogue), the UI language, who is signed in, sign out. */
export function Header(): ReactNode {
  const t = useT();
  const { session, navigation, commands } = useDesigner();
  const user = useStore(session, (s) => s.user);
  const access = useStore(session, (s) => s.access);
  const language = useStore(session, (s) => s.language);
  const screen = useStore(navigation, (s) => s.route.screen);
  return (
    <header className="banner">
      <p className="brand">
        <a href="/disenador/" onClick={(e) => (e.preventDefault(), user && navigation.go({ screen: 'catalogue' }))}>
          {t('app.title')}
        </a>
      </p>
      {user && (
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <a
                href="/disenador/"
                aria-current={screen === 'catalogue' ? 'page' : undefined}
                onClick={(e) => (e.preventDefault(), navigation.go({ screen: 'catalogue' }))}
              >
                {t('nav.catalogue')}
              </a>
            </li>
          </ul>
        </nav>
      )}
      <div className="banner-tools">
        <label>
          {t('header.language')}{' '}
          <select value={language} onChange={(e) => commands.setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        {user && (
          <span className="who">
            {t('header.user', { name: user.name })}
            {access === 'read' && <strong className="tag">{t('header.readOnly')}</strong>}
          </span>
        )}
        {user && (
          <button type="button" className="link" onClick={() => void commands.signOut()}>
            {t('header.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
