import type { StepView } from '../contract';
import { Csrf, Layout, Paragraphs, type Shell } from './Layout';
import { SessionActions, sessionPath } from './SessionActions';
import { SummaryList } from './SummaryList';

/**
 * "Check your answers": every answer given so far, under its step, with a Change button for the steps that may
 * still be changed (those answered after the last connector with side effects — the session service decides).
 * @internal
 */
export function CheckAnswersPage(props: { shell: Shell; view: StepView }) {
  const { shell, view } = props;
  const { t } = shell;
  const path = sessionPath(shell.base, view.sessionId);
  const review = (view.review ?? []).filter((r) => r.fields.length);
  return (
    <Layout
      shell={shell}
      page="check-answers"
      title={t('checkTitle')}
      procedureTitle={view.procedure.title}
      reference={view.reference}
    >
      <span className="caption">{view.procedure.title}</span>
      <h1 className="heading-l">{t('checkTitle')}</h1>
      <Paragraphs text={view.texts?.checkAnswers} className="lead" />
      {review.length ? (
        <form method="post" action={`${path}/cambiar`}>
          <Csrf shell={shell} />
          <SummaryList review={review} t={t} change />
        </form>
      ) : (
        <p className="body">{t('noAnswersYet')}</p>
      )}
      <p className="body">
        <a className="button" href={path}>
          {t('backToCurrent')}
        </a>
      </p>
      <SessionActions shell={shell} view={view} review={false} />
    </Layout>
  );
}
