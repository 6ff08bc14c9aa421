import { Engine, instanceSnapshot, plainValues, type Db } from '@cauce/engine';
import { pathOf, type HistoryEvent } from '@cauce/procedure-kit';

/** Where one run of a procedure ended, through whichever channel: its service request and its engine instance. @internal */
export interface RunOutcome {
  reference: string;
  /** the service request row, as stored */
  request: { type: string; state: string; outcome: string | null; responsible: string | null; entryChannel: string };
  /** the role of whoever answered the last step (`citizen`, `agent-l1`, `agent-l2`) */
  lastActor: string | null;
  /** the last instance of the request (a changed answer after going back restarts it) */
  engine: {
    state: 'completed' | 'waiting' | 'terminated';
    endEvent?: string;
    path: string[];
    variables: Record<string, unknown>;
  };
}

/**
 * Test support: reads the outcome of a run from the database the engine and the session service share — the
 * service request by its reference, then its last process instance: state, the end event reached, the path
 * (as runScenario reports it) and the variables left.
 * @internal
 */
export async function readRunOutcome(db: Db, reference: string): Promise<RunOutcome> {
  const request = (
    await db.query<{
      type: string;
      state: string;
      outcome: string | null;
      responsible: string | null;
      entry_channel: string;
      id: string;
      instance_ids: string[];
    }>(
      'select id, type, state, outcome, responsible, entry_channel, instance_ids from service_request where reference = $1',
      [reference],
    )
  ).rows[0];
  if (!request) throw new Error(`no service request ${reference}`);
  const actor = (
    await db.query<{ actor_role: string }>(
      'select actor_role from step_answer where service_request_id = $1 and not superseded order by id desc limit 1',
      [request.id],
    )
  ).rows[0];
  const instanceId = request.instance_ids.at(-1);
  if (!instanceId) throw new Error(`service request ${reference} has no instance`);
  const instance = await instanceSnapshot(new Engine({ db }), instanceId);
  if (!instance) throw new Error(`no process instance ${instanceId}`);
  const history = (
    await db.query<HistoryEvent & { element_type: string | null }>(
      'select kind, element_id, element_type, data from history_event where instance_id = $1 order by rev, seq',
      [instanceId],
    )
  ).rows;
  const endEvent =
    history.filter((e) => e.kind === 'activity_end' && e.element_type === 'endEvent').at(-1)?.element_id ?? undefined;
  const state = instance.state === 'COMPLETED' ? 'completed' : instance.state === 'ACTIVE' ? 'waiting' : 'terminated';
  return {
    reference,
    request: {
      type: request.type,
      state: request.state,
      outcome: request.outcome,
      responsible: request.responsible,
      entryChannel: request.entry_channel,
    },
    lastActor: actor?.actor_role ?? null,
    engine: {
      state,
      ...(endEvent ? { endEvent } : {}),
      path: pathOf(history),
      variables: plainValues(instance.variables()),
    },
  };
}

/**
 * The business variables of a run, comparable across runs: without `channel` (the entry channel, different by
 * design), and with what the simulated corporate systems number in sequence — `SMS-000003`, `CITA-000002`,
 * `DOC-000001` wherever they appear, and an appointment's `locator` derived from its number — and the instants
 * they stamp (`issuedAt: 2026-11-23T14:19:11.603Z`) replaced by placeholders (`SMS-…`, `…`, `<instant>`).
 * @internal
 */
export function businessVariables(variables: Record<string, unknown>): Record<string, unknown> {
  const { channel: _channel, ...rest } = variables;
  return normalise(rest) as Record<string, unknown>;
}

// helpers
const SEQUENCE_ID = /\b(SMS|EMAIL|CITA|TSE|VD|VB|DOC)-\d{6}\b/g;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function normalise(value: unknown, key?: string): unknown {
  if (typeof value === 'string')
    return key === 'locator' ? '…' : INSTANT.test(value) ? '<instant>' : value.replace(SEQUENCE_ID, '$1-…');
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  return value;
}
