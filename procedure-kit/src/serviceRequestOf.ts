import type { ProcessModel } from '@cauce/engine';
import type { Channel, ProcedureManifest, ServiceRequestState } from '@cauce/schemas';

/** Where an instance stands, as {@link runScenario} reports it. @public */
export interface InstanceOutcome {
  state: 'completed' | 'waiting' | 'terminated' | 'incident';
  endEvent?: string;
  waitingAt: string[];
}

/** The service request (solicitud de servicio) an instance stands for. @public */
export interface DerivedServiceRequest {
  state: ServiceRequestState;
  responsible?: string;
  type: string;
  channel: Channel;
}

/**
 * The state of the service request behind an instance, by the convention the sample procedures follow:
 * - ended: the end event's `camunda:property` `serviceRequestState` (default `resolved`) and
 *   `serviceRequestResponsible` (default: whoever acted last), as the engine compiled them (`FlowNode.serviceRequest`);
 * - waiting at a step only `agent-l2` may perform (camunda:candidateGroups): `escalated`, responsible `agent-l2`;
 * - waiting at a step the entry channel cannot perform (web → agent-only step): `in-progress`, responsible
 *   the step's first candidate group (the hand-off to an agent queue);
 * - waiting at a step of the entry channel: `waiting-citizen` on the web, `in-progress` with an agent;
 * - waiting on a connector, or stuck on an incident: `in-progress`.
 * @public
 */
export function serviceRequestOf(input: {
  manifest: ProcedureManifest;
  model: ProcessModel;
  entryChannel: Channel;
  outcome: InstanceOutcome;
  /** role of whoever answered the last step (`citizen`, `agent-l1`, `agent-l2`) */
  lastActor?: string;
}): DerivedServiceRequest {
  const { manifest, model, entryChannel, outcome, lastActor } = input;
  const base = { type: manifest.serviceRequestType, channel: entryChannel };
  if (outcome.state === 'completed' || outcome.state === 'terminated') {
    const declared = (outcome.endEvent && model.nodes[outcome.endEvent]?.serviceRequest) || {};
    const responsible = declared.responsible ?? lastActor;
    return { ...base, state: declared.state ?? 'resolved', ...(responsible ? { responsible } : {}) };
  }
  if (outcome.state === 'incident')
    return { ...base, state: 'in-progress', ...(lastActor ? { responsible: lastActor } : {}) };
  const steps = outcome.waitingAt.flatMap((id) => model.nodes[id]?.step ?? []);
  if (steps.some((s) => s.agentLevel === 2)) return { ...base, state: 'escalated', responsible: 'agent-l2' };
  const handOff = steps.find((s) => !s.channels.includes(entryChannel));
  if (handOff) return { ...base, state: 'in-progress', responsible: handOff.candidateGroups[0] ?? 'agent-l1' };
  if (steps.length)
    return entryChannel === 'web'
      ? { ...base, state: 'waiting-citizen', responsible: 'citizen' }
      : { ...base, state: 'in-progress', responsible: 'agent-l1' };
  return { ...base, state: 'in-progress', ...(lastActor ? { responsible: lastActor } : {}) };
}
