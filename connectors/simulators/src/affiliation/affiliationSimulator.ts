import type { FastifyPluginAsync } from 'fastify';
import { ibanInvalid, ibanNotSpanish } from '../errors';
import { idempotencyHeaders, errorResponses, mutationErrorResponses } from '../runtime/commonSchemas';
import { setUpSimService, type SimServiceOptions } from '../runtime/setUpSimService';
import type { CitizenRecord } from '../synthetic/CitizenRecord';
import { findCitizen } from '../synthetic/findCitizen';
import { fullName } from '../synthetic/fullName';
import { maskIban, validateIban } from '../synthetic/iban';
import { addressSchema, type Address } from '../synthetic/schemas';
import { TEST_CITIZEN_DESCRIPTIONS, TEST_CITIZENS, UNKNOWN_CITIZEN_ID } from '../synthetic/testCitizens';
import {
  addressChangeSchema,
  bankAccountChangeBodySchema,
  bankAccountChangeSchema,
  citizenParamsSchema,
  citizenSchema,
  testCitizenListSchema,
  type AddressChange,
  type BankAccountChange,
  type BankAccountChangeBody,
  type CitizenParams,
  type CitizenView,
  type TestCitizenList,
} from './schemas';

/**
 * Simulated affiliation system (afiliación): citizen data and the answers to
 * the level-1 identification questions, change of address, change of bank
 * details. Mount under `/sim/affiliation`.
 * @public
 */
export const affiliationSimulator: FastifyPluginAsync<SimServiceOptions> = async (app, options) => {
  const { world, today } = setUpSimService(app, 'affiliation', options);
  for (const schema of [citizenSchema, addressChangeSchema, bankAccountChangeSchema, testCitizenListSchema])
    app.addSchema(schema);

  app.get<{ Params: CitizenParams }>(
    '/citizens/:citizenId',
    {
      schema: {
        params: citizenParamsSchema,
        response: { 200: { $ref: 'sim-affiliation-citizen#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<CitizenView> => toView(findCitizen(world, request.params.citizenId)),
  );

  app.post<{ Params: CitizenParams; Body: Address }>(
    '/citizens/:citizenId/address-changes',
    {
      schema: {
        params: citizenParamsSchema,
        headers: idempotencyHeaders,
        body: addressSchema,
        response: { 201: { $ref: 'sim-affiliation-address-change#' }, ...mutationErrorResponses(404) },
      },
    },
    async (request, reply): Promise<AddressChange> => {
      const citizen = findCitizen(world, request.params.citizenId);
      citizen.address = { ...request.body, floor: request.body.floor ?? null };
      reply.code(201);
      return { changeId: world.nextId('VD'), citizenId: citizen.id, address: citizen.address, effectiveDate: today() };
    },
  );

  app.post<{ Params: CitizenParams; Body: BankAccountChangeBody }>(
    '/citizens/:citizenId/bank-account-changes',
    {
      schema: {
        params: citizenParamsSchema,
        headers: idempotencyHeaders,
        body: bankAccountChangeBodySchema,
        response: { 201: { $ref: 'sim-affiliation-bank-account-change#' }, ...mutationErrorResponses(404) },
      },
    },
    async (request, reply): Promise<BankAccountChange> => {
      const citizen = findCitizen(world, request.params.citizenId);
      const check = validateIban(request.body.iban);
      if (!check.ok) throw ibanInvalid(request.body.iban);
      if (check.country !== 'ES') throw ibanNotSpanish();
      citizen.iban = check.iban;
      reply.code(201);
      return {
        changeId: world.nextId('VB'),
        citizenId: citizen.id,
        bankAccountMasked: maskIban(check.iban),
        bankAccountLast4: check.iban.slice(-4),
        effectiveDate: today(),
      };
    },
  );

  app.get(
    '/test-citizens',
    {
      config: { simSupport: true },
      schema: { response: { 200: { $ref: 'sim-affiliation-test-citizens#' }, ...errorResponses() } },
    },
    async (): Promise<TestCitizenList> => ({
      citizens: Object.entries(TEST_CITIZENS).map(([role, id]) => ({
        role,
        id,
        fullName: fullName(findCitizen(world, id)),
        description: TEST_CITIZEN_DESCRIPTIONS[role as keyof typeof TEST_CITIZENS],
      })),
      unknownCitizenId: UNKNOWN_CITIZEN_ID,
    }),
  );
};

// helpers
function toView(c: CitizenRecord): CitizenView {
  return {
    id: c.id,
    givenName: c.givenName,
    firstSurname: c.firstSurname,
    secondSurname: c.secondSurname,
    fullName: fullName(c),
    birthDate: c.birthDate,
    address: c.address,
    phone: c.phone,
    email: c.email,
    socialSecurityNumber: c.socialSecurityNumber,
    affiliated: c.affiliated,
    protectedPerson: c.protectedPerson,
    preferredLanguage: c.preferredLanguage,
    bankAccountMasked: c.iban === null ? null : maskIban(c.iban),
    protocol: {
      birthYear: Number(c.birthDate.slice(0, 4)),
      postcode: c.address.postcode,
      bankAccountLast4: c.iban === null ? null : c.iban.slice(-4),
      affiliationYear: c.affiliationYear,
    },
  };
}
