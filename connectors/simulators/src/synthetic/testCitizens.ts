import { addDays } from './addDays';
import { BENEFIT_NAMES } from './catalogues';
import type { CitizenRecord } from './CitizenRecord';
import { claimReference } from './claimReference';
import { formatDni } from './dni';
import { spanishIban } from './iban';
import type { Benefit, Claim, EhicCard } from './schemas';
import { socialSecurityNumber } from './socialSecurityNumber';

/**
 * The documented test citizens: fixed records, the same for every seed, each
 * standing for one case a procedure must handle. README.md lists them (a test
 * keeps the two in step). Their surnames (Ejemplo, Prueba, Simulado) say what
 * they are.
 * @public
 */
export const TEST_CITIZENS = {
  standard: '99000001C',
  protectedPerson: '99000002K',
  notAffiliated: '99000003E',
  claimNeedsDocuments: '99000004T',
  claimInReview: '99000005R',
  claimReceived: '99000006W',
  claimDenied: '99000007A',
  noPhone: '99000008G',
  noEmail: '99000009M',
  noContact: '99000010Y',
  cardStillValid: '99000011F',
  cardExpiring: '99000012P',
  worker: '99000013D',
} as const;

/** What each test citizen is for; served by `GET /sim/affiliation/test-citizens`. @public */
export const TEST_CITIZEN_DESCRIPTIONS: Record<keyof typeof TEST_CITIZENS, string> = {
  standard:
    'Retired, affiliated, phone and email; retirement claim EXP-2023-000001 resolved (approved); no European health card yet.',
  protectedPerson: 'Protected person (persona protegida): restrict and log access. Widowhood pension. Prefers Catalan.',
  notAffiliated: 'Not affiliated: no social-security number; not eligible for the European health card.',
  claimNeedsDocuments: 'Widowhood claim EXP-2026-000004 waiting for two documents (needs_documents). Prefers Galician.',
  claimInReview: 'Minimum vital income claim EXP-2026-000005 in review. Prefers Basque.',
  claimReceived: 'Retirement claim EXP-2026-000006 just received.',
  claimDenied: 'Permanent-disability claim EXP-2025-000007 resolved and denied, with a reason.',
  noPhone: 'Pensioner with no phone on file: OTP only by email.',
  noEmail: 'Pensioner with no email on file: OTP only by SMS.',
  noContact: 'Pensioner with neither phone nor email: no OTP possible; office or video identification.',
  cardStillValid: 'European health card valid until 2029-12-31: a new request is refused (SIM_CARD_STILL_VALID).',
  cardExpiring: 'European health card expiring 2026-12-31: the renewal campaign segment.',
  worker: 'Working-age affiliate with no benefits and no claims (negative certificate of benefits).',
};

/** A role in {@link TEST_CITIZENS}. @public */
export type TestCitizenRole = keyof typeof TEST_CITIZENS;

/** A well-formed synthetic DNI that no citizen has: lookups give 404 `SIM_CITIZEN_NOT_FOUND`. @public */
export const UNKNOWN_CITIZEN_ID = '99000099A';

/** A fixture citizen with everything the simulated back ends know about them. @internal */
export interface TestCitizenFixture {
  citizen: CitizenRecord;
  benefits: Benefit[];
  claims: Claim[];
  ehicCard: EhicCard | null;
}

/** Builds the fixture records; a function so every world gets its own mutable copies. @internal */
export function testCitizenFixtures(): TestCitizenFixture[] {
  return [
    person(1, 'Lucía', 'Ejemplo', 'Prueba', '1958-03-14', MADRID, {
      benefits: [benefit(1, 'retirement', 1480.35, 14, '2023-04-01')],
      claims: [resolved(1, 'retirement', '2023-01-10', 'approved', null)],
    }),
    person(
      2,
      'Carmen',
      'Simulado',
      'Ejemplo',
      '1950-11-02',
      { ...BARCELONA, floor: '3º 2ª' },
      {
        protectedPerson: true,
        preferredLanguage: 'ca',
        benefits: [benefit(2, 'widowhood', 912.1, 14, '2019-07-01')],
      },
    ),
    person(3, 'Jonathan', 'Prueba', 'Simulado', '1990-06-21', SEVILLA, {
      affiliated: false,
      iban: null,
    }),
    person(4, 'Rosa', 'Ejemplo', 'Simulado', '1961-09-30', VIGO, {
      preferredLanguage: 'gl',
      claims: [
        {
          ...claim(4, 'widowhood', '2026-03-02', [
            ['received', '2026-03-02'],
            ['in_review', '2026-03-09'],
            ['needs_documents', '2026-03-20'],
          ]),
          requiredDocuments: ['Certificado de defunción del cónyuge', 'Libro de familia'],
        },
      ],
    }),
    person(5, 'Aitor', 'Prueba', 'Ejemplo', '1987-01-12', BILBAO, {
      preferredLanguage: 'eu',
      claims: [
        claim(5, 'minimum_vital_income', '2026-02-16', [
          ['received', '2026-02-16'],
          ['in_review', '2026-03-01'],
        ]),
      ],
    }),
    person(6, 'Manuel', 'Simulado', 'Prueba', '1960-12-05', MADRID, {
      claims: [claim(6, 'retirement', '2026-05-20', [['received', '2026-05-20']])],
    }),
    person(7, 'Pedro', 'Ejemplo', 'Ejemplo', '1972-04-18', VALENCIA, {
      claims: [resolved(7, 'permanent_disability', '2025-09-01', 'denied', 'No acredita la situación de necesidad')],
    }),
    person(8, 'Dolores', 'Prueba', 'Prueba', '1946-08-08', SEVILLA, {
      phone: null,
      benefits: [benefit(8, 'retirement', 1023.5, 14, '2011-09-01')],
    }),
    person(9, 'Antonio', 'Simulado', 'Simulado', '1949-02-27', MADRID, {
      email: null,
      benefits: [benefit(9, 'retirement', 1210.0, 14, '2014-03-01')],
    }),
    person(10, 'Teresa', 'Ejemplo', null, '1944-05-03', BARCELONA, {
      phone: null,
      email: null,
      benefits: [benefit(10, 'widowhood', 845.75, 14, '2008-02-01')],
    }),
    person(11, 'Iria', 'Prueba', 'Ejemplo', '1982-10-10', VIGO, {
      ehicCard: { cardNumber: ehicNumber(11), validFrom: '2025-12-31', validUntil: '2029-12-31' },
    }),
    person(12, 'Jordi', 'Simulado', 'Ejemplo', '1979-07-07', BARCELONA, {
      preferredLanguage: 'ca',
      ehicCard: { cardNumber: ehicNumber(12), validFrom: '2022-12-31', validUntil: '2026-12-31' },
    }),
    person(13, 'Nerea', 'Ejemplo', 'Simulado', '1995-12-19', MADRID, {}),
  ];
}

/** European health card numbers: synthetic, in the same 99… block as the ids. @internal */
export function ehicNumber(n: number): string {
  return `80724${String(99_000_000 + n).padStart(15, '0')}`;
}

// helpers
const MADRID = {
  street: 'Calle Mayor',
  number: '12',
  floor: '2º A',
  postcode: '28013',
  municipality: 'Madrid',
  province: 'Madrid',
};
const BARCELONA = {
  street: 'Carrer Nou',
  number: '5',
  floor: null,
  postcode: '08001',
  municipality: 'Barcelona',
  province: 'Barcelona',
};
const SEVILLA = {
  street: 'Calle Real',
  number: '40',
  floor: '1º',
  postcode: '41001',
  municipality: 'Sevilla',
  province: 'Sevilla',
};
const VIGO = {
  street: 'Rúa do Porto',
  number: '3',
  floor: null,
  postcode: '36202',
  municipality: 'Vigo',
  province: 'Pontevedra',
};
const BILBAO = {
  street: 'Kale Nagusia',
  number: '8',
  floor: '4º D',
  postcode: '48005',
  municipality: 'Bilbao',
  province: 'Bizkaia',
};
const VALENCIA = {
  street: 'Avenida del Mar',
  number: '101',
  floor: '7º',
  postcode: '46011',
  municipality: 'Valencia',
  province: 'Valencia',
};

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

type Extra = Partial<CitizenRecord> & { benefits?: Benefit[]; claims?: Claim[]; ehicCard?: EhicCard };

function person(
  n: number,
  givenName: string,
  firstSurname: string,
  secondSurname: string | null,
  birthDate: string,
  address: CitizenRecord['address'],
  extra: Extra,
): TestCitizenFixture {
  const { benefits = [], claims = [], ehicCard = null, ...overrides } = extra;
  const num = 99_000_000 + n;
  const affiliated = overrides.affiliated ?? true;
  const citizen: CitizenRecord = {
    id: formatDni(num),
    givenName,
    firstSurname,
    secondSurname,
    birthDate,
    address,
    phone: `+346000000${String(n).padStart(2, '0')}`,
    email: `${ascii(givenName)}.${ascii(firstSurname)}${n}@example.org`,
    socialSecurityNumber: affiliated ? socialSecurityNumber('28', num) : null,
    affiliated,
    affiliationYear: affiliated ? Number(birthDate.slice(0, 4)) + 18 : null,
    protectedPerson: false,
    iban: spanishIban('0001', String(num).padStart(10, '0')),
    preferredLanguage: 'es',
    ...overrides,
  };
  for (const c of claims) c.citizenId = citizen.id;
  return { citizen, benefits, claims, ehicCard };
}

function benefit(
  n: number,
  type: Benefit['type'],
  monthlyAmount: number,
  paymentsPerYear: 12 | 14,
  startDate: string,
): Benefit {
  return {
    id: `PRE-${String(n).padStart(6, '0')}`,
    type,
    name: BENEFIT_NAMES[type],
    monthlyAmount,
    paymentsPerYear,
    startDate,
    status: 'active',
  };
}

function claim(
  n: number,
  benefitType: Claim['benefitType'],
  submittedAt: string,
  steps: [Claim['state'], string][],
): Claim {
  const history = steps.map(([state, at]) => ({ state, at }));
  return {
    reference: claimReference(submittedAt.slice(0, 4), n),
    citizenId: '',
    benefitType,
    submittedAt,
    state: history[history.length - 1].state,
    requiredDocuments: [],
    outcome: null,
    outcomeReason: null,
    resolvedAt: null,
    history,
  };
}

function resolved(
  n: number,
  type: Claim['benefitType'],
  at: string,
  outcome: 'approved' | 'denied',
  reason: string | null,
): Claim {
  const end = addDays(at, 75);
  return {
    ...claim(n, type, at, [
      ['received', at],
      ['in_review', addDays(at, 10)],
      ['resolved', end],
    ]),
    outcome,
    outcomeReason: reason,
    resolvedAt: end,
  };
}
