import type { StepView } from '../contract';
import { Layout, type Shell } from './Layout';
import { SessionActions, sessionPath } from './SessionActions';

/**
 * Connectors are still working. Without JavaScript the page asks again by itself: a `meta refresh` with delay 0
 * to `?espera=<n>`, which the server holds open for a few seconds until the session moves on (a long poll), so the
 * page never reloads on a timer under the reader and there is no time limit (WCAG 2.2.1; axe's meta-refresh
 * passes). After `maxWaits` rounds it stops and says so; "Check now" always works.
 * @internal
 */
export function WorkingPage(props: { shell: Shell; view: StepView; wait: number; maxWaits: number }) {
  const { shell, view } = props;
  const { t } = shell;
  const path = sessionPath(shell.base, view.sessionId);
  const slow = props.wait >= props.maxWaits;
  return (
    <Layout
      shell={shell}
      page="working"
      title={t('workingTitle')}
      procedureTitle={view.procedure.title}
      reference={view.reference}
      refresh={slow ? undefined : `${path}?espera=${props.wait + 1}`}
    >
      <span className="caption">{view.procedure.title}</span>
      <h1 className="heading-l">{t('workingTitle')}</h1>
      <p className="body" role="status">
        {slow ? t('workingSlow') : t('workingText')}
      </p>
      <p className="body">
        <a className="button button-secondary" href={path}>
          {t('workingCheckNow')}
        </a>
      </p>
      <SessionActions shell={shell} view={view} />
    </Layout>
  );
}
