import { describe, expect, it } from 'vitest';
import { addressSchema } from './schemas';
import { createSimWorld } from './createSimWorld';
import { isSyntheticDni } from './dni';
import { SYNTHETIC_BANK_CODE, validateIban } from './iban';
import { isValidSocialSecurityNumber } from './socialSecurityNumber';
import { TEST_CITIZENS } from './testCitizens';

describe('createSimWorld', () => {
  it('gives the same citizens, benefits, claims and cards for the same seed', () => {
    // given
    const seed = 'determinism';
    // when
    const [a, b] = [createSimWorld({ seed }), createSimWorld({ seed })];
    // then
    expect([...a.citizens.values()]).toEqual([...b.citizens.values()]);
    expect([...a.benefits]).toEqual([...b.benefits]);
    expect([...a.claims]).toEqual([...b.claims]);
    expect([...a.ehicCards]).toEqual([...b.ehicCards]);
  });

  it('gives other generated citizens for another seed, but the same test citizens', () => {
    // given
    const [a, b] = [createSimWorld({ seed: 'one' }), createSimWorld({ seed: 'two' })];
    // when
    const generated = (w: typeof a) =>
      [...w.citizens.keys()].filter((id) => !Object.values<string>(TEST_CITIZENS).includes(id));
    // then
    expect(generated(a)).not.toEqual(generated(b));
    expect(a.citizens.get(TEST_CITIZENS.standard)).toEqual(b.citizens.get(TEST_CITIZENS.standard));
  });

  it('keeps earlier citizens when more are generated', () => {
    // given
    const [small, large] = [createSimWorld({ seed: 's', citizens: 10 }), createSimWorld({ seed: 's', citizens: 60 })];
    // when
    const firstIds = [...small.citizens.keys()];
    // then
    expect([...large.citizens.keys()].slice(0, firstIds.length)).toEqual(firstIds);
  });

  it('holds at least 50 citizens, every one synthetic and well formed', () => {
    // given
    const world = createSimWorld({ seed: 'shape' });
    const postcode = new RegExp(addressSchema.properties.postcode.pattern);
    // when
    const citizens = [...world.citizens.values()];
    // then
    expect(citizens.length).toBeGreaterThanOrEqual(50);
    for (const c of citizens) {
      expect(isSyntheticDni(c.id), c.id).toBe(true);
      expect(c.email === null || /^[a-z0-9.]+@example\.org$/.test(c.email), c.email ?? c.id).toBe(true);
      expect(c.phone === null || /^\+3460\d{7}$/.test(c.phone), c.id).toBe(true);
      expect(postcode.test(c.address.postcode), c.address.postcode).toBe(true);
      expect(c.affiliated === (c.socialSecurityNumber !== null), c.id).toBe(true);
      if (c.socialSecurityNumber !== null) expect(isValidSocialSecurityNumber(c.socialSecurityNumber), c.id).toBe(true);
      if (c.iban !== null) {
        expect(validateIban(c.iban).ok, c.iban).toBe(true);
        expect(c.iban.slice(4, 8), c.id).toBe(SYNTHETIC_BANK_CODE);
      }
    }
    for (const claim of world.claims.values()) expect(world.citizens.has(claim.citizenId), claim.reference).toBe(true);
  });

  it('has the documented special cases', () => {
    // given
    const world = createSimWorld({ seed: 'cases' });
    const citizen = (id: string) => world.citizens.get(id)!;
    // when
    const claimStates = [...world.claims.values()].map((c) => [c.citizenId, c.state]);
    // then
    expect(citizen(TEST_CITIZENS.protectedPerson).protectedPerson).toBe(true);
    expect(citizen(TEST_CITIZENS.notAffiliated).affiliated).toBe(false);
    expect(citizen(TEST_CITIZENS.noPhone)).toMatchObject({ phone: null, email: expect.any(String) });
    expect(citizen(TEST_CITIZENS.noEmail)).toMatchObject({ phone: expect.any(String), email: null });
    expect(citizen(TEST_CITIZENS.noContact)).toMatchObject({ phone: null, email: null });
    expect(claimStates).toContainEqual([TEST_CITIZENS.claimNeedsDocuments, 'needs_documents']);
    expect(claimStates).toContainEqual([TEST_CITIZENS.claimInReview, 'in_review']);
    expect(claimStates).toContainEqual([TEST_CITIZENS.claimReceived, 'received']);
    expect(world.benefits.get(TEST_CITIZENS.worker)).toEqual([]);
  });

  it('numbers sequences deterministically', () => {
    // given
    const world = createSimWorld({ citizens: 0 });
    // when
    const ids = [world.nextId('CITA'), world.nextId('CITA'), world.nextId('DOC')];
    // then
    expect(ids).toEqual(['CITA-000001', 'CITA-000002', 'DOC-000001']);
  });
});
