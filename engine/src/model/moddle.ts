import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');

/** A moddle that knows BPMN 2.0 and camunda:* extensions. cauce:* attributes are read from `$attrs`. @internal */
export function createModdle(): BpmnModdle {
  return new BpmnModdle({ camunda: camundaDescriptor });
}
