import { describe, expect, it } from 'vitest';
import { bpmn, flow } from '../testing/bpmn';
import { loadBpmn } from './loadBpmn';

describe('loadBpmn', () => {
  it('compiles each user task into its typed step, read through the cauce moddle descriptor', async () => {
    // given
    const xml = bpmn(
      'p',
      `<bpmn:startEvent id="s"/><bpmn:userTask id="step" cauce:form="forms/step.schema.json" cauce:textKey="step" cauce:channels="agent" cauce:identificationLevel="2" camunda:candidateGroups="agent-l2"/>
      <bpmn:userTask id="plain"/>${flow('s', 'step')}${flow('step', 'plain')}`,
    );
    // when
    const result = await loadBpmn(xml);
    // then
    if (!result.ok) throw result.error;
    const { nodes } = result.value.processes[0];
    expect(nodes.step.step).toEqual({
      form: 'forms/step.schema.json',
      textKey: 'step',
      channels: ['agent'],
      identificationLevel: 2,
      fieldVisibility: [],
      candidateGroups: ['agent-l2'],
      agentLevel: 2,
    });
    expect(nodes.plain.step).toEqual({
      textKey: 'plain',
      channels: ['agent', 'web'],
      fieldVisibility: [],
      candidateGroups: [],
      agentLevel: 1,
    });
    expect(nodes.s.step).toBeUndefined();
  });

  it("keeps cauce:FieldVisibility, end events' service-request settings and the drawn ids, read by the parser (comments are not read)", async () => {
    // given
    const xml = bpmn(
      'p',
      `<bpmn:startEvent id="s"/>
      <bpmn:userTask id="step"><bpmn:extensionElements><cauce:fieldVisibility field="notes" roles="agent-l1, supervisor"/>
        <!-- <cauce:fieldVisibility field="old" roles="citizen"/> --></bpmn:extensionElements></bpmn:userTask>
      <bpmn:endEvent id="end"><bpmn:extensionElements><camunda:properties><camunda:property name="serviceRequestState" value="resolved"/>
        <!-- <camunda:property name="serviceRequestResponsible" value="citizen"/> --></camunda:properties></bpmn:extensionElements></bpmn:endEvent>
      ${flow('s', 'step')}${flow('step', 'end')}`,
      `<bpmndi:BPMNDiagram id="dg" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"><bpmndi:BPMNPlane id="pl" bpmnElement="p">
        <bpmndi:BPMNShape id="sh" bpmnElement="step"/><bpmndi:BPMNEdge id="e" bpmnElement="f_s_step"/></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`,
    );
    // when
    const result = await loadBpmn(xml);
    // then
    if (!result.ok) throw result.error;
    const { nodes } = result.value.processes[0];
    expect(nodes.step.step?.fieldVisibility).toEqual([{ field: 'notes', roles: ['agent-l1', 'supervisor'] }]);
    expect(nodes.end.serviceRequest).toEqual({ state: 'resolved' });
    expect(nodes.s.serviceRequest).toBeUndefined();
    expect(result.value.diagramElements).toEqual(['step', 'f_s_step']);
  });

  it('refuses invalid step and end-event settings like any element it cannot run, each with its line', async () => {
    // given
    const xml = bpmn(
      'p',
      `<bpmn:startEvent id="s"/>
<bpmn:userTask id="step" cauce:channels="agent,fax" cauce:identificationLevel="5"><bpmn:extensionElements>
  <cauce:fieldVisibility field="notes" roles="boss"/></bpmn:extensionElements></bpmn:userTask>
<bpmn:endEvent id="end"><bpmn:extensionElements><camunda:properties><camunda:property name="serviceRequestState" value="done"/></camunda:properties></bpmn:extensionElements></bpmn:endEvent>
      ${flow('s', 'step')}${flow('step', 'end')}`,
    );
    // when
    const result = await loadBpmn(xml, 'steps.bpmn');
    // then
    expect(result.ok || result.error.code).toBe('CAUCE_ERR_BPMN_UNSUPPORTED');
    expect(result.ok || result.unsupported).toEqual([
      {
        elementId: 'step',
        type: 'bpmn:UserTask',
        line: 5,
        reason: "cauce:channels: 'fax' is not one of agent, web",
        setting: 'cauce:channels',
      },
      {
        elementId: 'step',
        type: 'bpmn:UserTask',
        line: 5,
        reason: 'cauce:identificationLevel: must be 0, 1, 2 or 3 (got 5)',
        setting: 'cauce:identificationLevel',
      },
      {
        elementId: 'step',
        type: 'bpmn:UserTask',
        line: 5,
        reason: "cauce:FieldVisibility[0]/roles: 'boss' is not one of agent-l1, agent-l2, citizen, supervisor",
        setting: 'cauce:FieldVisibility',
      },
      {
        elementId: 'end',
        type: 'bpmn:EndEvent',
        line: 7,
        reason:
          "camunda:property serviceRequestState: 'done' is not one of open, in-progress, waiting-citizen, escalated, resolved, cancelled",
        setting: 'camunda:property serviceRequestState',
      },
    ]);
  });

  it('refuses DOCTYPE and entities before parsing, and names unsupported elements with their line', async () => {
    // given
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&x;</bpmn:definitions>`;
    const signal = bpmn(
      'p',
      `<bpmn:startEvent id="s"/>\n<bpmn:intermediateThrowEvent id="shout"><bpmn:signalEventDefinition/></bpmn:intermediateThrowEvent>${flow('s', 'shout')}`,
    );
    // when
    const refusedXxe = await loadBpmn(xxe, 'evil.bpmn');
    const refusedSignal = await loadBpmn(signal, 'signal.bpmn');
    const malformed = await loadBpmn('<bpmn:definitions', 'broken.bpmn');
    // then
    expect(refusedXxe.ok || refusedXxe.error.code).toBe('CAUCE_ERR_BPMN_DOCTYPE');
    expect(refusedSignal.ok || refusedSignal.unsupported).toEqual([
      {
        elementId: 'shout',
        type: 'bpmn:IntermediateThrowEvent',
        line: 5,
        reason: 'Signal intermediateThrowEvent is not supported',
      },
    ]);
    expect(malformed.ok || malformed.error.code).toBe('CAUCE_ERR_BPMN_MALFORMED');
  });
});
