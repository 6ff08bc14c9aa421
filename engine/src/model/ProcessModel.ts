import type { CauceEndEvent } from '@cauce/schemas';
import type { Step } from './Step';

/**
 * The executable form of one BPMN process, compiled from the moddle tree at deploy time.
 * Plain data: the interpreter never touches moddle objects.
 * @public
 */
export const NodeTypes = [
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'boundaryEvent',
  'task',
  'userTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'manualTask',
  'scriptTask',
  'businessRuleTask',
  'exclusiveGateway',
  'parallelGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'subProcess',
  'callActivity',
] as const;
export type NodeType = (typeof NodeTypes)[number];

export type EventKind = 'none' | 'message' | 'timer' | 'error' | 'terminate';

export interface TimerDefinition {
  kind: 'duration' | 'date' | 'cycle';
  expression: string;
}

export interface Mapping {
  name: string;
  /** FEEL when it starts with `=`, otherwise a string constant; undefined means null. */
  expression?: string;
}

export interface MultiInstance {
  sequential: boolean;
  loopCardinality?: string;
  collection?: string;
  elementVariable?: string;
  completionCondition?: string;
}

export interface CallMapping {
  source?: string;
  sourceExpression?: string;
  target?: string;
  all?: boolean;
  businessKey?: string;
  local?: boolean;
}

export interface FlowNode {
  id: string;
  type: NodeType;
  name?: string;
  /** id of the process or subprocess that contains this node */
  scope: string;
  incoming: string[];
  outgoing: string[];
  defaultFlow?: string;
  event?: EventKind;
  messageName?: string;
  timer?: TimerDefinition;
  errorCode?: string;
  attachedTo?: string;
  cancelActivity?: boolean;
  boundaries: string[];
  topic?: string;
  taskPriority?: string;
  script?: string;
  resultVariable?: string;
  inputs: Mapping[];
  outputs: Mapping[];
  multiInstance?: MultiInstance;
  calledElement?: string;
  callIn: CallMapping[];
  callOut: CallMapping[];
  assignee?: string;
  candidateGroups?: string;
  candidateUsers?: string;
  formKey?: string;
  dueDate?: string;
  /** for user tasks: the step they are in a procedure (cauce:* settings, checked, with defaults); no behaviour */
  step?: Step;
  /** for end events: the service-request state and responsible they declare (camunda:properties); no behaviour */
  serviceRequest?: CauceEndEvent;
  /** for subprocesses: their none start events */
  startNodes?: string[];
}

export interface SequenceFlow {
  id: string;
  source: string;
  target: string;
  condition?: string;
}

export interface ProcessModel {
  id: string;
  name?: string;
  versionTag?: string;
  nodes: Record<string, FlowNode>;
  flows: Record<string, SequenceFlow>;
  /** none start events of the process level */
  startNodes: string[];
  messageStarts: Array<{ node: string; messageName: string }>;
  timerStarts: Array<{ node: string; timer: TimerDefinition }>;
  /** node id → ids of nodes reachable from it within its scope (for inclusive joins) */
  reach: Record<string, string[]>;
}
