import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { pensionsIssueCertificate } from './worker';

const kit = connectorTestKit(pensionsIssueCertificate, new URL('./pensions-issue-certificate.bpmn', import.meta.url));

describe('pensions.issue-certificate (real engine, camunda client and simulator)', () => {
  it('issues the certificate (negative when no benefits) with a link that opens', async () => {
    // given / when
    const { result: ids } = await kit.withWorker(async () => {
      const ids = await Promise.all([
        kit.start({ citizenId: '99000001C', purpose: 'Alquiler de vivienda' }),
        kit.start({ citizenId: '99000013D' }),
      ]);
      await Promise.all(ids.map((id) => kit.landed(id)));
      return ids;
    });
    // then
    for (const id of ids) {
      const { certificate } = (await kit.variables(id)) as { certificate: { documentId: string; downloadUrl: string } };
      expect(certificate).toEqual({
        documentId: expect.stringMatching(/^DOC-/),
        issuedAt: expect.any(String),
        downloadUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/sim\/pensions\/documents\/DOC-/),
      });
      const page = await fetch(certificate.downloadUrl);
      expect(page.status).toBe(200);
    }
  });

  it('routes CITIZEN_NOT_FOUND', async () => {
    // given / when
    const { result } = await kit.withWorker(async () =>
      kit.landed(await kit.start({ citizenId: '99000099A', purpose: null })),
    );
    // then
    expect(result).toBe('Caught_CITIZEN_NOT_FOUND');
  });

  it('retries a 503 and a lost answer, and issues one certificate', async () => {
    // given
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { result: id, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({ citizenId: '99000009M' });
        await kit.landed(id);
        return id;
      },
      { fetch: flaky.fetch },
    );
    // then the document the lost answer announced is the one the process got
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    expect(new Set(flaky.seen.map((s) => s.idempotencyKey)).size).toBe(1);
    const { certificate } = (await kit.variables(id)) as { certificate: { documentId: string } };
    const replay = await fetch(`${kit.sims.urls.pensions}/citizens/99000009M/benefit-certificates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': flaky.seen[0]!.idempotencyKey! },
      body: '{}',
    });
    expect(((await replay.json()) as { documentId: string }).documentId).toBe(certificate.documentId);
  });

  it('ends in an incident when the system stays down', async () => {
    // given the pensions system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ citizenId: '99000001C' })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
