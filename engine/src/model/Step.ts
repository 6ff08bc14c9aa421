import type { CauceStep, Channel } from '@cauce/schemas';

/**
 * A user task as a step of a procedure: its `cauce:*` settings, read and checked once at deploy time
 * (`readCauceStep`), with the defaults every channel applies, and who may perform it. The channels, the scenario
 * runner and the service-request rules read this instead of the XML.
 * @public
 */
export interface Step extends Omit<CauceStep, 'channels'> {
  /** `cauce:channels`; both (`agent`, `web`) when the task does not say */
  channels: Channel[];
  /** `camunda:candidateGroups` when it is a list of names; `[]` when absent or a FEEL expression */
  candidateGroups: string[];
  /** the agent queue the step belongs to: 2 when only `agent-l2` may perform it, else 1 */
  agentLevel: 1 | 2;
}
