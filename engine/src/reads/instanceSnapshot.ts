import type { Engine } from '../commands/Engine';
import { variablesVisibleFrom, type WaitKind } from '../interpreter/InstanceState';
import { TokenStates, type TokenStateName } from '../vocabulary/TokenStates';
import type { InstanceStateName } from '../vocabulary/InstanceStates';
import type { ProcessModel } from '../model/ProcessModel';
import type { Step } from '../model/Step';
import type { Variables } from '../variables/TypedValue';
import { readInstance } from './instanceReads';

/** An activity instance that is live now (a token of the engine), where it stands. @public */
export interface LiveActivity {
  /** the activity instance id (a task's `tokenId`) */
  tokenId: string;
  elementId: string;
  /** active (running now), waiting, joining (at a join, for the other branches) or incident */
  state: TokenStateName;
  /** directly in the process, not inside a subprocess or a multi-instance body */
  atProcessLevel: boolean;
}

/** A live activity that waits for something outside the engine's run, or is stuck on an incident. @public */
export interface Wait extends LiveActivity {
  /** what it waits for: a person (task), a connector (external), a timer, a message, inner activities…; absent when an incident stopped it first */
  kind?: WaitKind;
  /** for a user task: its step (channels, identification level, form, candidate groups…) */
  step?: Step;
}

/**
 * One instance as its clients need it, read in one statement: its state, the compiled model it runs, which
 * activities are live and where it waits (with the step of each user task), and the variables seen from any of
 * them. Clients read this instead of the engine's token tree and scopes, which stay the engine's own.
 * @public
 */
export interface InstanceSnapshot {
  id: string;
  definitionId: string;
  definitionKey: string;
  businessKey: string | null;
  parentInstanceId: string | null;
  rootInstanceId: string;
  state: InstanceStateName;
  /** the compiled model of the definition this instance runs */
  model: ProcessModel;
  /** every live activity (in no particular order: the store keeps them as a map) */
  activities: LiveActivity[];
  /** the live activities that wait or are stuck on an incident (in no particular order) */
  waits: Wait[];
  /** variables visible from a live activity (its own, then each enclosing scope's; innermost wins), or the process's */
  variables(tokenId?: string): Variables;
}

/**
 * Reads an instance as an {@link InstanceSnapshot}; an unknown or malformed id reads as undefined.
 * @public
 */
export async function instanceSnapshot(engine: Engine, instanceId: string): Promise<InstanceSnapshot | undefined> {
  const row = await readInstance(engine, instanceId);
  if (!row) return undefined;
  const model = (await engine.definitions.get(engine.db, row.definition_id)).model;
  const { data } = row;
  const activities: LiveActivity[] = [];
  const waits: Wait[] = [];
  for (const token of Object.values(data.tokens)) {
    const activity = {
      tokenId: token.id,
      elementId: token.node,
      state: token.state,
      atProcessLevel: token.scope === data.root,
    };
    activities.push(activity);
    if (token.state !== TokenStates.waiting && token.state !== TokenStates.incident) continue;
    const step = model.nodes[token.node]?.step;
    waits.push({ ...activity, ...(token.wait ? { kind: token.wait } : {}), ...(step ? { step } : {}) });
  }
  return {
    id: row.id,
    definitionId: row.definition_id,
    definitionKey: row.definition_key,
    businessKey: row.business_key,
    parentInstanceId: row.parent_instance_id,
    rootInstanceId: row.root_instance_id,
    state: row.state,
    model,
    activities,
    waits,
    variables: (tokenId) => variablesVisibleFrom(data, tokenId),
  };
}
