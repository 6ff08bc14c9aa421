import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type RunningSimulators } from '../simulators/src/index';
import { BusinessError, defineConnector, path, startConnectors, type ConnectorEvent } from '../src/index';
import { startEngineUnderTest, type EngineUnderTest } from './engineUnderTest';
import { fixtureBpmn } from './fixtureBpmn';
import { waitFor } from './waitFor';

/** A connector written for this test only: the runner's plumbing, not any catalogue connector. */
const probe = defineConnector<{ citizenId: string; text: string }, { sent: boolean; messageId: string }>({
  name: 'probe',
  service: 'sms',
  template: {
    name: 'Probe',
    id: 'test.probe',
    appliesTo: ['bpmn:ServiceTask'],
    properties: [
      { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
      { type: 'Hidden', value: 'test.probe', binding: { type: 'property', name: 'camunda:topic' } },
    ],
    'x-cauce-inputs': { type: 'object', required: ['citizenId', 'text'], properties: { citizenId: { type: 'string' }, text: { type: 'string' } } },
    'x-cauce-outputs': { type: 'object', required: ['sent', 'messageId'], properties: { sent: { type: 'boolean' }, messageId: { type: 'string' } } },
    'x-cauce-errors': [{ code: 'NO_PHONE', description: 'no phone' }],
  },
  async run(inputs, { system }) {
    if (inputs.citizenId === '99000008G') throw new BusinessError('NO_PHONE', 'the citizen has no phone on file');
    const sent = await system.post<{ messageId: string }>(path`/messages`, { to: '+34600000001', text: inputs.text });
    return { sent: true, messageId: sent.messageId };
  },
});

describe('startConnectors (plumbing, with a probe connector)', () => {
  let engine: EngineUnderTest;
  let sims: RunningSimulators;
  beforeAll(async () => {
    [engine, sims] = await Promise.all([startEngineUnderTest(), startSimulators({ services: ['sms'] })]);
    await engine.deploy('probe', fixtureBpmn({ processId: 'probe', topic: 'test.probe', inputs: { citizenId: '${citizenId}', text: '${text}' }, errorCodes: ['NO_PHONE'] }));
  });
  afterAll(async () => {
    await engine?.close();
    await sims?.close();
  });

  it('completes, routes a business error and stops cleanly', async () => {
    // given
    const events: ConnectorEvent[] = [];
    const running = await startConnectors({ engineUrl: engine.restUrl, simulatorsUrl: sims.url, connectors: [probe], asyncResponseTimeout: 500, onEvent: (e) => events.push(e as ConnectorEvent) });
    // when
    const ok = await engine.start('probe', { citizenId: '99000001C', text: 'hola' });
    const noPhone = await engine.start('probe', { citizenId: '99000008G', text: 'hola' });
    // then
    expect(await waitFor('Done', async () => (await engine.userTasks(ok)).includes('Done'))).toBe(true);
    expect(await waitFor('Caught_NO_PHONE', async () => (await engine.userTasks(noPhone)).includes('Caught_NO_PHONE'))).toBe(true);
    expect(await engine.variables(ok)).toMatchObject({ sent: true, messageId: expect.any(String) });
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(1500); // at most the 500 ms long poll, plus a loaded machine
    expect(events.map((e) => e.type).sort()).toEqual(['bpmn-error', 'completed']);
  });
});
