import type { StepView } from '../contract';
import { Layout, Paragraphs, type Shell } from './Layout';

/**
 * A person continues: after "ask for help", or when the procedure reaches a step only an agent performs. Shows the
 * reference and what happens next; the agent finds the request by reference with every answer kept.
 * @internal
 */
export function HandedOffPage(props: { shell: Shell; view: StepView }) {
  const { shell, view } = props;
  const { t } = shell;
  return (
    <Layout
      shell={shell}
      page="handed-off"
      title={t('handedOffTitle')}
      procedureTitle={view.procedure.title}
      reference={view.reference}
    >
      <div className="panel">
        <h1 className="panel-title">{t('handedOffTitle')}</h1>
        <div className="panel-body">
          {t('referenceIs')}
          <br />
          <strong className="reference">{view.reference}</strong>
        </div>
      </div>
      <Paragraphs text={view.texts?.handOff} className="lead" />
      <h2 className="heading-m">{t('whatNext')}</h2>
      <p className="body">{t('handedOffNext')}</p>
      <p className="body">{t('handedOffPhone')}</p>
      <p className="body">
        <a href={`${shell.base}/estado?referencia=${encodeURIComponent(view.reference)}`}>{t('checkStatus')}</a>
      </p>
      <p className="body">
        <a href={`${shell.base}/`}>{t('backToCatalogue')}</a>
      </p>
    </Layout>
  );
}
