import type { ConnectorTemplate } from '@cauce/schemas';
import type { ServiceClient } from './ServiceClient';
import type { DataSchema } from './variables';

/** The corporate systems Cauce's connectors call (one simulator each in connectors/simulators). @public */
export type ServiceName = 'affiliation' | 'pensions' | 'subsidies' | 'appointments' | 'sms' | 'email';

/** @public */
export const SERVICE_NAMES: readonly ServiceName[] = [
  'affiliation',
  'pensions',
  'subsidies',
  'appointments',
  'sms',
  'email',
];

/** What a connector's `run` knows about the task it serves. @public */
export interface ConnectorTask {
  id: string;
  topicName: string;
  processInstanceId: string;
  processDefinitionKey: string;
  activityId: string;
  activityInstanceId?: string;
  businessKey: string | null;
  /** null on the first attempt; then the retries left. */
  retries: number | null;
}

/** Everything a connector's `run` may use. @public */
export interface ConnectorContext {
  /** The corporate system, with timeout, failure classification and Idempotency-Key built in. */
  system: ServiceClient;
  task: ConnectorTask;
  /** The clock (the runner's `clock` option; real time by default), for "tomorrow" and similar. */
  now(): Date;
}

/**
 * A connector: the worker for one external-task topic. `run` receives the inputs already read and checked
 * against the template's `x-cauce-inputs` and returns the outputs (checked against `x-cauce-outputs` before the
 * task is completed). It reports business outcomes by throwing a `BusinessError` with a code from
 * `x-cauce-errors`; everything else that goes wrong is a technical failure, retried.
 * @public
 */
export interface Connector<I = any, O = any> {
  /** Folder name: `affiliation-get-citizen`. */
  name: string;
  /** The external-task topic, read from the template's `camunda:topic`. */
  topic: string;
  /** The system it calls. */
  service: ServiceName;
  template: ConnectorTemplate;
  inputs: DataSchema;
  outputs: DataSchema;
  /** Documented BPMN error codes. */
  errorCodes: readonly string[];
  run(inputs: I, context: ConnectorContext): Promise<O>;
}

/**
 * Declares a connector from its template and its `run` function. The topic, the schemas and the error codes
 * come from the template, so the template stays the one description the designer, the linter and the worker
 * share.
 * @public
 */
export function defineConnector<I, O>(definition: {
  name: string;
  service: ServiceName;
  template: unknown;
  run(inputs: I, context: ConnectorContext): Promise<O>;
}): Connector<I, O> {
  const template = definition.template as ConnectorTemplate;
  const topic = template.properties.find(
    (p) => p.binding.type === 'property' && p.binding.name === 'camunda:topic',
  )?.value;
  if (typeof topic !== 'string' || topic === '')
    throw new Error(`connector ${definition.name}: its template has no camunda:topic value`);
  const inputs = (template['x-cauce-inputs'] ?? { type: 'object', properties: {} }) as DataSchema;
  const outputs = (template['x-cauce-outputs'] ?? { type: 'object', properties: {} }) as DataSchema;
  return {
    name: definition.name,
    topic,
    service: definition.service,
    template,
    inputs,
    outputs,
    errorCodes: (template['x-cauce-errors'] ?? []).map((e) => e.code),
    run: definition.run,
  };
}
