import { plainValues } from '@cauce/engine';
import { narrowForm } from '@cauce/forms';
import type { ServiceRequestState } from '@cauce/schemas';
import { exhaustive } from '@cauce/schemas';
import type { FieldError, Language, StepAction, StepView, Viewer } from '../contract';
import { QUESTION_LABELS, type ProtocolQuestion } from '../identity/identificationTexts';
import { dataView } from '../view/dataView';
import { commonTexts, stepTexts } from '../view/stepTexts';
import { agentLevel } from './access';
import { changeableSteps } from './changeableSteps';
import type { Ctx } from './Context';
import { stepChannels, stepForm, type Position } from './locate';
import { progressOf } from './progress';
import type { Session } from './Session';
import { statusText } from './statusText';

/** Variables the engine is started with; not connector data. */
const START_VARIABLES = new Set(['citizenId', 'language', 'channel']);

/**
 * Renders a session's position as the StepView every channel shows: texts for the channel and language with
 * variables filled in, the form narrowed to channel and role, answers (plus anything posted and refused, so
 * nothing typed is lost), connector data (raw, and labeled for the language: `dataView`), progress, identification, the actions this viewer may take, the
 * outcome once done, and the answered steps for check-your-answers. Nothing above the identification reached is
 * shown: an 'identify' view carries no step, no answers and no data. The citizen the session is about goes to staff
 * whenever it is known and to a citizen only once identified; the request's notes go to staff only.
 * @internal
 */
export async function buildView(
  ctx: Ctx,
  viewer: Viewer,
  session: Session,
  pos: Position,
  extra: { errors?: FieldError[]; posted?: Record<string, unknown>; language?: Language } = {},
): Promise<StepView> {
  const language = extra.language ?? session.language;
  const { pkg, model, request, snapshot, log } = pos;
  const owner = viewer.userId === session.ownerUserId;
  const role = viewer.role;
  const task = pos.task;
  const revised = pos.revising ? [...log].reverse().find((r) => r.stepId === pos.stepId) : undefined;
  const live = snapshot ? plainValues(snapshot.variables(task?.tokenId)) : {};
  const variables = { ...(revised?.variablesBefore ?? live), reference: session.reference };
  const hidden = pos.status === 'identify';
  const titleOf = (stepId: string) =>
    stepTexts(pkg, {
      textKey: model.nodes[stepId]?.step?.textKey ?? stepId,
      fallbackTitle: model.nodes[stepId]?.name ?? stepId,
      channel: session.channel,
      language,
      schema: {},
      fields: [],
      variables: {},
    }).title;
  const changeable = await changeableSteps(ctx, session, pos);

  // answered steps the viewer may see: on the web, only web steps; fields narrowed to the role
  const visibleLog = log.filter((r) => role !== 'citizen' || stepChannels(model.nodes[r.stepId]?.step).includes('web'));
  const answers: Record<string, unknown> = {};
  const review: NonNullable<StepView['review']> = [];
  if (!hidden) {
    for (const row of visibleLog) {
      const node = model.nodes[row.stepId];
      const narrowed = narrowForm(stepForm(pkg, node?.step), {
        channel: session.channel,
        role,
        visibility: node?.step?.fieldVisibility,
      });
      const texts = stepTexts(pkg, {
        textKey: node?.step?.textKey ?? row.stepId,
        fallbackTitle: node?.name ?? row.stepId,
        channel: session.channel,
        language,
        schema: narrowed.schema,
        fields: narrowed.fields,
        variables: { ...row.variablesBefore, reference: session.reference },
      });
      const fields: NonNullable<StepView['review']>[number]['fields'] = [];
      for (const field of narrowed.fields) {
        const value = valueAt(row.answers, field);
        if (!isShownValue(value)) continue;
        setAt(answers, field, value);
        fields.push({
          field,
          label: texts.labels[field]?.label ?? field,
          value,
          text: display(value, texts.labels[field]?.options),
        });
      }
      review.push({ stepId: row.stepId, title: texts.title, changeable: owner && changeable.has(row.id), fields });
    }
  }

  let step: StepView['step'];
  if (pos.status === 'step' && pos.stepId) {
    const node = model.nodes[pos.stepId];
    const narrowed = narrowForm(stepForm(pkg, pos.step), {
      channel: session.channel,
      role,
      visibility: pos.step?.fieldVisibility,
    });
    const texts = stepTexts(pkg, {
      textKey: pos.step?.textKey ?? pos.stepId,
      fallbackTitle: node?.name ?? pos.stepId,
      channel: session.channel,
      language,
      schema: narrowed.schema,
      fields: narrowed.fields,
      variables,
    });
    step = { id: pos.stepId, title: texts.title, text: texts.text, form: narrowed.schema, labels: texts.labels };
    const current = extra.posted ?? (session.draft?.stepId === pos.stepId ? session.draft.answers : revised?.answers);
    if (current) Object.assign(answers, current);
  }

  const data: Record<string, unknown> = {};
  if (!hidden && snapshot) {
    const answerNames = new Set(
      Object.values(pkg.forms).flatMap((f) => Object.keys((f as { properties?: object }).properties ?? {})),
    );
    for (const [name, value] of Object.entries(live))
      if (!START_VARIABLES.has(name) && !answerNames.has(name)) data[name] = value;
  }

  const done = pos.status === 'done';
  const staff = agentLevel(role) > 0;
  const citizenId = session.citizenId ?? request.citizenId;
  const showCitizen = !!citizenId && (staff || (role === 'citizen' && !hidden && session.reached >= 1));
  // the table's CHECK allows exactly SERVICE_REQUEST_STATES of @cauce/schemas (store/vocabularyChecks.test.ts)
  const state = request.state as ServiceRequestState;
  const view: StepView = {
    sessionId: session.id,
    reference: session.reference,
    procedure: { id: pkg.procedureId, version: pkg.version, title: pkg.manifest.title[language] },
    channel: session.channel,
    language,
    status: pos.status,
    ...(showCitizen ? { citizenId } : {}),
    ...(step ? { step } : {}),
    answers,
    data,
    dataView: dataView(pkg.texts, language, data),
    errors: extra.errors ?? [],
    progress: progressOf(model, {
      done: hidden ? [] : visibleLog.map((r) => r.stepId),
      current: pos.status === 'step' ? pos.stepId : undefined,
      live: task?.elementId,
      title: titleOf,
      finished: done,
    }),
    identification: identificationOf(session, pos, language),
    actions: owner ? actionsOf(viewer, session, pos, changeable.size > 0) : [],
    serviceRequest: {
      id: request.id,
      reference: request.reference,
      state,
      ...(staff ? { notes: request.notes.map((n) => ({ at: n.at, by: n.by, role: n.role, text: n.text })) } : {}),
    },
    texts: commonTexts(pkg, session.channel, language, variables),
    review,
    ...(pos.revising ? { revising: true } : {}),
  };
  if (done) view.outcome = { state, text: statusText(pkg, request.state, language) };
  return view;
}

// helpers
function identificationOf(session: Session, pos: Position, language: Language): StepView['identification'] {
  const out: StepView['identification'] = { reached: session.reached, needed: pos.needed };
  const pendingOtp = session.otpHash
    ? { method: 'otp' as const, otpSentTo: session.otpSentTo ?? undefined, attemptsLeft: session.otpAttemptsLeft }
    : {};
  if (pos.status !== 'identify') return { ...out, ...pendingOtp };
  if (session.reached < 1) {
    const questions: ProtocolQuestion[] =
      session.protocol?.questions ??
      (session.citizenId ? ['birthYear', 'postcode'] : ['citizenId', 'birthYear', 'postcode']);
    return {
      ...out,
      method: 'protocol',
      questions: questions.map((id) => ({ id, label: QUESTION_LABELS[id][language] })),
      attemptsLeft: session.protocolAttemptsLeft,
    };
  }
  if (pos.needed === 2) return { ...out, method: 'otp', ...pendingOtp };
  return out; // level 3 (video identification) is not done here: the citizen asks for help
}

function actionsOf(viewer: Viewer, session: Session, pos: Position, canGoBack: boolean): StepAction[] {
  const web = session.channel === 'web';
  const l1 = agentLevel(viewer.role) === 1;
  switch (pos.status) {
    case 'step':
      return [
        'next',
        ...(canGoBack ? (['back'] as const) : []),
        ...(web ? (['help', 'save'] as const) : [...(l1 ? (['escalate'] as const) : []), 'close' as const]),
      ];
    case 'identify':
    case 'working':
      return web ? ['help', 'save'] : [...(l1 ? (['escalate'] as const) : []), 'close'];
    case 'handed-off':
    case 'done':
      return [];
    default:
      return exhaustive(pos.status, 'status');
  }
}

function valueAt(obj: Record<string, unknown>, path: string): unknown {
  let v: unknown = obj;
  for (const part of path.split('.'))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** An answer the review lists as one line: a value or a list, not an object (its fields are listed one by one). */
function isShownValue(value: unknown): value is NonNullable<StepView['review']>[number]['fields'][number]['value'] {
  return value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value));
}

function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = obj;
  for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
  target[parts[parts.length - 1]] = value;
}

function display(value: unknown, options?: Record<string, string>): string {
  if (Array.isArray(value)) return value.map((v) => display(v, options)).join(', ');
  return options?.[String(value)] ?? String(value);
}
