import { useEffect, type ReactNode } from 'react';
import { useT } from './i18n/useT';
import { useDesigner, useStore } from './store/useStore';
import { Header } from './components/Header';
import { NoticeBanner } from './components/NoticeBanner';
import { CatalogueScreen } from './screens/CatalogueScreen';
import { EditorScreen } from './screens/EditorScreen';
import { SignInScreen } from './screens/SignInScreen';

/**
 * The designer's frame: skip link, header (navigation, UI language, who, sign out), the notice banner and the
 * screen of the route. The page's language and title follow the UI language.
 * @public
 */
export function App(): ReactNode {
  const t = useT();
  const { session, navigation } = useDesigner();
  const language = useStore(session, (s) => s.language);
  const route = useStore(navigation, (s) => s.route);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <NoticeBanner />
        {route.screen === 'signin' && <SignInScreen />}
        {route.screen === 'catalogue' && <CatalogueScreen />}
        {route.screen === 'editor' && <EditorScreen id={route.id} tab={route.tab} />}
      </main>
    </>
  );
}
