import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { describe, expect, it } from 'vitest';
import { cauceModdleDescriptor } from '@cauce/schemas/browser';
import { emptyProcessXml } from './emptyProcess';

describe('emptyProcessXml', () => {
  it('is a process named after the procedure with a start joined to an end, laid out, read without warnings', async () => {
    // given
    const moddle = new BpmnModdle({ camunda: camundaModdle, cauce: cauceModdleDescriptor });
    // when
    const { rootElement, warnings } = await moddle.fromXML(emptyProcessXml('new-benefit', 'Ayuda <nueva> & "más"'));
    // then
    expect(warnings).toEqual([]);
    const process = rootElement.rootElements.find((e: any) => e.$type === 'bpmn:Process');
    expect(process.id).toBe('new-benefit');
    expect(process.name).toBe('Ayuda <nueva> & "más"');
    expect(process.isExecutable).toBe(true);
    expect(process.flowElements.map((e: any) => e.$type).sort()).toEqual([
      'bpmn:EndEvent',
      'bpmn:SequenceFlow',
      'bpmn:StartEvent',
    ]);
    expect(rootElement.diagrams[0].plane.planeElement).toHaveLength(3);
  });

  it('falls back to a safe id when the procedure id is not an XML name', () => {
    // when
    const xml = emptyProcessXml('1 "bad"');
    // then
    expect(xml).toContain('<bpmn:process id="procedure"');
  });
});
