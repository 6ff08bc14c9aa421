import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  validateConnectorTemplate,
  validateFormSchema,
  validateProcedure,
  validateScenario,
  validateStepTexts,
  type Problem,
  type ValidationResult,
} from './validators';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);
const problems = (r: ValidationResult<unknown>): Problem[] => (r.ok ? [] : r.problems);
const paths = (r: ValidationResult<unknown>) => problems(r).map((p) => p.path);

describe('validateProcedure', () => {
  const good = fixture('european-health-card/procedure.json');

  it('accepts the sample manifest and returns it typed', () => {
    // given the European Health Card manifest
    // when
    const result = validateProcedure(good);
    // then
    expect(result).toEqual({ ok: true, value: good });
    expect(result.ok && result.value.title.eu).toBe('Europako Osasun Txartela eskatu');
  });

  it('reports each mistake where it is, in plain words', () => {
    // given
    const bad = { ...clone(good), id: 'Tarjeta_Sanitaria', version: '1.2', channels: ['phone'], identificationLevel: 4 };
    delete bad.title.gl;
    bad.process = '../shared/process.bpmn';
    bad.statusTexts = { delivered: good.statusTexts.resolved };
    // when
    const result = validateProcedure(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/id', message: 'must be kebab-case: lower-case letters and digits joined by single hyphens' },
      { path: '/version', message: 'must be a semantic version such as 1.2.0 or 2.0.0-rc.1' },
      { path: '/title/gl', message: 'is required' },
      { path: '/channels/0', message: 'must be one of "agent", "web"' },
      { path: '/identificationLevel', message: 'must be one of 0, 1, 2, 3' },
      { path: '/process', message: 'must be a relative path to a .bpmn file inside the package' },
      { path: '/statusTexts/delivered', message: 'is not allowed here' },
    ]);
  });

  it('requires the description and refuses blank titles', () => {
    // given
    const bad = clone(good);
    delete bad.description;
    bad.title.en = '   ';
    // when
    const result = validateProcedure(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/description', message: 'is required' },
      { path: '/title/en', message: 'must not be empty or blank' },
    ]);
  });

  it('accepts pre-release versions and leaves out the default process path', () => {
    // given
    const minimal = { ...clone(good), version: '2.0.0-rc.1' };
    delete minimal.process;
    delete minimal.statusTexts;
    // when / then
    expect(validateProcedure(minimal).ok).toBe(true);
  });
});

describe('validateStepTexts', () => {
  const good = fixture('european-health-card/texts/es.json');

  it('accepts the reference texts with dotted placeholders and custom common keys', () => {
    // given / when
    const result = validateStepTexts(good);
    // then
    expect(result.ok).toBe(true);
  });

  it('refuses malformed placeholders, blank titles, empty steps and unknown channels', () => {
    // given
    const bad = clone(good);
    bad.steps.ConfirmAddress.agent.text = 'Diga {{ nombre completo }} y {{{html}}}';
    bad.steps.ConfirmAddress.web.title = ' ';
    bad.steps.Empty = {};
    bad.steps.Other = { phone: { title: 'x', text: 'y' } };
    bad.common['Bad-Key'] = 'x';
    // when
    const result = validateStepTexts(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/common/Bad-Key', message: 'custom common text keys are camelCase (a lower-case letter, then letters and digits)' },
      { path: '/steps/ConfirmAddress/agent/text', message: 'placeholders must be {{name}} or {{dotted.path}}; no other double or triple braces' },
      { path: '/steps/ConfirmAddress/web/title', message: 'must not be blank; placeholders must be {{name}} or {{dotted.path}}' },
      { path: '/steps/Empty', message: 'must NOT have fewer than 1 properties' },
      { path: '/steps/Other/phone', message: 'is not allowed here' },
    ]);
  });

  it('keeps single braces and needs title and text per channel', () => {
    // given
    const texts = { language: 'ca', steps: { A: { web: { title: 'Preu {en euros}', text: '' } }, B: { agent: { title: 'x' } } } };
    // when
    const result = validateStepTexts(texts);
    // then
    expect(problems(result)).toEqual([{ path: '/steps/B/agent/text', message: 'is required' }]);
  });
});

describe('validateScenario', () => {
  it('accepts the sample scenarios: answers, connector completions, BPMN errors and failures', () => {
    // given
    const happy = fixture('european-health-card/scenarios/address-confirmed.json');
    const escalated = fixture('european-health-card/scenarios/not-affiliated.json');
    // when / then
    expect(validateScenario(happy).ok).toBe(true);
    expect(validateScenario(escalated).ok).toBe(true);
  });

  it('reports the mistake of the kind of step meant, not every kind it is not', () => {
    // given
    const bad = fixture('european-health-card/scenarios/not-affiliated.json');
    delete bad.steps[0].errorCode;
    bad.steps[1].answers = 'yes';
    bad.steps.push({ connector: 'sms.send', outcome: 'timeout' });
    bad.expect.serviceRequest.state = 'closed';
    // when
    const result = validateScenario(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/steps/0/errorCode', message: 'is required' },
      { path: '/steps/1/answers', message: 'must be object' },
      { path: '/steps/3/outcome', message: 'must be "complete"' },
      { path: '/expect/serviceRequest/state', message: 'must be one of "open", "in-progress", "waiting-citizen", "escalated", "resolved", "cancelled"' },
    ]);
  });

  it('needs the expected path, outcome and service request', () => {
    // given
    const bad = { name: 'x', channel: 'web', steps: [], expect: { path: ['Start Event'] } };
    // when
    const result = validateScenario(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/expect/outcome', message: 'is required' },
      { path: '/expect/serviceRequest', message: 'is required' },
      { path: '/expect/path/0', message: 'must be a BPMN id: a letter or _ followed by letters, digits, _, . or -' },
    ]);
  });
});

describe('validateConnectorTemplate', () => {
  const cauce = fixture('connectors/affiliation-lookup.template.json');

  it('accepts a Cauce connector template with typed inputs, outputs and documented errors', () => {
    // given / when
    const result = validateConnectorTemplate(cauce);
    // then
    expect(result.ok).toBe(true);
    expect(result.ok && result.value['x-cauce-errors']?.map((e) => e.code)).toEqual(['NOT_AFFILIATED', 'PROTECTED_PERSON']);
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
        { label: 'Error Expression', value: 'error-expression', type: 'String', binding: { type: 'camunda:errorEventDefinition', errorRef: 'error-1' } },
      ],
      scopes: [
        {
          type: 'bpmn:Error',
          id: 'error-1',
          properties: [
            { label: 'Error Code', type: 'String', value: 'my-code', binding: { type: 'property', name: 'errorCode' } },
            { label: 'Error Message', type: 'String', value: 'error-message', binding: { type: 'property', name: 'camunda:errorMessage' } },
            { label: 'Error Name', type: 'String', value: 'error-name', binding: { type: 'property', name: 'name' } },
          ],
        },
      ],
    };
    // when
    const without = validateConnectorTemplate(template);
    template.properties.push({ label: 'Topic', type: 'String', value: 'errors', binding: { type: 'property', name: 'camunda:topic' } } as never);
    const withTopic = validateConnectorTemplate(template);
    // then
    expect(problems(without)).toEqual([{ path: '/properties', message: 'a connector template needs a property binding camunda:topic' }]);
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
        { type: 'Text', value: 'Hello ${name}', binding: { type: 'camunda:inputParameter', name: 'body', scriptFormat: 'freemarker' } },
      ],
      scopes: [{ type: 'camunda:Connector', properties: [] }],
    };
    // when
    const result = validateConnectorTemplate(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '', message: 'a connector template must apply to bpmn:ServiceTask (appliesTo, or elementType.value)' },
      { path: '/properties', message: 'a connector template needs a Hidden property binding camunda:type to "external"' },
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
      { path: '/scopes/0/properties/0/value', message: "error code 'UNDOCUMENTED' is not documented in x-cauce-errors" },
    ]);
  });

  it('needs x-cauce-inputs and -outputs to be JSON Schemas of objects', () => {
    // given
    const bad = { ...clone(cauce), 'x-cauce-inputs': { type: 'string' }, 'x-cauce-outputs': { type: 'object', properties: { 'bad name': {} } } };
    // when
    const result = validateConnectorTemplate(bad);
    // then
    expect(paths(result)).toEqual(['/x-cauce-inputs/type', '/x-cauce-outputs/properties/bad name']);
  });
});

describe('validateFormSchema', () => {
  const good = fixture('european-health-card/forms/ConfirmAddress.schema.json');

  it('accepts a form using every x-cauce hint', () => {
    // given / when
    const result = validateFormSchema(good);
    // then
    expect(problems(result)).toEqual([]);
  });

  it('reports unknown hints, bad values and widgets that do not fit the field', () => {
    // given
    const bad = clone(good);
    bad['x-cauce-widget'] = 'radio';
    bad.properties.email['x-cauce-widgte'] = 'text';
    bad.properties.notes['x-cauce-visibleTo'] = ['agent-l3'];
    bad.properties.notes['x-cauce-channels'] = [];
    bad.properties.email['x-cauce-order'] = -1;
    bad.properties.companions['x-cauce-widget'] = 'radio';
    bad.properties.postcode['x-cauce-widget'] = 'date';
    bad.properties.address.properties.city['x-cauce-sensitive'] = 'yes';
    // when
    const result = validateFormSchema(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/x-cauce-widget', message: 'unknown x-cauce-* hint on the form; hints go on fields' },
      { path: '/properties/email/x-cauce-widgte', message: 'unknown x-cauce-* hint (known: x-cauce-widget, x-cauce-visibleTo, x-cauce-channels, x-cauce-order, x-cauce-sensitive)' },
      { path: '/properties/email/x-cauce-order', message: 'must be >= 0' },
      { path: '/properties/companions', message: 'x-cauce-widget radio or select needs the choices as enum or oneOf' },
      { path: '/properties/notes/x-cauce-visibleTo/0', message: 'must be one of "agent-l1", "agent-l2", "citizen", "supervisor"' },
      { path: '/properties/notes/x-cauce-channels', message: 'must NOT have fewer than 1 items' },
      { path: '/properties/postcode', message: 'x-cauce-widget date needs type string and format date' },
      { path: '/properties/address/properties/city/x-cauce-sensitive', message: 'must be boolean' },
    ]);
  });

  it('needs an object form with FEEL-friendly field names and declared required fields', () => {
    // given
    const notObject = { type: 'array', properties: {} };
    const badNames = { type: 'object', required: ['nif', 'iban'], properties: { 'fecha-nacimiento': { type: 'string' }, nif: { type: 'string' } } };
    // when / then
    expect(problems(validateFormSchema(notObject))).toEqual([{ path: '/type', message: 'must be "object"' }]);
    expect(problems(validateFormSchema(badNames))).toEqual([
      { path: '/properties/fecha-nacimiento', message: 'must be a field name: a letter or _ followed by letters, digits or _' },
    ]);
    delete (badNames.properties as Record<string, unknown>)['fecha-nacimiento'];
    expect(problems(validateFormSchema(badNames))).toEqual([{ path: '/required/1', message: "'iban' is required but not a field of this form" }]);
  });

  it('refuses what is not a JSON Schema or does not compile', () => {
    // given
    const notSchema = { type: 'object', properties: { a: { type: 'text' } } };
    const unknownFormat = { type: 'object', properties: { nif: { type: 'string', format: 'nif' } } };
    // when
    const a = validateFormSchema(notSchema);
    const b = validateFormSchema(unknownFormat);
    // then
    expect(paths(a)).toContain('/properties/a/type');
    expect(problems(b)).toHaveLength(1);
    expect(problems(b)[0]!.message).toMatch(/^the form does not compile: unknown format "nif"/);
  });
});
