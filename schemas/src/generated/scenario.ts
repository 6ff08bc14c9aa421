// Generated from json/scenario.json by scripts/generate-types.ts — do not edit.
// Run `pnpm --filter @cauce/schemas build:types`; src/generatedTypes.test.ts fails on drift.

import type { Channel, ElementId, IdentificationLevel, Language, NonEmptyText, ServiceRequestState, Variables, ViewerRole } from './common';

/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "action".
 */
export type ScenarioAction = StepAnswer | ConnectorComplete | ConnectorBpmnError | ConnectorFailure;
/**
 * The external-task topic (camunda:topic) of the service task to act on.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "topic".
 */
export type ConnectorTopic = string;
/**
 * Id of the service task, when several open ones share the topic.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "serviceTask".
 */
export type ServiceTaskId = ElementId;

/**
 * scenarios/*.json: a test of a procedure. Start it with these variables on this channel, answer the steps and simulate the connectors in this order, then check the path taken, the outcome and the service request.
 */
export interface Scenario {
  /**
   * The schema this file follows, for editors.
   */
  $schema?: string;
  name: NonEmptyText;
  description?: string;
  /**
   * Entry channel of the service request.
   */
  channel: Channel;
  language?: Language;
  /**
   * Identification level the citizen has reached when the procedure starts.
   */
  identificationLevel?: IdentificationLevel;
  /**
   * Start variables.
   */
  variables?: Variables;
  /**
   * What happens, in order: a step answered, or a connector call completed, failed or ended with a BPMN error.
   */
  steps: ScenarioAction[];
  expect: ScenarioExpectation;
}
/**
 * Complete the open step (user task) with these answers.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "stepAnswer".
 */
export interface StepAnswer {
  /**
   * Id of the user task.
   */
  step: ElementId;
  answers: Variables;
  /**
   * Channel that performs this step, when not the entry channel (after a hand-off).
   */
  channel?: Channel;
  /**
   * Role of whoever answers (agent-l2 after an escalation).
   */
  role?: ViewerRole;
}
/**
 * The connector's worker completes the external task with these variables.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "connectorComplete".
 */
export interface ConnectorComplete {
  connector: ConnectorTopic;
  element?: ServiceTaskId;
  outcome: 'complete';
  variables?: Variables;
}
/**
 * The worker reports a BPMN error (one of the connector's documented x-cauce-errors).
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "connectorBpmnError".
 */
export interface ConnectorBpmnError {
  connector: ConnectorTopic;
  element?: ServiceTaskId;
  outcome: 'bpmnError';
  errorCode: NonEmptyText;
  errorMessage?: string;
  variables?: Variables;
}
/**
 * The worker reports a technical failure; with no retries left the engine raises an incident.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "connectorFailure".
 */
export interface ConnectorFailure {
  connector: ConnectorTopic;
  element?: ServiceTaskId;
  outcome: 'failure';
  errorMessage: string;
  retries?: number;
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "expectation".
 */
export interface ScenarioExpectation {
  /**
   * Ids of the flow nodes completed, in order (sequence flows left out).
   */
  path: ElementId[];
  outcome: ExpectedOutcome;
  serviceRequest: ExpectedServiceRequest;
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "outcome".
 */
export interface ExpectedOutcome {
  /**
   * completed: ended normally; waiting: still has open steps or tasks; terminated: ended by a terminate end event; incident: stuck on an incident.
   */
  state: 'completed' | 'waiting' | 'terminated' | 'incident';
  /**
   * Id of the end event reached.
   */
  endEvent?: ElementId;
  /**
   * Ids of the elements waiting, when the state is waiting.
   */
  waitingAt?: ElementId[];
  /**
   * Variables the instance must have, compared by deep equality (others may exist).
   */
  variables?: Variables;
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "expectedServiceRequest".
 */
export interface ExpectedServiceRequest {
  state: ServiceRequestState;
  /**
   * Area or level responsible at the end (`agent-l2`, `inss-benefits`).
   */
  responsible?: string;
  /**
   * Service request type; defaults to the manifest's serviceRequestType.
   */
  type?: string;
  /**
   * Entry channel.
   */
  channel?: Channel;
}
