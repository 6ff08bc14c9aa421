import type { Engine } from '../commands/Engine';
import { Errors } from '../errorCodes';
import { variablesVisibleFrom } from '../interpreter/InstanceState';
import { queries as SQL } from '../store/generated/sql';
import { isUuid } from '../ids';
import type { TypedValue, Variables } from '../variables/TypedValue';

export interface CorrelateInput {
  messageName: string;
  businessKey?: string;
  processInstanceId?: string;
  correlationKeys?: Variables;
  processVariables?: Variables;
  all?: boolean;
}

export interface CorrelationResult {
  resultType: 'Execution' | 'ProcessDefinition';
  processInstanceId: string;
}

/**
 * Delivers a message (Camunda's POST /message): to waiting catch events, receive tasks, boundary events
 * and event-gateway targets that match, or else starts an instance at a message start event. One
 * transaction; with `all` every match, otherwise exactly one match or a typed error.
 * @public
 */
export async function correlateMessage(engine: Engine, input: CorrelateInput): Promise<CorrelationResult[]> {
  if (!input.messageName) throw Errors.bodyInvalid('messageName is required');
  if (input.processInstanceId !== undefined && !isUuid(input.processInstanceId))
    throw Errors.messageNotCorrelated(input.messageName);
  return engine.command(async (q) => {
    const { rows } = await q.query(SQL.subscriptionsForMessage, [
      input.messageName,
      input.processInstanceId ?? null,
      input.businessKey ?? null,
    ]);
    // an instance's subscription has its instance and token; a message start event's, its definition only
    const atTokens = rows.flatMap(({ instance_id, token_id, element_id }) =>
      instance_id && token_id ? [{ instance_id, token_id, element_id }] : [],
    );
    const waiting = [];
    for (const sub of atTokens) {
      if (input.correlationKeys && Object.keys(input.correlationKeys).length) {
        const { rows: inst } = await q.query(SQL.instanceSelect, [sub.instance_id]);
        const visible = variablesVisibleFrom(inst[0].data, sub.token_id);
        if (!matches(visible, input.correlationKeys)) continue;
      }
      waiting.push(sub);
    }
    const starts = input.processInstanceId ? [] : rows.filter((r) => !r.instance_id);
    const count = waiting.length + (waiting.length === 0 ? Math.min(starts.length, 1) : 0);
    if (count === 0) throw Errors.messageNotCorrelated(input.messageName);
    if (!input.all && waiting.length > 1) throw Errors.messageAmbiguous(input.messageName, waiting.length);
    const results: CorrelationResult[] = [];
    for (const sub of input.all ? waiting : waiting.slice(0, 1)) {
      await engine.onInstance(q, sub.instance_id, (r) => {
        r.deliverMessage(sub.token_id, sub.element_id, input.processVariables ?? {});
      });
      results.push({ resultType: 'Execution', processInstanceId: sub.instance_id });
    }
    if (waiting.length === 0 && starts[0]) {
      const row = await engine.startIn(q, {
        definitionId: starts[0].definition_id ?? undefined,
        businessKey: input.businessKey,
        variables: input.processVariables,
        startNode: starts[0].element_id,
      });
      results.push({ resultType: 'ProcessDefinition', processInstanceId: row.id });
    }
    return results;
  });
}

// helpers
function matches(visible: Variables, keys: Variables): boolean {
  return Object.entries(keys).every(
    ([name, expected]: [string, TypedValue]) =>
      visible[name] !== undefined && JSON.stringify(visible[name].value) === JSON.stringify(expected.value),
  );
}
