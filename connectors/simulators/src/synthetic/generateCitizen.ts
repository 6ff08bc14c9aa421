import { createPrng } from '../runtime/createPrng';
import { addDays } from './addDays';
import {
  BENEFIT_NAMES,
  CLAIM_DOCUMENTS,
  DENIAL_REASONS,
  GIVEN_NAMES,
  MUNICIPALITIES,
  STREETS,
  SURNAMES,
} from './catalogues';
import type { CitizenRecord } from './CitizenRecord';
import { claimReference } from './claimReference';
import { formatDni } from './dni';
import { spanishIban } from './iban';
import type { Benefit, BenefitType, Claim, EhicCard } from './schemas';
import { socialSecurityNumber } from './socialSecurityNumber';
import { ehicNumber, type TestCitizenFixture } from './testCitizens';

/** How many citizens one seed can generate: one per block of 1 000 ids in 99 100 000–99 999 999. @internal */
export const MAX_GENERATED_CITIZENS = 900;

/**
 * The `index`-th generated citizen of a seed, with their benefits, claims and
 * European health card. Each citizen has its own generator, so the same seed
 * and index always give the same person, however many are generated. Ids fall
 * in 99 100 000 + 1 000·index + [0, 999]: unique, and apart from the fixtures.
 * @internal
 */
export function generateCitizen(seed: string | number, index: number): TestCitizenFixture {
  const r = createPrng(seed, 'citizen', index);
  const num = 99_100_000 + index * 1000 + r.int(0, 999);
  const place = r.pick(MUNICIPALITIES);
  const birthYear = r.int(1938, 2004);
  const birthDate = `${birthYear}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
  const givenName = r.pick(GIVEN_NAMES);
  const firstSurname = r.pick(SURNAMES);
  const affiliated = r.chance(0.95);
  const age = 2026 - birthYear;
  const benefits = generateBenefits(r, index, age, birthYear);
  const citizen: CitizenRecord = {
    id: formatDni(num),
    givenName,
    firstSurname,
    secondSurname: r.chance(0.97) ? r.pick(SURNAMES) : null,
    birthDate,
    address: {
      street: r.pick(STREETS),
      number: String(r.int(1, 199)),
      floor: r.chance(0.6) ? `${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D'])}` : null,
      postcode: `${place.postcode}${pad(r.int(1, 40))}`,
      municipality: place.municipality,
      province: place.province,
    },
    phone: r.chance(0.94) ? `+34601${pad3(index)}${pad3(r.int(0, 999))}` : null,
    email: r.chance(0.85) ? `${ascii(givenName)}.${ascii(firstSurname)}${index}@example.org` : null,
    socialSecurityNumber: affiliated ? socialSecurityNumber(place.code, num) : null,
    affiliated,
    affiliationYear: affiliated ? Math.min(birthYear + r.int(16, 28), 2025) : null,
    protectedPerson: r.chance(0.04),
    iban:
      benefits.length > 0 || r.chance(0.7) ? spanishIban(pad4(r.int(1, 9999)), String(num).padStart(10, '0')) : null,
    preferredLanguage: r.chance(0.03) ? 'en' : r.chance(0.7) ? place.language : 'es',
  };
  const claims = r.chance(0.35) ? [generateClaim(r, index, citizen.id, age)] : [];
  const ehicCard = affiliated && r.chance(0.4) ? generateCard(r, index) : null;
  return { citizen, benefits, claims, ehicCard };
}

// helpers
type Rng = ReturnType<typeof createPrng>;

function generateBenefits(r: Rng, index: number, age: number, birthYear: number): Benefit[] {
  const out: Benefit[] = [];
  const add = (type: BenefitType, amount: number, payments: 12 | 14, startDate: string) =>
    out.push({
      id: `PRE-${String(100_000 + index * 10 + out.length)}`,
      type,
      name: BENEFIT_NAMES[type],
      monthlyAmount: amount,
      paymentsPerYear: payments,
      startDate,
      status: r.chance(0.95) ? 'active' : 'suspended',
    });
  if (age >= 66 && r.chance(0.85))
    add('retirement', cents(r, 700, 2900), 14, `${birthYear + 66}-${pad(r.int(1, 12))}-01`);
  if (age >= 45 && r.chance(0.12))
    add('widowhood', cents(r, 500, 1200), 14, `${r.int(2005, 2025)}-${pad(r.int(1, 12))}-01`);
  if (age < 66 && r.chance(0.06))
    add('permanent_disability', cents(r, 600, 1800), 14, `${r.int(2010, 2025)}-${pad(r.int(1, 12))}-01`);
  if (age < 66 && r.chance(0.05))
    add('minimum_vital_income', cents(r, 300, 900), 12, `${r.int(2021, 2025)}-${pad(r.int(1, 12))}-01`);
  if (age < 25 && r.chance(0.05))
    add('orphanhood', cents(r, 200, 600), 14, `${r.int(2010, 2025)}-${pad(r.int(1, 12))}-01`);
  return out;
}

function generateClaim(r: Rng, index: number, citizenId: string, age: number): Claim {
  const benefitType: BenefitType =
    age >= 64 ? 'retirement' : r.pick(['minimum_vital_income', 'permanent_disability', 'widowhood'] as const);
  const submittedAt = addDays('2025-06-01', r.int(0, 330));
  const state = r.pick(['received', 'in_review', 'needs_documents', 'resolved'] as const);
  const history: Claim['history'] = [{ state: 'received', at: submittedAt }];
  if (state !== 'received') history.push({ state: 'in_review', at: addDays(submittedAt, r.int(3, 20)) });
  if (state === 'needs_documents' || state === 'resolved') {
    history.push({ state, at: addDays(history[history.length - 1].at, r.int(5, 60)) });
  }
  const approved = r.chance(0.7);
  const first = r.int(0, CLAIM_DOCUMENTS.length - 1);
  return {
    reference: claimReference(submittedAt.slice(0, 4), 100_001 + index),
    citizenId,
    benefitType,
    submittedAt,
    state,
    requiredDocuments:
      state === 'needs_documents'
        ? [CLAIM_DOCUMENTS[first], ...(r.chance(0.4) ? [CLAIM_DOCUMENTS[(first + 1) % CLAIM_DOCUMENTS.length]] : [])]
        : [],
    outcome: state === 'resolved' ? (approved ? 'approved' : 'denied') : null,
    outcomeReason: state === 'resolved' && !approved ? r.pick(DENIAL_REASONS) : null,
    resolvedAt: state === 'resolved' ? history[history.length - 1].at : null,
    history,
  };
}

function generateCard(r: Rng, index: number): EhicCard {
  const validUntil = addDays('2026-01-01', r.int(-180, 1300));
  const validFrom = `${Number(validUntil.slice(0, 4)) - 4}${validUntil.slice(4)}`;
  return { cardNumber: ehicNumber(100_000 + index), validFrom, validUntil };
}

function cents(r: Rng, min: number, max: number): number {
  return r.int(min * 100, max * 100) / 100;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
