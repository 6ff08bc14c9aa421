import { describe, expect, it } from 'vitest';
import { readStepMeta } from './readStepMeta';

describe('readStepMeta', () => {
  it('reads field visibility and end-event properties whatever the prefixes, and skips what is commented out', async () => {
    // given cauce and camunda under other prefixes, a commented-out visibility entry and a commented-out property
    // (a scan of the XML text would take both)
    const xml = `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:c="http://cauce.dev/schema/bpmn/1.0"
        xmlns:cam="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
      <process id="p" isExecutable="true">
        <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="Details"/>
        <userTask c:textKey="Details" id="Details"><extensionElements>
          <c:fieldVisibility roles=" agent-l2 ,supervisor" field="callbackTime"/>
          <!-- <c:fieldVisibility field="notes" roles="citizen"/> -->
        </extensionElements></userTask>
        <userTask id="Plain"/>
        <sequenceFlow id="f2" sourceRef="Details" targetRef="Plain"/><sequenceFlow id="f3" sourceRef="Plain" targetRef="End"/>
        <endEvent id="End"><extensionElements><cam:properties>
          <cam:property name="serviceRequestState" value="resolved"/>
          <!-- <cam:property name="serviceRequestResponsible" value="citizen"/> -->
        </cam:properties></extensionElements></endEvent>
      </process>
    </definitions>`;
    // when
    const meta = await readStepMeta(xml);
    // then
    expect(meta).toEqual({
      fieldVisibility: { Details: [{ field: 'callbackTime', roles: ['agent-l2', 'supervisor'] }] },
      endEventProperties: { End: { serviceRequestState: 'resolved' } },
    });
  });

  it('refuses a BPMN the engine cannot load with its typed error', async () => {
    // given / when / then
    await expect(readStepMeta('<definitions', 'broken.bpmn')).rejects.toMatchObject({
      code: 'CAUCE_ERR_BPMN_MALFORMED',
    });
  });
});
