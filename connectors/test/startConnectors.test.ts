import Fastify from 'fastify';
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
    'x-cauce-inputs': {
      type: 'object',
      required: ['citizenId', 'text'],
      properties: { citizenId: { type: 'string' }, text: { type: 'string' } },
    },
    'x-cauce-outputs': {
      type: 'object',
      required: ['sent', 'messageId'],
      properties: { sent: { type: 'boolean' }, messageId: { type: 'string' } },
    },
    'x-cauce-errors': [{ code: 'NO_PHONE', description: 'no phone' }],
  },
  async run(inputs, { system }) {
    if (inputs.citizenId === '99000008G') throw new BusinessError('NO_PHONE', 'the citizen has no phone on file');
    if (inputs.text === 'undocumented') throw new BusinessError('SOMETHING_ELSE', 'a code the template does not list');
    if (inputs.text === 'bad output') return { sent: true, messageId: 42 as unknown as string };
    const sent = await system.post<{ messageId: string }>(path`/messages`, { to: '+34600000001', text: inputs.text });
    return { sent: true, messageId: sent.messageId };
  },
});

describe('startConnectors (plumbing, with a probe connector)', () => {
  let engine: EngineUnderTest;
  let sims: RunningSimulators;
  beforeAll(async () => {
    [engine, sims] = await Promise.all([startEngineUnderTest(), startSimulators({ services: ['sms'] })]);
    await engine.deploy(
      'probe',
      fixtureBpmn({
        processId: 'probe',
        topic: 'test.probe',
        inputs: { citizenId: '${citizenId}', text: '${text}' },
        errorCodes: ['NO_PHONE'],
      }),
    );
  });
  afterAll(async () => {
    await engine?.close();
    await sims?.close();
  });

  it('completes, routes a business error and stops cleanly', async () => {
    // given
    const events: ConnectorEvent[] = [];
    const running = await startConnectors({
      engineUrl: engine.restUrl,
      simulatorsUrl: sims.url,
      connectors: [probe],
      asyncResponseTimeout: 500,
      onEvent: (e) => events.push(e as ConnectorEvent),
    });
    // when
    const ok = await engine.start('probe', { citizenId: '99000001C', text: 'hola' });
    const noPhone = await engine.start('probe', { citizenId: '99000008G', text: 'hola' });
    // then
    expect(await waitFor('Done', async () => (await engine.userTasks(ok)).includes('Done'))).toBe(true);
    expect(
      await waitFor('Caught_NO_PHONE', async () => (await engine.userTasks(noPhone)).includes('Caught_NO_PHONE')),
    ).toBe(true);
    expect(await engine.variables(ok)).toMatchObject({ sent: true, messageId: expect.any(String) });
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(1500); // at most the 500 ms long poll, plus a loaded machine
    expect(events.map((e) => e.type).sort()).toEqual(['bpmn-error', 'completed']);
  });

  it('turns an undocumented error code and an output breaking x-cauce-outputs into incidents at once', async () => {
    // given
    const running = await startConnectors({
      engineUrl: engine.restUrl,
      simulatorsUrl: sims.url,
      connectors: [probe],
      asyncResponseTimeout: 500,
    });
    // when
    const undocumented = await engine.start('probe', { citizenId: '99000001C', text: 'undocumented' });
    const badOutput = await engine.start('probe', { citizenId: '99000001C', text: 'bad output' });
    const incidents = await Promise.all(
      [undocumented, badOutput].map((id) => waitFor('incident', async () => (await engine.incidents(id))[0])),
    );
    await running.stop();
    // then
    expect(incidents.map((i) => i.incidentMessage)).toEqual([
      "probe: BPMN error code 'SOMETHING_ELSE' is not documented in the template (a code the template does not list)",
      'probe: result breaks x-cauce-outputs: messageId must be string',
    ]);
    const tasks = await engine.externalTasks(badOutput);
    expect(tasks[0]!.retries).toBe(0);
  });
});

describe('startConnectors options', () => {
  it('sends the credentials, adds /engine-rest to a bare origin and names the worker', async () => {
    // given an engine stand-in that records fetchAndLock requests
    const seen: Array<{ url: string; authorization?: string; workerId: string }> = [];
    const fake = Fastify();
    fake.post('/engine-rest/external-task/fetchAndLock', async (request, reply) => {
      seen.push({
        url: request.url,
        authorization: request.headers.authorization,
        workerId: (request.body as { workerId: string }).workerId,
      });
      return reply.header('content-type', 'application/json').send('[]');
    });
    await fake.listen({ port: 0, host: '127.0.0.1' });
    const { port } = fake.server.address() as { port: number };
    // when
    const running = await startConnectors({
      engineUrl: `http://127.0.0.1:${port}`,
      simulatorsUrl: 'http://127.0.0.1:1',
      auth: { username: 'connectors', password: 's3cret' },
      workerId: 'w-1',
      asyncResponseTimeout: 100,
    });
    await waitFor('a poll', () => seen.length > 0);
    await running.stop();
    await fake.close();
    // then
    expect(seen[0]).toEqual({
      url: '/engine-rest/external-task/fetchAndLock',
      authorization: `Basic ${Buffer.from('connectors:s3cret').toString('base64')}`,
      workerId: 'w-1',
    });
    expect(running.topics).toHaveLength(11);
  });

  it('refuses to start without a URL for a system a connector calls', async () => {
    // given no simulatorsUrl, no serviceUrls, an empty environment
    // when
    const starting = startConnectors({ engineUrl: 'http://127.0.0.1:1/engine-rest', env: {} });
    // then
    await expect(starting).rejects.toThrow("no URL for system 'affiliation'");
  });
});
