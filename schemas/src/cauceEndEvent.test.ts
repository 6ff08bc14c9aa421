import { describe, expect, it } from 'vitest';
// @ts-ignore -- bpmn-moddle 10 ships no types for its main entry (the engine declares them for itself)
import { BpmnModdle } from 'bpmn-moddle';
import camundaDescriptor from 'camunda-bpmn-moddle/resources/camunda.json';
import { cauceModdleDescriptor, readCauceEndEvent, type CauceEndEventElement } from './index';

async function endEvent(properties: string): Promise<CauceEndEventElement> {
  const xml = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d"><bpmn:process id="p">
    <bpmn:endEvent id="End"><bpmn:extensionElements><camunda:properties>${properties}</camunda:properties>
    </bpmn:extensionElements></bpmn:endEvent></bpmn:process></bpmn:definitions>`;
  const moddle = new BpmnModdle({ camunda: camundaDescriptor, cauce: cauceModdleDescriptor });
  const { elementsById } = await moddle.fromXML(xml);
  return elementsById.End;
}

describe('readCauceEndEvent', () => {
  it('reads the service-request state and responsible an end event declares', async () => {
    // given
    const event = await endEvent(
      '<camunda:property name="serviceRequestState" value="escalated"/><camunda:property name="serviceRequestResponsible" value="agent-l2"/><camunda:property name="other" value="x"/>',
    );
    // when
    const result = readCauceEndEvent(event);
    // then
    expect(result).toEqual({ ok: true, value: { state: 'escalated', responsible: 'agent-l2' } });
  });

  it('leaves out what the end event does not declare', async () => {
    // given
    const event = await endEvent('<camunda:property name="other" value="x"/>');
    // when
    const result = readCauceEndEvent(event);
    // then
    expect(result).toEqual({ ok: true, value: {} });
  });

  it('names each value outside the vocabulary', async () => {
    // given
    const event = await endEvent(
      '<camunda:property name="serviceRequestState" value="done"/><camunda:property name="serviceRequestResponsible" value="boss"/>',
    );
    // when
    const result = readCauceEndEvent(event);
    // then
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'camunda:property serviceRequestState',
          message: "'done' is not one of open, in-progress, waiting-citizen, escalated, resolved, cancelled",
        },
        {
          path: 'camunda:property serviceRequestResponsible',
          message: "'boss' is not one of agent-l1, agent-l2, citizen, supervisor",
        },
      ],
    });
  });
});
