import { describe, expect, it } from 'vitest';
import { validatePackage } from '@cauce/procedure-kit';
import { generateTypes } from './generateTypes';

const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:cauce="http://cauce.dev/schema/bpmn/1.0" id="D" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="S" />
    <bpmn:serviceTask id="Mapped" camunda:type="external" camunda:topic="citizen.get">
      <bpmn:extensionElements>
        <camunda:inputOutput>
          <camunda:outputParameter name="person">\${citizen}</camunda:outputParameter>
          <camunda:outputParameter name="seenAt">=now()</camunda:outputParameter>
        </camunda:inputOutput>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:serviceTask id="Unmapped" camunda:type="external" camunda:topic="slot.book" />
    <bpmn:userTask id="Ask" cauce:form="forms/Ask.schema.json" />
    <bpmn:endEvent id="E" />
    <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="Mapped" />
    <bpmn:sequenceFlow id="F2" sourceRef="Mapped" targetRef="Unmapped" />
    <bpmn:sequenceFlow id="F3" sourceRef="Unmapped" targetRef="Ask" />
    <bpmn:sequenceFlow id="F4" sourceRef="Ask" targetRef="E" />
  </bpmn:process>
</bpmn:definitions>`;
const form = {
  title: 'Pregunta',
  type: 'object',
  required: ['slot'],
  properties: { slot: { type: 'string', title: 'Hueco', 'x-cauce-widget': 'radio', enum: ['am', 'pm'] } },
};
const templates = new Map<string, unknown>([
  [
    'citizen.get',
    {
      'x-cauce-outputs': {
        type: 'object',
        properties: {
          citizen: { type: 'object', properties: { name: { type: 'string' } } },
          ignored: { type: 'number' },
        },
      },
    },
  ],
  [
    'slot.book',
    { 'x-cauce-outputs': { type: 'object', properties: { slot: { type: 'integer' }, locator: { type: 'string' } } } },
  ],
]);

describe('generateTypes', () => {
  it('maps outputs as Camunda does, unions a name several sources write, and names types after files, not titles', async () => {
    // given
    const pkg = await validatePackage({
      dir: '/x',
      files: new Map([
        ['process.bpmn', bpmn],
        ['forms/Ask.schema.json', JSON.stringify(form)],
      ]),
    });
    // when
    const source = await generateTypes(pkg, templates);
    // then
    expect(source).toContain('export interface AskForm {');
    expect(source).not.toMatch(/interface (Pregunta|Hueco)/);
    expect(source).toContain("  person?: Exclude<CitizenGetOutputs['citizen'], undefined>;");
    expect(source).toContain('  seenAt?: Exclude<unknown, undefined>;');
    expect(source.slice(source.indexOf('export interface Variables'))).not.toContain('ignored');
    expect(source).toContain("  locator?: Exclude<SlotBookOutputs['locator'], undefined>;");
    expect(source).toContain(
      "  /** forms/Ask.schema.json, Unmapped (slot.book) */\n  slot?: Exclude<AskForm['slot'] | SlotBookOutputs['slot'], undefined>;",
    );
  });
});
