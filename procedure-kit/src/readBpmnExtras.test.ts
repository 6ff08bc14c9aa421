import { describe, expect, it } from 'vitest';
import { loadBpmn } from '@cauce/engine';
import { readBpmnExtras } from './readBpmnExtras';

describe('readBpmnExtras', () => {
  const read = async (xml: string) => {
    const loaded = await loadBpmn(xml);
    if (!loaded.ok) throw loaded.error;
    return readBpmnExtras(loaded.value);
  };

  it('reads end-event properties in any attribute order and prefix, and the drawn ids', async () => {
    // given other prefixes for BPMN and camunda, attributes in another order, an end event inside a subprocess
    const xml = `<b2:definitions xmlns:b2="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cam="http://camunda.org/schema/1.0/bpmn"
        xmlns:di="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="d" targetNamespace="t">
      <b2:process id="p" isExecutable="true">
        <b2:startEvent id="s"/><b2:sequenceFlow id="f1" sourceRef="s" targetRef="sub"/>
        <b2:subProcess id="sub"><b2:startEvent id="s2"/><b2:sequenceFlow id="f2" sourceRef="s2" targetRef="a"/><b2:endEvent id="a"/></b2:subProcess>
        <b2:sequenceFlow id="f3" sourceRef="sub" targetRef="b"/>
        <b2:endEvent name="B" id="b"><b2:extensionElements><cam:properties>
          <cam:property value="escalated" name="serviceRequestState"/></cam:properties></b2:extensionElements></b2:endEvent>
      </b2:process>
      <di:BPMNDiagram id="dg"><di:BPMNPlane id="pl" bpmnElement="p">
        <di:BPMNShape id="sh" bpmnElement="a"><dc:Bounds x="0" y="0" width="1" height="1"/></di:BPMNShape>
        <di:BPMNEdge bpmnElement="f1" id="e"/>
      </di:BPMNPlane></di:BPMNDiagram>
    </b2:definitions>`;
    // when
    const extras = await read(xml);
    // then
    expect(extras.endEventProperties).toEqual({ a: {}, b: { serviceRequestState: 'escalated' } });
    expect([...extras.diagramElements]).toEqual(['a', 'f1']);
  });

  it('ignores properties and end events that are commented out or only text', async () => {
    // given a commented-out property, a commented-out end event and an end event written inside CDATA
    // (a scan of the XML text would take all three)
    const xml = bpmn(`<bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="done"/>
      <bpmn:endEvent id="done"><bpmn:documentation><![CDATA[<bpmn:endEvent id="fake"/>]]></bpmn:documentation>
        <bpmn:extensionElements><camunda:properties>
          <!-- <camunda:property name="serviceRequestState" value="cancelled"/> -->
          <camunda:property name="serviceRequestResponsible" value="agent-l2"/>
        </camunda:properties></bpmn:extensionElements></bpmn:endEvent>
      <!-- <bpmn:endEvent id="old"><bpmn:extensionElements><camunda:properties><camunda:property name="serviceRequestState" value="resolved"/></camunda:properties></bpmn:extensionElements></bpmn:endEvent> -->`);
    // when
    const extras = await read(xml);
    // then
    expect(extras.endEventProperties).toEqual({ done: { serviceRequestResponsible: 'agent-l2' } });
    expect(extras.diagramElements.size).toBe(0);
  });
});

function bpmn(body: string): string {
  return `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
    <bpmn:process id="p" isExecutable="true">${body}</bpmn:process></bpmn:definitions>`;
}
