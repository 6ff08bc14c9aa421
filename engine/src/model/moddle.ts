import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { cauceModdleDescriptor } from '@cauce/schemas';

const require = createRequire(import.meta.url);
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');

/** A moddle that knows BPMN 2.0, camunda:* extensions and Cauce's cauce:* step extensions. @internal */
export function createModdle(): BpmnModdle {
  return new BpmnModdle({ camunda: camundaDescriptor, cauce: cauceModdleDescriptor });
}
