import type { FieldError, StepView } from '../contract';
import { errorTarget, fieldLabel, Fields } from '../form/Fields';
import { pageField, type PageField } from '../form/pageField';
import type { T } from '../i18n';
import { ErrorSummary } from './ErrorSummary';
import { Csrf, Layout, Paragraphs, type Shell } from './Layout';
import { SessionActions, sessionPath } from './SessionActions';

/** Which identification form a view asks for. @internal */
export type IdentifyMode = 'protocol' | 'otp-choose' | 'otp-code' | 'locked' | 'video';

/** The identification form a view needs now. @internal */
export function identifyMode(view: StepView): IdentifyMode {
  const id = view.identification;
  if (id.method === 'protocol') return (id.attemptsLeft ?? 1) <= 0 ? 'locked' : 'protocol';
  if (id.method === 'otp') return id.otpSentTo && (id.attemptsLeft ?? 0) > 0 ? 'otp-code' : 'otp-choose';
  return 'video';
}

/** The fields of an identification form (protocol questions, the OTP channel or the code). @internal */
export function identifyFields(view: StepView, t: T, mode = identifyMode(view)): PageField[] {
  if (mode === 'protocol') return (view.identification.questions ?? []).map((q) => question(q.id, q.label, t));
  if (mode === 'otp-choose')
    return [
      {
        ...text('channel', t('otpChooseLegend')),
        kind: 'choice',
        control: 'radios',
        hint: t('otpChooseHint'),
        options: [
          { value: 'sms', label: t('otpSms') },
          { value: 'email', label: t('otpEmail') },
        ],
      },
    ];
  if (mode === 'otp-code')
    return [
      {
        ...text('code', t('otpCodeLabel')),
        autocomplete: 'one-time-code',
        look: { inputType: 'text', width: 'w6', spellcheck: false, inputMode: 'numeric' },
      },
    ];
  return [];
}

/**
 * Identification before personal data is shown (levels 1 and 2): the protocol questions with the tries left;
 * then, for level 2, where to send a one-time code and the code itself (autocomplete="one-time-code"), with a
 * button to send another. Too many failed tries, or a step needing video identification (level 3): the way on is
 * asking a person for help.
 * @internal
 */
export function IdentifyPage(props: {
  shell: Shell;
  view: StepView;
  errors?: FieldError[];
  posted?: Record<string, string>;
}) {
  const { shell, view } = props;
  const { t } = shell;
  const mode = identifyMode(view);
  const errors = [...(props.errors ?? []), ...view.errors];
  const path = sessionPath(shell.base, view.sessionId);
  const messages = new Map(errors.map((e) => [e.field, e.message]));
  const fields = identifyFields(view, t, mode).map((f) => answered(f, props.posted, messages.get(f.path)));
  const title =
    mode === 'otp-choose'
      ? t('otpTitle')
      : mode === 'otp-code'
        ? t('otpEnterTitle')
        : mode === 'locked'
          ? t('lockedTitle')
          : t('identifyTitle');
  return (
    <Layout
      shell={shell}
      page="identify"
      title={title}
      errors={errors.length > 0}
      procedureTitle={view.procedure.title}
      reference={view.reference}
    >
      <ErrorSummary
        errors={errors}
        t={t}
        target={(field) => errorTarget(fields, field)}
        label={(field) => fieldLabel(fields, field)}
      />
      <span className="caption">{view.procedure.title}</span>
      <h1 className="heading-l">{title}</h1>
      {mode === 'protocol' ? (
        <>
          <Paragraphs text={view.texts?.identification} />
          <p className="body">{t('protocolIntro')}</p>
          <Attempts n={view.identification.attemptsLeft} t={t} />
        </>
      ) : null}
      {mode === 'otp-code' ? (
        <p className="body">{t('otpSentTo', { to: view.identification.otpSentTo ?? '' })}</p>
      ) : null}
      {mode === 'otp-code' ? <Attempts n={view.identification.attemptsLeft} t={t} /> : null}
      {mode === 'locked' ? <p className="body">{t('lockedText')}</p> : null}
      {mode === 'video' ? <p className="body">{t('videoNeeded')}</p> : null}
      {fields.length ? (
        <form method="post" action={`${path}/identificacion`} noValidate>
          <Csrf shell={shell} />
          <input
            type="hidden"
            name="method"
            value={mode === 'protocol' ? 'protocol' : mode === 'otp-choose' ? 'otp-send' : 'otp'}
          />
          <Fields fields={fields} t={t} />
          <button type="submit" className="button" data-prevent-double-click="">
            {mode === 'otp-choose' ? t('otpSendButton') : t('continue')}
          </button>
        </form>
      ) : null}
      {mode === 'otp-code' ? (
        <form method="post" action={`${path}/identificacion`}>
          <Csrf shell={shell} />
          <input type="hidden" name="method" value="otp-send" />
          <input type="hidden" name="channel" value={view.identification.otpSentTo?.includes('@') ? 'email' : 'sms'} />
          <button type="submit" className="button button-secondary">
            {t('otpResend')}
          </button>
        </form>
      ) : null}
      {mode === 'locked' || mode === 'video' ? (
        <p className="body">
          <a className="button" href={`${path}/ayuda`}>
            {t('askHelp')}
          </a>
        </p>
      ) : null}
      <SessionActions shell={shell} view={view} />
    </Layout>
  );
}

// helpers
function Attempts({ n, t }: { n?: number; t: T }) {
  if (n === undefined) return null;
  return <p className="inset">{n === 1 ? t('attemptsLeftOne') : t('attemptsLeft', { n })}</p>;
}

function text(path: string, label: string): PageField {
  return pageField(path, label, { look: { inputType: 'text', width: 'w10', spellcheck: false } });
}

function question(id: string, label: string, t: T): PageField {
  const base = text(id, label);
  const look = (width: 'w4' | 'w6') => ({ ...base.look, inputMode: 'numeric' as const, width });
  switch (id) {
    case 'citizenId':
      return { ...base, hint: t('hint_citizenId') };
    case 'birthYear':
      return { ...base, hint: t('hint_birthYear'), autocomplete: 'bday-year', look: look('w4') };
    case 'postcode':
      return { ...base, autocomplete: 'postal-code', look: look('w6') };
    case 'bankAccountLast4':
      return { ...base, hint: t('hint_bankAccountLast4'), look: look('w4') };
    case 'affiliationYear':
      return { ...base, look: look('w4') };
    default:
      return base;
  }
}

/** A question holding what was posted and its error, if any. */
function answered(field: PageField, posted: Record<string, string> | undefined, error: string | undefined): PageField {
  const value = posted?.[field.path];
  return { ...field, ...(value !== undefined ? { value } : {}), ...(error !== undefined ? { error } : {}) };
}
