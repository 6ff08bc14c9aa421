import type { FieldError, StepView } from '../contract';
import { errorTarget, fieldLabel, Fields } from '../form/Fields';
import { fieldId, type FieldSpec } from '../form/fieldModel';
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
export function identifyFields(view: StepView, t: T, mode = identifyMode(view)): FieldSpec[] {
  if (mode === 'protocol') return (view.identification.questions ?? []).map((q) => question(q.id, q.label, t));
  if (mode === 'otp-choose')
    return [
      {
        ...text('channel', t('otpChooseLegend')),
        kind: 'radios',
        hint: t('otpChooseHint'),
        options: [
          { value: 'sms', label: t('otpSms') },
          { value: 'email', label: t('otpEmail') },
        ],
      },
    ];
  if (mode === 'otp-code')
    return [{ ...text('code', t('otpCodeLabel')), inputMode: 'numeric', autocomplete: 'one-time-code', width: 'w6' }];
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
  const fields = identifyFields(view, t, mode);
  const title =
    mode === 'otp-choose'
      ? t('otpTitle')
      : mode === 'otp-code'
        ? t('otpEnterTitle')
        : mode === 'locked'
          ? t('lockedTitle')
          : t('identifyTitle');
  const state = { answers: props.posted ?? {}, errors: new Map(errors.map((e) => [e.field, e.message])), t };
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
          <Fields fields={fields} state={state} />
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

function text(path: string, label: string): FieldSpec {
  return {
    kind: 'text',
    path,
    id: fieldId(path),
    label,
    optional: false,
    options: [],
    children: [],
    inputType: 'text',
    width: 'w10',
    spellcheck: false,
  };
}

function question(id: string, label: string, t: T): FieldSpec {
  const base = text(id, label);
  switch (id) {
    case 'citizenId':
      return { ...base, hint: t('hint_citizenId') };
    case 'birthYear':
      return { ...base, hint: t('hint_birthYear'), inputMode: 'numeric', autocomplete: 'bday-year', width: 'w4' };
    case 'postcode':
      return { ...base, inputMode: 'numeric', autocomplete: 'postal-code', width: 'w6' };
    case 'bankAccountLast4':
      return { ...base, hint: t('hint_bankAccountLast4'), inputMode: 'numeric', width: 'w4' };
    case 'affiliationYear':
      return { ...base, inputMode: 'numeric', width: 'w4' };
    default:
      return base;
  }
}
