import { describe, expect, it } from 'vitest';
import { loadBpmn } from '../model/loadBpmn';
import { bpmn, flow } from '../testing/bpmn';

/** What loadBpmn refused, as `id type line: reason` strings. */
async function refusals(
  xml: string,
): Promise<Array<{ elementId?: string; type: string; line?: number; reason: string }>> {
  const loaded = await loadBpmn(xml);
  if (loaded.ok) return [];
  return loaded.unsupported ?? [];
}

describe('refusals at deploy time for what would be skipped or fail later', () => {
  it('refuses camunda:inputOutput on a gateway, as Camunda 7 does, instead of skipping it', async () => {
    // given an exclusive gateway that sets a variable the loop depends on
    const xml = bpmn(
      'gwio',
      `
      <bpmn:startEvent id="s"/>
      <bpmn:exclusiveGateway id="gw" default="f_gw_e"><bpmn:extensionElements><camunda:inputOutput>
        <camunda:outputParameter name="seen">= true</camunda:outputParameter>
      </camunda:inputOutput></bpmn:extensionElements></bpmn:exclusiveGateway>
      <bpmn:endEvent id="e"/>
      ${flow('s', 'gw')}${flow('gw', 'e', undefined, 'f_gw_e')}`,
    );
    // when
    const list = await refusals(xml);
    // then
    expect(list).toEqual([
      {
        elementId: 'gw',
        type: 'bpmn:ExclusiveGateway',
        line: 6,
        reason: expect.stringContaining('camunda:inputOutput on a gateway'),
      },
    ]);
  });

  it('refuses output parameters on an end event, which no token ever leaves', async () => {
    // given
    const xml = bpmn(
      'endio',
      `
      <bpmn:startEvent id="s"/>
      <bpmn:endEvent id="e"><bpmn:extensionElements><camunda:inputOutput>
        <camunda:inputParameter name="a">= 1</camunda:inputParameter><camunda:outputParameter name="b">= 2</camunda:outputParameter>
      </camunda:inputOutput></bpmn:extensionElements></bpmn:endEvent>
      ${flow('s', 'e')}`,
    );
    // when
    const list = await refusals(xml);
    // then
    expect(list.map((u) => [u.elementId, u.type, u.line])).toEqual([['e', 'bpmn:EndEvent', 6]]);
    expect(list[0].reason).toContain('output parameters on an end event');
  });

  it('refuses a literal timer it cannot read with its element, not as a bare deploy error later', async () => {
    // given a Quartz cron cycle on a timer start and a repeat written in a duration field
    const xml = bpmn(
      'timers',
      `
      <bpmn:startEvent id="cron"><bpmn:timerEventDefinition><bpmn:timeCycle>0/5 0/1 * 1/1 * ? *</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
      <bpmn:userTask id="t"/>
      <bpmn:boundaryEvent id="late" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>R10/PT5S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:endEvent id="e"/><bpmn:endEvent id="e2"/>
      ${flow('cron', 't')}${flow('t', 'e')}${flow('late', 'e2')}`,
    );
    // when
    const list = await refusals(xml);
    // then
    expect(list.map((u) => [u.elementId, u.type, u.line])).toEqual([
      ['cron', 'bpmn:StartEvent', 5],
      ['late', 'bpmn:BoundaryEvent', 7],
    ]);
    expect(list[0].reason).toContain('cron is not supported');
    expect(list[1].reason).toContain("'R10/PT5S' is not an ISO 8601 duration");
  });

  it('still accepts readable literal timers and timer expressions', async () => {
    // given
    const xml = bpmn(
      'ok',
      `
      <bpmn:startEvent id="s"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT10H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
      <bpmn:intermediateCatchEvent id="at"><bpmn:timerEventDefinition><bpmn:timeDate>= due</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
      <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT0.05S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
      <bpmn:endEvent id="e"/>
      ${flow('s', 'at')}${flow('at', 'wait')}${flow('wait', 'e')}`,
    );
    // when
    const loaded = await loadBpmn(xml);
    // then
    expect(loaded.ok).toBe(true);
  });

  it('reports each refused thing once, without follow-on complaints about what it made unreadable', async () => {
    // given a JUEL collection and an event subprocess with an error start
    const xml = bpmn(
      'cascade',
      `
      <bpmn:startEvent id="s"/>
      <bpmn:userTask id="each"><bpmn:multiInstanceLoopCharacteristics camunda:collection="\${list.elements()}"/></bpmn:userTask>
      <bpmn:subProcess id="onError" triggeredByEvent="true">
        <bpmn:startEvent id="caught"><bpmn:errorEventDefinition/></bpmn:startEvent><bpmn:endEvent id="handled"/>${flow('caught', 'handled')}
      </bpmn:subProcess>
      <bpmn:endEvent id="e"/>
      ${flow('s', 'each')}${flow('each', 'e')}`,
    );
    // when
    const list = await refusals(xml);
    // then
    expect(list.map((u) => `${u.elementId}: ${u.reason}`)).toEqual([
      expect.stringMatching(/^each: collection \$\{list.elements\(\)\} is JUEL/),
      'onError: event subprocesses are not supported',
      'caught: Error startEvent is not supported',
    ]);
  });
});
