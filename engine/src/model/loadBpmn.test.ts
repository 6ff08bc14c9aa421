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

  it("reads cauce:FieldVisibility and end events' service-request settings with the parser: comments and CDATA are not read", async () => {
    // given commented-out entries, and an end event written inside CDATA (a scan of the XML text would take them)
    const xml = bpmn(
      'p',
      `<bpmn:startEvent id="s"/>
      <bpmn:userTask id="step"><bpmn:extensionElements><cauce:fieldVisibility field="notes" roles="agent-l1, supervisor"/>
        <!-- <cauce:fieldVisibility field="old" roles="citizen"/> --></bpmn:extensionElements></bpmn:userTask>
      <bpmn:endEvent id="end"><bpmn:documentation><![CDATA[<bpmn:endEvent id="fake"/>]]></bpmn:documentation>
        <bpmn:extensionElements><camunda:properties><camunda:property name="serviceRequestState" value="resolved"/>
        <!-- <camunda:property name="serviceRequestResponsible" value="citizen"/> --></camunda:properties></bpmn:extensionElements></bpmn:endEvent>
      ${flow('s', 'step')}${flow('step', 'end')}`,
    );
    // when
    const result = await loadBpmn(xml);
    // then
    if (!result.ok) throw result.error;
    const { nodes } = result.value.processes[0];
    expect(nodes.step.step?.fieldVisibility).toEqual([{ field: 'notes', roles: ['agent-l1', 'supervisor'] }]);
    expect(nodes.end.serviceRequest).toEqual({ state: 'resolved' });
    expect(nodes.fake).toBeUndefined();
    expect(nodes.s.serviceRequest).toBeUndefined();
  });

  it("reads end events' settings under any prefix and attribute order, inside subprocesses too", async () => {
    // given other prefixes for BPMN and camunda, attributes in another order, an end event inside a subprocess
    const xml = `<b2:definitions xmlns:b2="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cam="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
      <b2:process id="p" isExecutable="true">
        <b2:startEvent id="s"/><b2:sequenceFlow id="f1" sourceRef="s" targetRef="sub"/>
        <b2:subProcess id="sub"><b2:startEvent id="s2"/><b2:sequenceFlow id="f2" sourceRef="s2" targetRef="a"/><b2:endEvent id="a">
          <b2:extensionElements><cam:properties><cam:property value="agent-l2" name="serviceRequestResponsible"/></cam:properties></b2:extensionElements>
        </b2:endEvent></b2:subProcess>
        <b2:sequenceFlow id="f3" sourceRef="sub" targetRef="b"/>
        <b2:endEvent name="B" id="b"><b2:extensionElements><cam:properties>
          <cam:property value="escalated" name="serviceRequestState"/></cam:properties></b2:extensionElements></b2:endEvent>
      </b2:process>
    </b2:definitions>`;
    // when
    const result = await loadBpmn(xml);
    // then
    if (!result.ok) throw result.error;
    const { nodes } = result.value.processes[0];
    expect([nodes.a.serviceRequest, nodes.b.serviceRequest]).toEqual([
      { responsible: 'agent-l2' },
      { state: 'escalated' },
    ]);
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
