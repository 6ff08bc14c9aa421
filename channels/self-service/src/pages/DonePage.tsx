import type { StepView } from '../contract';
import { Layout, Paragraphs, type Shell } from './Layout';
import { SummaryList } from './SummaryList';

/**
 * The end of a procedure: a confirmation panel with the reference, the outcome in words, what happens next and
 * the answers given (no change buttons: the request is closed).
 * @internal
 */
export function DonePage(props: { shell: Shell; view: StepView }) {
  const { shell, view } = props;
  const { t } = shell;
  const resolved = view.outcome?.state === 'resolved';
  return (
    <Layout
      shell={shell}
      page="done"
      title={t('doneTitle')}
      procedureTitle={view.procedure.title}
      reference={view.reference}
    >
      <div className={`panel${resolved ? ' panel-success' : ''}`}>
        <h1 className="panel-title">{t('doneTitle')}</h1>
        <div className="panel-body">
          {t('referenceIs')}
          <br />
          <strong className="reference">{view.reference}</strong>
        </div>
      </div>
      <Paragraphs text={view.outcome?.text} className="lead" />
      <h2 className="heading-m">{t('whatNext')}</h2>
      <Paragraphs text={view.texts?.confirmation} />
      <Paragraphs text={view.texts?.end} />
      <p className="body">
        <a href={`${shell.base}/estado?referencia=${encodeURIComponent(view.reference)}`}>{t('checkStatus')}</a>
      </p>
      {(view.review ?? []).some((r) => r.fields.length) ? (
        <>
          <h2 className="heading-m">{t('yourAnswers')}</h2>
          <SummaryList review={view.review!} t={t} headingLevel={3} />
        </>
      ) : null}
      <p className="body">
        <a href={`${shell.base}/`}>{t('backToCatalogue')}</a>
      </p>
    </Layout>
  );
}
