import type { StepView } from '../contract';
import { Fields } from '../form/Fields';
import { pageField } from '../form/pageField';
import { Csrf, Layout, Paragraphs, type Shell } from './Layout';
import { sessionPath } from './SessionActions';

/**
 * "Ask a person for help": what will happen (every answer kept, nothing asked twice), an optional note for the
 * agent, and the button that hands the session over (a POST).
 * @internal
 */
export function HelpPage(props: { shell: Shell; view: StepView }) {
  const { shell, view } = props;
  const { t } = shell;
  const path = sessionPath(shell.base, view.sessionId);
  const note = pageField('note', t('helpNoteLabel'), {
    kind: 'textarea',
    hint: t('helpNoteHint'),
    requirement: 'optional',
  });
  return (
    <Layout
      shell={shell}
      page="help"
      title={t('helpTitle')}
      procedureTitle={view.procedure.title}
      reference={view.reference}
    >
      <span className="caption">{view.procedure.title}</span>
      <h1 className="heading-l">{t('helpTitle')}</h1>
      <p className="lead">{t('helpExplain')}</p>
      <Paragraphs text={view.texts?.help} />
      <form method="post" action={`${path}/ayuda`} noValidate>
        <Csrf shell={shell} />
        <Fields fields={[note]} t={t} />
        <button type="submit" className="button" data-prevent-double-click="">
          {t('helpButton')}
        </button>
      </form>
      <p className="body">
        <a href={path}>{t('backToRequest')}</a>
      </p>
    </Layout>
  );
}

/** "Save and come back later": the session is already saved; this page gives the reference and how to resume. @internal */
export function SavePage(props: { shell: Shell; view: StepView }) {
  const { shell, view } = props;
  const { t } = shell;
  const path = sessionPath(shell.base, view.sessionId);
  return (
    <Layout
      shell={shell}
      page="save"
      title={t('saveTitle')}
      procedureTitle={view.procedure.title}
      reference={view.reference}
    >
      <div className="panel">
        <h1 className="panel-title">{t('saveTitle')}</h1>
        <div className="panel-body">
          {t('yourReference')}
          <br />
          <strong className="reference">{view.reference}</strong>
        </div>
      </div>
      <p className="lead">{t('saveWriteDown')}</p>
      <Paragraphs text={view.texts?.saveAndReturn} />
      <p className="body">{t('saveExplain')}</p>
      <p className="body">
        <a className="button" href={path}>
          {t('continueNow')}
        </a>
      </p>
      <p className="body">
        <a href={`${shell.base}/`}>{t('backToCatalogue')}</a>
      </p>
    </Layout>
  );
}
