import type { ReactNode } from 'react';
import type { Language } from '../contract';
import { LANGUAGES, MESSAGES, type T } from '../i18n';

/** What every page needs besides its content: language, links, assets and the CSRF token of this browser. @internal */
export interface Shell {
  language: Language;
  t: T;
  /** where the pages are mounted, without a trailing slash ('' or '/tramites') */
  base: string;
  /** the stylesheet, script and icon URLs (content-hashed, cached for a year) */
  assets: { css: string; js: string; icon: string };
  csrf: string;
  /** the path (and query) the language links reload, without `lang` */
  here: string;
  serviceName?: string;
}

/**
 * The page frame: skip link, header with the service name and the language switch (each language named in
 * itself, with `lang` and `hreflang`), one `main`, a footer with the status and resume links. `title` goes in
 * `<title>` after "Error: " when the page shows errors, then the procedure and the service.
 * @internal
 */
export function Layout(props: {
  shell: Shell;
  page: PageName;
  title: string;
  errors?: boolean;
  procedureTitle?: string;
  reference?: string;
  refresh?: string;
  children: ReactNode;
}) {
  const { shell, title } = props;
  const { t, base } = shell;
  const service = shell.serviceName ?? t('serviceName');
  const docTitle = `${props.errors ? t('titleErrorPrefix') : ''}${[title, props.procedureTitle, service].filter((s, i, all) => s && all.indexOf(s) === i).join(' – ')}`;
  return (
    <html lang={shell.language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.refresh ? <meta httpEquiv="refresh" content={`0; url=${props.refresh}`} /> : null}
        <title>{docTitle}</title>
        <meta name="description" content={t('serviceDescription')} />
        <link rel="icon" href={shell.assets.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={shell.assets.css} />
        <script src={shell.assets.js} defer />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <header className="header">
          <div className="width header-inner">
            <a className="header-title" href={`${base}/`}>
              {service}
            </a>
            <nav className="lang" aria-label={t('languageNav')}>
              <ul>
                {LANGUAGES.map((code) => (
                  <li key={code}>
                    <a
                      href={withLang(shell.here, code)}
                      lang={code}
                      hrefLang={code}
                      aria-current={code === shell.language ? 'true' : undefined}
                    >
                      {MESSAGES[code].languageName}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <div className="width">
          <main id="main" tabIndex={-1} data-page={props.page}>
            {props.children}
          </main>
        </div>
        <footer className="footer">
          <div className="width">
            {props.reference ? (
              <p>
                {t('yourReference')}: <strong className="reference">{props.reference}</strong>
              </p>
            ) : null}
            <nav aria-label={t('footerNav')}>
              <ul>
                <li>
                  <a href={`${base}/estado`}>{t('statusLink')}</a>
                </li>
                <li>
                  <a href={`${base}/continuar`}>{t('resumeLink')}</a>
                </li>
                <li>
                  <a href={`${base}/`}>{t('catalogueTitle')}</a>
                </li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Which page a document is (`<main data-page>`): for tests, analytics of where citizens leave, and styling. @internal */
export type PageName =
  | 'catalogue'
  | 'start'
  | 'step'
  | 'identify'
  | 'check-answers'
  | 'working'
  | 'handed-off'
  | 'done'
  | 'help'
  | 'save'
  | 'resume'
  | 'status'
  | 'error';

/** The hidden CSRF field every form carries. @internal */
export function Csrf(props: { shell: Shell }) {
  return <input type="hidden" name="_csrf" value={props.shell.csrf} />;
}

/** Text from a procedure: one paragraph per line. @internal */
export function Paragraphs(props: { text?: string; className?: string }) {
  const lines = (props.text ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <>
      {lines.map((line, i) => (
        <p key={i} className={props.className ?? 'body'}>
          {line}
        </p>
      ))}
    </>
  );
}

/** A path with `lang=` set (other query parameters kept). @internal */
export function withLang(path: string, language: Language): string {
  const [pathname, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${pathname}?${params.toString()}`;
}
