import { useEffect, type ReactNode } from 'react';
import { LANGUAGES } from '@cauce/schemas/browser';
import { LANGUAGE_NAMES } from './i18n';
import { useT } from './i18n/useT';
import type { Language } from './api/types';
import type { ConsoleState, Screen } from './store/ConsoleState';
import { useCommands, useStore } from './store/useStore';
import { NoticeBanner } from './components/NoticeBanner';
import { ReasonDialog } from './components/ReasonDialog';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { FolderScreen } from './screens/FolderScreen';
import { LoginScreen } from './screens/LoginScreen';
import { QueueScreen } from './screens/QueueScreen';
import { SessionScreen } from './screens/SessionScreen';

const selectScreen = (s: ConsoleState) => s.screen;
const selectUser = (s: ConsoleState) => s.user;
const selectLanguage = (s: ConsoleState) => s.language;
const selectHasSession = (s: ConsoleState) => !!s.session;
const selectAnnouncement = (s: ConsoleState) => s.announcement;
const selectBusy = (s: ConsoleState) => s.busy;

/** The console's frame: skip link, banner (user, language, sign out), navigation, the current screen. */
export function App(): ReactNode {
  const t = useT();
  const screen = useStore(selectScreen);
  const language = useStore(selectLanguage);
  const announcement = useStore(selectAnnouncement);
  const busy = useStore(selectBusy);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  useShortcuts();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <Banner />
      {screen !== 'login' && <Navigation />}
      <main id="main" tabIndex={-1} aria-busy={busy}>
        <div className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
        <NoticeBanner />
        {screen === 'login' && <LoginScreen />}
        {screen === 'catalogue' && <CatalogueScreen />}
        {screen === 'session' && <SessionScreen />}
        {screen === 'queue' && <QueueScreen />}
        {screen === 'folder' && <FolderScreen />}
      </main>
      <ReasonDialog />
    </>
  );
}

function Banner(): ReactNode {
  const t = useT();
  const user = useStore(selectUser);
  const language = useStore(selectLanguage);
  const commands = useCommands();
  return (
    <header className="banner">
      <p className="brand">{t('app.title')}</p>
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
        {user && <span>{t('header.user', { name: user.name })}</span>}
        {user && (
          <button type="button" className="link" onClick={() => commands.logout()}>
            {t('header.logout')}
          </button>
        )}
      </div>
    </header>
  );
}

function Navigation(): ReactNode {
  const t = useT();
  const screen = useStore(selectScreen);
  const hasSession = useStore(selectHasSession);
  const commands = useCommands();
  const items: Array<[Exclude<Screen, 'login'>, string]> = [
    ['catalogue', t('nav.catalogue')],
    ...(hasSession ? ([['session', t('nav.session')]] as Array<[Exclude<Screen, 'login'>, string]>) : []),
    ['queue', t('nav.queue')],
    ['folder', t('nav.folder')],
  ];
  return (
    <nav className="tabs" aria-label={t('nav.label')}>
      <ul>
        {items.map(([id, label]) => (
          <li key={id}>
            <button type="button" aria-current={screen === id ? 'page' : undefined} onClick={() => commands.go(id)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Alt+N submits the step's form (or identification form); Alt+B goes back to change the last answer. */
function useShortcuts(): void {
  const commands = useCommands();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === 'KeyN') {
        const form = document.querySelector<HTMLFormElement>('form[data-primary]');
        if (!form) return;
        event.preventDefault();
        form.requestSubmit();
      } else if (event.code === 'KeyB') {
        event.preventDefault();
        void commands.back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
