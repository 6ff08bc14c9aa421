import { describe, expect, it } from 'vitest';
import { bpmn, flow } from '../testing/bpmn';
import { loadBpmn } from './loadBpmn';

describe('loadBpmn', () => {
  it('keeps Cauce step extensions read through the cauce moddle descriptor', async () => {
    // given
    const xml = bpmn('p', `<bpmn:startEvent id="s"/><bpmn:userTask id="step" cauce:form="forms/step.schema.json" cauce:textKey="step" cauce:channels="agent" cauce:identificationLevel="2"/>${flow('s', 'step')}`);
    // when
    const result = await loadBpmn(xml);
    // then
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.processes[0].nodes.step.step).toMatchObject({ form: 'forms/step.schema.json', textKey: 'step', channels: 'agent', identificationLevel: '2' });
  });

  it('refuses DOCTYPE and entities before parsing, and names unsupported elements with their line', async () => {
    // given
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&x;</bpmn:definitions>`;
    const signal = bpmn('p', `<bpmn:startEvent id="s"/>\n<bpmn:intermediateThrowEvent id="shout"><bpmn:signalEventDefinition/></bpmn:intermediateThrowEvent>${flow('s', 'shout')}`);
    // when
    const refusedXxe = await loadBpmn(xxe, 'evil.bpmn');
    const refusedSignal = await loadBpmn(signal, 'signal.bpmn');
    const malformed = await loadBpmn('<bpmn:definitions', 'broken.bpmn');
    // then
    expect(refusedXxe.ok || refusedXxe.error.code).toBe('CAUCE_ERR_BPMN_DOCTYPE');
    expect(refusedSignal.ok || refusedSignal.unsupported).toEqual([{ elementId: 'shout', type: 'bpmn:IntermediateThrowEvent', line: 5, reason: 'Signal intermediateThrowEvent is not supported' }]);
    expect(malformed.ok || malformed.error.code).toBe('CAUCE_ERR_BPMN_MALFORMED');
  });
});
