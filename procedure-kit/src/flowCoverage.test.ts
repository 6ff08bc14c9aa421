import { describe, expect, it } from 'vitest';
import { loadBpmn, type ProcessModel } from '@cauce/engine';
import { flowCoverage, flowsTaken, pathOf, type HistoryEvent } from './flowCoverage';

// start → merge → ask → check ─(retry)→ merge
//                           └─(done)──→ end
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="loop" isExecutable="true">
    <bpmn:startEvent id="start"/><bpmn:exclusiveGateway id="merge"/><bpmn:userTask id="ask"/>
    <bpmn:exclusiveGateway id="check" default="done"/><bpmn:endEvent id="end"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="merge"/><bpmn:sequenceFlow id="f2" sourceRef="merge" targetRef="ask"/>
    <bpmn:sequenceFlow id="f3" sourceRef="ask" targetRef="check"/><bpmn:sequenceFlow id="done" sourceRef="check" targetRef="end"/>
    <bpmn:sequenceFlow id="retry" sourceRef="check" targetRef="merge"><bpmn:conditionExpression>= again</bpmn:conditionExpression></bpmn:sequenceFlow>
  </bpmn:process>
</bpmn:definitions>`;

const visit = (...ids: string[]): HistoryEvent[] =>
  ids.flatMap((id) => [
    { kind: 'activity_start', element_id: id },
    { kind: 'activity_end', element_id: id },
  ]);

describe('flowsTaken', () => {
  it('finds the flow into a merge from the source that ended last, so loops count', async () => {
    // given a run that loops once
    const loaded = await loadBpmn(XML);
    const model = (loaded.ok && loaded.value.processes[0]) as ProcessModel;
    const history = visit('start', 'merge', 'ask', 'check', 'merge', 'ask', 'check', 'end');
    // when
    const taken = flowsTaken(model, history);
    // then
    expect(taken).toEqual(['f1', 'f2', 'f3', 'retry', 'f2', 'f3', 'done']);
    expect(flowCoverage(model, taken)).toEqual({ total: 5, covered: 5, percent: 100, missing: [] });
  });

  it('reports the flows no run took', async () => {
    // given a run that does not loop
    const loaded = await loadBpmn(XML);
    const model = (loaded.ok && loaded.value.processes[0]) as ProcessModel;
    // when
    const coverage = flowCoverage(model, flowsTaken(model, visit('start', 'merge', 'ask', 'check', 'end')));
    // then
    expect(coverage).toEqual({ total: 5, covered: 4, percent: 80, missing: ['retry'] });
  });
});

describe('pathOf', () => {
  it('lists the nodes entered, leaving out the merged token of a join', () => {
    // given two branches arriving at a parallel join
    const history: HistoryEvent[] = [
      ...visit('a', 'b'),
      { kind: 'activity_start', element_id: 'join' },
      { kind: 'activity_start', element_id: 'join' },
      { kind: 'activity_start', element_id: 'join', data: { joined: 2 } },
      { kind: 'activity_cancel', element_id: 'x' },
    ];
    // when
    const path = pathOf(history);
    // then
    expect(path).toEqual(['a', 'b', 'join', 'join']);
  });
});
