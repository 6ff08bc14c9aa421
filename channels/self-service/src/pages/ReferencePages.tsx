import type { SessionService } from '../contract';
import { Fields } from '../form/Fields';
import { pageField, type PageField } from '../form/pageField';
import type { T } from '../i18n';
import { ErrorSummary } from './ErrorSummary';
import { Csrf, Layout, type Shell } from './Layout';

type Status = Awaited<ReturnType<SessionService['requestStatus']>>;

/** The reference field both pages ask for, holding the reference given and its error. @internal */
export function referenceField(t: T, reference?: string, error?: string): PageField {
  return pageField('referencia', t('referenceLabel'), {
    hint: t('referenceHint'),
    autocomplete: 'off',
    value: reference ?? '',
    ...(error ? { error } : {}),
    look: { inputType: 'text', width: 'w10', spellcheck: false },
  });
}

/** "Continue a saved request": the reference, posted (resuming may open a session). @internal */
export function ResumePage(props: { shell: Shell; reference?: string; error?: string }) {
  const { shell } = props;
  const { t } = shell;
  const field = referenceField(t, props.reference, props.error);
  const errors = props.error ? [{ field: field.path, message: props.error }] : [];
  return (
    <Layout shell={shell} page="resume" title={t('resumeLink')} errors={errors.length > 0}>
      <ErrorSummary errors={errors} t={t} target={() => field.id} />
      <h1 className="heading-l">{t('resumeLink')}</h1>
      <p className="body">{t('resumeIntro')}</p>
      <form method="post" action={`${shell.base}/continuar`} noValidate>
        <Csrf shell={shell} />
        <Fields fields={[field]} t={t} />
        <button type="submit" className="button" data-prevent-double-click="">
          {t('continue')}
        </button>
      </form>
    </Layout>
  );
}

/** "¿Cómo va lo mío?": a GET form (reading a state changes nothing) and, once asked, the state in words. @internal */
export function StatusPage(props: { shell: Shell; reference?: string; error?: string; status?: Status }) {
  const { shell, status } = props;
  const { t } = shell;
  const field = referenceField(t, props.reference, props.error);
  const errors = props.error ? [{ field: field.path, message: props.error }] : [];
  const stateKey = `state_${status?.state}` as Parameters<T>[0];
  const when = status
    ? new Intl.DateTimeFormat(`${shell.language}-ES`, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Madrid',
      }).format(new Date(status.updatedAt))
    : '';
  return (
    <Layout shell={shell} page="status" title={t('statusTitle')} errors={errors.length > 0}>
      <ErrorSummary errors={errors} t={t} target={() => field.id} />
      <h1 className="heading-l">{t('statusTitle')}</h1>
      <p className="body">{t('statusIntro')}</p>
      <form method="get" action={`${shell.base}/estado`} noValidate>
        <Fields fields={[field]} t={t} />
        <button type="submit" className="button">
          {t('statusButton')}
        </button>
      </form>
      {status ? (
        <section className="result" aria-labelledby="status-result">
          <h2 className="heading-m" id="status-result">
            {t('statusOf', { reference: status.reference })}
          </h2>
          <dl className="summary">
            <div className="summary-row">
              <dt className="summary-key">{t('stateLabel')}</dt>
              <dd className="summary-value">
                <strong className="tag">{MESSAGE_KEYS.has(stateKey) ? t(stateKey) : status.state}</strong>
              </dd>
            </div>
            <div className="summary-row">
              <dt className="summary-key">{t('updatedLabel')}</dt>
              <dd className="summary-value">{when}</dd>
            </div>
          </dl>
          <p className="lead">{status.text}</p>
        </section>
      ) : null}
    </Layout>
  );
}

const MESSAGE_KEYS = new Set([
  'state_open',
  'state_in-progress',
  'state_waiting-citizen',
  'state_escalated',
  'state_resolved',
  'state_cancelled',
]);
