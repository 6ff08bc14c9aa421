import type { SessionService } from '../contract';
import { Layout, type Shell } from './Layout';

type Entry = Awaited<ReturnType<SessionService['catalogue']>>[number];

/** The procedures a citizen can do on the web, with a search box (a GET form) and the other ways in. @internal */
export function CataloguePage(props: { shell: Shell; entries: Entry[]; q?: string }) {
  const { shell, entries } = props;
  const { t, base } = shell;
  return (
    <Layout shell={shell} page="catalogue" title={t('catalogueTitle')}>
      <h1 className="heading-l">{t('catalogueTitle')}</h1>
      <p className="lead">{t('catalogueIntro')}</p>
      <form method="get" action={`${base}/`} className="search" role="search">
        <label className="label" htmlFor="f-q">
          {t('searchLabel')}
        </label>
        <div className="search-row">
          <input className="input w20" id="f-q" name="q" type="search" defaultValue={props.q ?? ''} />
          <button type="submit" className="button button-secondary">
            {t('searchButton')}
          </button>
        </div>
      </form>
      {props.q && !entries.length ? (
        <p className="body">
          {t('noResults', { q: props.q })} <a href={`${base}/`}>{t('showAll')}</a>
        </p>
      ) : null}
      <ul className="catalogue">
        {entries.map((e) => (
          <li key={e.id}>
            <h2 className="heading-m">
              <a href={`${base}/tramite/${encodeURIComponent(e.id)}`}>{e.title}</a>
            </h2>
            <p className="body">{e.description}</p>
          </li>
        ))}
      </ul>
      <h2 className="heading-m">{t('otherThings')}</h2>
      <ul className="list">
        <li>
          <a href={`${base}/estado`}>{t('statusLink')}</a>
        </li>
        <li>
          <a href={`${base}/continuar`}>{t('resumeLink')}</a>
        </li>
      </ul>
    </Layout>
  );
}

/**
 * A procedure's start page: what it is, what identification it needs, that a reference comes with it, and the
 * Start button — a POST, since starting opens a session and a service request.
 * @internal
 */
export function StartPage(props: { shell: Shell; entry: Entry }) {
  const { shell, entry } = props;
  const { t, base } = shell;
  const level = (['level0', 'level1', 'level2', 'level3'] as const)[
    Math.min(3, Math.max(0, entry.identificationLevel))
  ];
  return (
    <Layout shell={shell} page="start" title={entry.title}>
      <h1 className="heading-l">{entry.title}</h1>
      <p className="lead">{entry.description}</p>
      <h2 className="heading-m">{t('beforeYouStart')}</h2>
      <p className="body">{t(level)}</p>
      <p className="body">{t('startNote')}</p>
      <form method="post" action={`${base}/tramite/${encodeURIComponent(entry.id)}`}>
        <input type="hidden" name="_csrf" value={shell.csrf} />
        <button type="submit" className="button button-start" data-prevent-double-click="">
          {t('startButton')}
        </button>
      </form>
    </Layout>
  );
}
