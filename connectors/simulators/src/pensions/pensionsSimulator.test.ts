import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { TEST_CITIZENS } from '../synthetic/testCitizens';
import { pensionsSimulator } from './pensionsSimulator';

const NOW = () => new Date('2026-06-01T10:00:00Z');

async function build() {
  const app = Fastify();
  await app.register(pensionsSimulator, { prefix: '/sim/pensions', seed: 't', now: NOW, env: {} });
  return app;
}

describe('pensions simulator', () => {
  it('lists the benefits of a citizen', async () => {
    // given
    const app = await build();
    // when
    const res = await app.inject({ url: `/sim/pensions/citizens/${TEST_CITIZENS.standard}/benefits` });
    // then
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      citizenId: '99000001C',
      benefits: [
        {
          id: 'PRE-000001',
          type: 'retirement',
          name: 'Pensión de jubilación',
          monthlyAmount: 1480.35,
          paymentsPerYear: 14,
          startDate: '2023-04-01',
          status: 'active',
        },
      ],
    });
  });

  it('tells the state of a claim by reference ("¿Cómo va lo mío?")', async () => {
    // given
    const app = await build();
    // when
    const docs = await app.inject({ url: '/sim/pensions/claims/exp-2026-000004' });
    const denied = await app.inject({ url: '/sim/pensions/claims/EXP-2025-000007' });
    const list = await app.inject({ url: `/sim/pensions/citizens/${TEST_CITIZENS.claimInReview}/claims` });
    // then
    expect(docs.json()).toMatchObject({
      citizenId: TEST_CITIZENS.claimNeedsDocuments,
      state: 'needs_documents',
      requiredDocuments: ['Certificado de defunción del cónyuge', 'Libro de familia'],
    });
    expect(denied.json()).toMatchObject({ state: 'resolved', outcome: 'denied', outcomeReason: expect.any(String) });
    expect(list.json().claims.map((c: { state: string }) => c.state)).toEqual(['in_review']);
  });

  it('answers 404 SIM_CLAIM_NOT_FOUND for an unknown reference', async () => {
    // given
    const app = await build();
    // when
    const res = await app.inject({ url: '/sim/pensions/claims/EXP-2026-099999' });
    // then
    expect([res.statusCode, res.json().code]).toEqual([404, 'SIM_CLAIM_NOT_FOUND']);
  });

  it('issues a certificate once per Idempotency-Key, downloadable as HTML', async () => {
    // given
    const app = await build();
    const request = {
      method: 'POST' as const,
      url: `/sim/pensions/citizens/${TEST_CITIZENS.standard}/benefit-certificates`,
      headers: { 'idempotency-key': 'cert-1' },
      payload: { purpose: 'Trámite <bancario>' },
    };
    // when
    const first = await app.inject(request);
    const again = await app.inject(request);
    const doc = await app.inject({ url: first.json().downloadPath });
    // then
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      documentId: 'DOC-000001',
      citizenId: '99000001C',
      kind: 'benefits',
      issuedAt: '2026-06-01T10:00:00.000Z',
      downloadPath: '/sim/pensions/documents/DOC-000001',
      downloadUrl: 'http://localhost:80/sim/pensions/documents/DOC-000001',
    });
    expect(again.json().documentId).toBe('DOC-000001');
    expect(doc.headers['content-type']).toMatch(/^text\/html/);
    expect(doc.body).toContain('Pensión de jubilación');
    expect(doc.body).toContain('Trámite &#60;bancario&#62;');
  });

  it('issues a negative certificate for a citizen with no benefits', async () => {
    // given
    const app = await build();
    // when
    const res = await app.inject({
      method: 'POST',
      url: `/sim/pensions/citizens/${TEST_CITIZENS.worker}/benefit-certificates`,
      payload: {},
    });
    const doc = await app.inject({ url: res.json().downloadPath });
    // then
    expect(doc.body).toContain('certificado negativo');
  });

  it('answers 404 SIM_DOCUMENT_NOT_FOUND for an unknown document', async () => {
    // given
    const app = await build();
    // when
    const res = await app.inject({ url: '/sim/pensions/documents/DOC-999999' });
    // then
    expect([res.statusCode, res.json().code]).toEqual([404, 'SIM_DOCUMENT_NOT_FOUND']);
  });
});
