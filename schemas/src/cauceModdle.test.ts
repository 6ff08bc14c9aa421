import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import camundaDescriptor from 'camunda-bpmn-moddle/resources/camunda.json';
import { cauceModdleDescriptor, readCauceStep, type CauceUserTaskElement } from './index';

const fixture = readFileSync(new URL('./fixtures/european-health-card/process.bpmn', import.meta.url), 'utf8');

function moddle() {
  return new BpmnModdle({ camunda: camundaDescriptor, cauce: cauceModdleDescriptor });
}

async function parse(xml: string) {
  const { rootElement, elementsById, warnings } = await moddle().fromXML(xml);
  return { rootElement, elementsById: elementsById as Record<string, any>, warnings: warnings as unknown[] };
}

describe('cauce moddle descriptor', () => {
  it('reads every cauce extension of a user task with typed values', async () => {
    // given the fixture process, whose ConfirmAddress step uses every cauce:* extension
    // when
    const { elementsById, warnings } = await parse(fixture);
    // then
    expect(warnings).toEqual([]);
    const step = elementsById.ConfirmAddress;
    expect(step.$instanceOf('cauce:Step')).toBe(true);
    expect(step.form).toBe('forms/ConfirmAddress.schema.json');
    expect(step.textKey).toBe('ConfirmAddress');
    expect(step.channels).toBe('agent,web');
    expect(step.identificationLevel).toBe(2);
    expect(step.candidateGroups).toBe('agent-l1');
    const visibility = step.extensionElements.values.map((v: any) => [v.$type, v.field, v.roles]);
    expect(visibility).toEqual([
      ['cauce:FieldVisibility', 'notes', 'agent-l1,agent-l2,supervisor'],
      ['cauce:FieldVisibility', 'email', 'citizen,agent-l2'],
    ]);
  });

  it('keeps camunda connector bindings beside cauce extensions', async () => {
    // given
    const { elementsById } = await parse(fixture);
    // when
    const lookup = elementsById.LookUpAffiliation;
    // then
    expect(lookup.type).toBe('external');
    expect(lookup.topic).toBe('affiliation.lookup');
    const io = lookup.extensionElements.values[0];
    expect(io.$type).toBe('camunda:InputOutput');
    expect(io.inputParameters[0].name).toBe('nif');
  });

  it('round-trips through toXML and fromXML unchanged', async () => {
    // given
    const first = await parse(fixture);
    // when
    const { xml } = await moddle().toXML(first.rootElement, { format: true });
    const second = await parse(xml);
    const { xml: again } = await moddle().toXML(second.rootElement, { format: true });
    // then
    expect(second.warnings).toEqual([]);
    expect(again).toBe(xml);
    expect(xml).toContain('cauce:identificationLevel="2"');
    expect(xml).toContain('<cauce:fieldVisibility field="notes" roles="agent-l1,agent-l2,supervisor" />');
    const step = second.elementsById.ConfirmAddress;
    expect([step.form, step.textKey, step.channels, step.identificationLevel]).toEqual([
      'forms/ConfirmAddress.schema.json',
      'ConfirmAddress',
      'agent,web',
      2,
    ]);
  });

  it('accepts the element written as cauce:FieldVisibility too', async () => {
    // given the type name used as the tag
    const xml = fixture.replace(/cauce:fieldVisibility/g, 'cauce:FieldVisibility');
    // when
    const { elementsById, warnings } = await parse(xml);
    // then
    expect(warnings).toEqual([]);
    expect(elementsById.ConfirmAddress.extensionElements.values).toHaveLength(2);
  });

  it('creates the extensions programmatically with the declared types', async () => {
    // given
    const m = moddle();
    // when
    const task = m.create('bpmn:UserTask', { id: 'AskEmail', identificationLevel: 3, channels: 'web' });
    task.extensionElements = m.create('bpmn:ExtensionElements', {
      values: [m.create('cauce:FieldVisibility', { field: 'email', roles: 'citizen' })],
    });
    const definitions = m.create('bpmn:Definitions', {
      targetNamespace: 'x',
      rootElements: [m.create('bpmn:Process', { id: 'p', flowElements: [task] })],
    });
    const { xml } = await m.toXML(definitions);
    // then
    expect(xml).toContain('cauce:identificationLevel="3"');
    expect(xml).toContain('<cauce:fieldVisibility field="email" roles="citizen" />');
  });
});

describe('readCauceStep', () => {
  it('parses the comma lists of a parsed user task', async () => {
    // given
    const { elementsById } = await parse(fixture);
    // when
    const result = readCauceStep(elementsById.ConfirmAddress as CauceUserTaskElement);
    // then
    expect(result).toEqual({
      ok: true,
      value: {
        form: 'forms/ConfirmAddress.schema.json',
        textKey: 'ConfirmAddress',
        channels: ['agent', 'web'],
        identificationLevel: 2,
        fieldVisibility: [
          { field: 'notes', roles: ['agent-l1', 'agent-l2', 'supervisor'] },
          { field: 'email', roles: ['citizen', 'agent-l2'] },
        ],
      },
    });
  });

  it('defaults the text key to the task id and leaves absent settings out', async () => {
    // given
    const { elementsById } = await parse(fixture);
    // when
    const result = readCauceStep(elementsById.ReviewAffiliation as CauceUserTaskElement);
    // then
    expect(result).toEqual({
      ok: true,
      value: { textKey: 'ReviewAffiliation', channels: ['agent'], identificationLevel: 1, fieldVisibility: [] },
    });
  });

  it('reports unknown channels and roles, bad levels and paths', async () => {
    // given a task with a mistake in every attribute
    const xml = fixture
      .replace('cauce:channels="agent,web"', 'cauce:channels="agent,phone"')
      .replace('cauce:identificationLevel="2"', 'cauce:identificationLevel="5"')
      .replace('cauce:form="forms/ConfirmAddress.schema.json"', 'cauce:form="../other/form.json"')
      .replace('roles="citizen,agent-l2"', 'roles="citizen,admin"');
    const { elementsById } = await parse(xml);
    // when
    const result = readCauceStep(elementsById.ConfirmAddress as CauceUserTaskElement);
    // then
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      'cauce:form',
      'cauce:channels',
      'cauce:identificationLevel',
      'cauce:FieldVisibility[1]/roles',
    ]);
  });
});
