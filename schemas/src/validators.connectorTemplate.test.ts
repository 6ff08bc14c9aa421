import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConnectorTemplate, type Problem, type ValidationResult } from './validators';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);
const problems = (r: ValidationResult<unknown>): Problem[] => (r.ok ? [] : r.problems);
const paths = (r: ValidationResult<unknown>) => problems(r).map((p) => p.path);

describe('validateConnectorTemplate', () => {
  const cauce = fixture('connectors/affiliation-lookup.template.json');

  it('accepts a Cauce connector template with typed inputs, outputs and documented errors', () => {
    // given / when
    const result = validateConnectorTemplate(cauce);
    // then
    expect(result.ok).toBe(true);
    expect(result.ok && result.value['x-cauce-errors']?.map((e) => e.code)).toEqual([
      'NOT_AFFILIATED',
      'PROTECTED_PERSON',
    ]);
  });

  it('accepts a plain Camunda Modeler template for an external task', () => {
    // given a template with Modeler-only keys (icon, category, keywords, placeholder, constraints)
    const camunda = fixture('connectors/camunda-external-task.template.json');
    // when / then
    expect(problems(validateConnectorTemplate(camunda))).toEqual([]);
  });

  it('accepts the external-task error template of the element-templates test suite once it has a topic', () => {
    // given the shape of camunda/element-templates-json-schema's "ExternalErrorTask" fixture
    const template = {
      name: 'ExternalErrorTask',
      id: 'com.camunda.example.ExternalErrorTask',
      appliesTo: ['bpmn:ServiceTask'],
      properties: [
        { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
        {
          label: 'Error Expression',
          value: 'error-expression',
          type: 'String',
          binding: { type: 'camunda:errorEventDefinition', errorRef: 'error-1' },
        },
      ],
      scopes: [
        {
          type: 'bpmn:Error',
          id: 'error-1',
          properties: [
            { label: 'Error Code', type: 'String', value: 'my-code', binding: { type: 'property', name: 'errorCode' } },
            {
              label: 'Error Message',
              type: 'String',
              value: 'error-message',
              binding: { type: 'property', name: 'camunda:errorMessage' },
            },
            { label: 'Error Name', type: 'String', value: 'error-name', binding: { type: 'property', name: 'name' } },
          ],
        },
      ],
    };
    // when
    const without = validateConnectorTemplate(template);
    template.properties.push({
      label: 'Topic',
      type: 'String',
      value: 'errors',
      binding: { type: 'property', name: 'camunda:topic' },
    } as never);
    const withTopic = validateConnectorTemplate(template);
    // then
    expect(problems(without)).toEqual([
      { path: '/properties', message: 'a connector template needs a property binding camunda:topic' },
    ]);
    expect(withTopic.ok).toBe(true);
  });

  it('refuses what Cauce does not run: other elements, delegates, fields, scripts, connector scopes', () => {
    // given
    const bad = {
      name: 'Java delegate',
      id: 'com.example.Delegate',
      appliesTo: ['bpmn:UserTask'],
      properties: [
        { type: 'Hidden', value: 'com.example.Foo', binding: { type: 'property', name: 'camunda:class' } },
        { type: 'String', binding: { type: 'camunda:field', name: 'sender' } },
        {
          type: 'Text',
          value: 'Hello ${name}',
          binding: { type: 'camunda:inputParameter', name: 'body', scriptFormat: 'freemarker' },
        },
      ],
      scopes: [{ type: 'camunda:Connector', properties: [] }],
    };
    // when
    const result = validateConnectorTemplate(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '', message: 'a connector template must apply to bpmn:ServiceTask (appliesTo, or elementType.value)' },
      {
        path: '/properties',
        message: 'a connector template needs a Hidden property binding camunda:type to "external"',
      },
      { path: '/properties', message: 'a connector template needs a property binding camunda:topic' },
      { path: '/appliesTo/0', message: 'must be one of "bpmn:ServiceTask", "bpmn:Task"' },
      { path: '/properties/0/binding/name', message: 'must NOT be valid' },
      { path: '/properties/1/binding/type', message: 'must be "property"' },
      { path: '/properties/2/binding/scriptFormat', message: 'is not allowed here' },
      { path: '/scopes/0/id', message: 'is required' },
      { path: '/scopes/0/type', message: 'must be "bpmn:Error"' },
    ]);
  });

  it('checks errors, inputs and outputs against the x-cauce declarations', () => {
    // given
    const bad = clone(cauce);
    bad.properties[1].value = '';
    bad.properties[2].binding.name = 'dni';
    bad.properties[4].binding.source = '${afiliacion}';
    bad.properties[5].binding.errorRef = 'Error_Missing';
    bad.scopes[0].properties[0].value = 'UNDOCUMENTED';
    bad['x-cauce-errors'].push({ code: 'NOT_AFFILIATED', description: 'twice' });
    // when
    const result = validateConnectorTemplate(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/x-cauce-errors/2/code', message: "error code 'NOT_AFFILIATED' is documented twice" },
      { path: '/properties/1/value', message: 'the topic belongs to the worker: give camunda:topic a value' },
      { path: '/properties/2/binding/name', message: "input 'dni' is not declared in x-cauce-inputs" },
      { path: '/properties/4/binding/source', message: "output 'afiliacion' is not declared in x-cauce-outputs" },
      { path: '/properties/5/binding/errorRef', message: "no bpmn:Error scope with id 'Error_Missing'" },
      {
        path: '/scopes/0/properties/0/value',
        message: "error code 'UNDOCUMENTED' is not documented in x-cauce-errors",
      },
    ]);
  });

  it('needs x-cauce-inputs and -outputs to be JSON Schemas of objects', () => {
    // given
    const bad = {
      ...clone(cauce),
      'x-cauce-inputs': { type: 'string' },
      'x-cauce-outputs': { type: 'object', properties: { 'bad name': {} } },
    };
    // when
    const result = validateConnectorTemplate(bad);
    // then
    expect(paths(result)).toEqual(['/x-cauce-inputs/type', '/x-cauce-outputs/properties/bad name']);
  });
});
