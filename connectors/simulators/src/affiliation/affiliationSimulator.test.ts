import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createSimWorld } from '../synthetic/createSimWorld';
import { spanishIban } from '../synthetic/iban';
import { TEST_CITIZENS, UNKNOWN_CITIZEN_ID } from '../synthetic/testCitizens';
import { affiliationSimulator } from './affiliationSimulator';

const NOW = () => new Date('2026-06-01T10:00:00Z');

async function build() {
  const app = Fastify();
  await app.register(affiliationSimulator, { prefix: '/sim/affiliation', seed: 't', now: NOW, env: {} });
  return app;
}

const NEW_ADDRESS = {
  street: 'Calle Nueva',
  number: '7',
  floor: null,
  postcode: '28004',
  municipality: 'Madrid',
  province: 'Madrid',
};

describe('affiliation simulator', () => {
  it('returns a citizen with the level-1 protocol answers, never the full IBAN', async () => {
    // given
    const app = await build();
    // when
    const res = await app.inject({ url: `/sim/affiliation/citizens/${TEST_CITIZENS.standard}` });
    // then
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: '99000001C',
      fullName: 'Lucía Ejemplo Prueba',
      affiliated: true,
      protectedPerson: false,
    });
    expect(body.protocol).toEqual({
      birthYear: 1958,
      postcode: '28013',
      bankAccountLast4: expect.stringMatching(/^\d{4}$/),
      affiliationYear: 1976,
    });
    expect(body.bankAccountMasked).toMatch(/^ES\*\* \*{4} \*{4} \*{4} \*{4} \d{4}$/);
    expect(JSON.stringify(body)).not.toMatch(/ES\d{22}/);
  });

  it('accepts a lower-case id and flags the special cases', async () => {
    // given
    const app = await build();
    // when
    const [prot, notAff, noContact] = await Promise.all(
      [TEST_CITIZENS.protectedPerson.toLowerCase(), TEST_CITIZENS.notAffiliated, TEST_CITIZENS.noContact].map((id) =>
        app.inject({ url: `/sim/affiliation/citizens/${id}` }).then((r) => r.json()),
      ),
    );
    // then
    expect(prot.protectedPerson).toBe(true);
    expect(notAff).toMatchObject({
      affiliated: false,
      socialSecurityNumber: null,
      protocol: { affiliationYear: null },
    });
    expect(noContact).toMatchObject({ phone: null, email: null });
  });

  it('answers 404 SIM_CITIZEN_NOT_FOUND and 400 SIM_INVALID_CITIZEN_ID', async () => {
    // given
    const app = await build();
    // when
    const unknown = await app.inject({ url: `/sim/affiliation/citizens/${UNKNOWN_CITIZEN_ID}` });
    const badLetter = await app.inject({ url: '/sim/affiliation/citizens/99000001A' });
    const badShape = await app.inject({ url: '/sim/affiliation/citizens/123' });
    // then
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'SIM_CITIZEN_NOT_FOUND']);
    expect([badLetter.statusCode, badLetter.json().code]).toEqual([400, 'SIM_INVALID_CITIZEN_ID']);
    expect([badShape.statusCode, badShape.json().code]).toEqual([400, 'SIM_BAD_REQUEST']);
  });

  it('changes the address once per Idempotency-Key', async () => {
    // given
    const world = createSimWorld({ seed: 't' });
    const app = Fastify();
    await app.register(affiliationSimulator, { world, now: NOW, env: {} });
    const request = {
      method: 'POST' as const,
      url: `/citizens/${TEST_CITIZENS.standard}/address-changes`,
      headers: { 'idempotency-key': 'k-1' },
      payload: NEW_ADDRESS,
    };
    // when
    const first = await app.inject(request);
    const second = await app.inject(request);
    const third = await app.inject({ ...request, headers: { 'idempotency-key': 'k-2' } });
    // then
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      changeId: 'VD-000001',
      citizenId: '99000001C',
      address: NEW_ADDRESS,
      effectiveDate: '2026-06-01',
    });
    expect(second.body).toBe(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(third.json().changeId).toBe('VD-000002');
    expect(world.citizens.get(TEST_CITIZENS.standard)?.address).toEqual(NEW_ADDRESS);
  });

  it('refuses a key reused for another request with 422 SIM_IDEMPOTENCY_KEY_REUSED', async () => {
    // given
    const app = await build();
    const url = `/sim/affiliation/citizens/${TEST_CITIZENS.standard}/address-changes`;
    await app.inject({ method: 'POST', url, headers: { 'idempotency-key': 'k' }, payload: NEW_ADDRESS });
    // when
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { 'idempotency-key': 'k' },
      payload: { ...NEW_ADDRESS, number: '8' },
    });
    // then
    expect([res.statusCode, res.json().code]).toEqual([422, 'SIM_IDEMPOTENCY_KEY_REUSED']);
  });

  it('validates the IBAN of a bank change and keeps only ES accounts', async () => {
    // given
    const app = await build();
    const url = `/sim/affiliation/citizens/${TEST_CITIZENS.worker}/bank-account-changes`;
    const iban = spanishIban('0042', '1234567890');
    // when
    const ok = await app.inject({
      method: 'POST',
      url,
      payload: { iban: iban.replace(/(.{4})/g, '$1 ').toLowerCase() },
    });
    const typo = `${iban.slice(0, -1)}${(Number(iban.slice(-1)) + 1) % 10}`;
    const bad = await app.inject({ method: 'POST', url, payload: { iban: typo } });
    const foreign = await app.inject({ method: 'POST', url, payload: { iban: 'DE89370400440532013000' } });
    const after = await app.inject({ url: `/sim/affiliation/citizens/${TEST_CITIZENS.worker}` });
    // then
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ changeId: 'VB-000001', bankAccountLast4: '7890' });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'SIM_IBAN_INVALID']);
    expect([foreign.statusCode, foreign.json().code]).toEqual([400, 'SIM_IBAN_NOT_SPANISH']);
    expect(after.json().protocol.bankAccountLast4).toBe('7890');
  });

  it('lists the documented test citizens as a support route', async () => {
    // given
    const app = await build();
    // when
    const res = await app.inject({ url: '/sim/affiliation/test-citizens' });
    // then
    expect(res.json().citizens).toHaveLength(Object.keys(TEST_CITIZENS).length);
    expect(res.json().unknownCitizenId).toBe(UNKNOWN_CITIZEN_ID);
  });
});
