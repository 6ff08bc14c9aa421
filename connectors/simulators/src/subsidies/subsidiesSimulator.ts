import type { FastifyPluginAsync } from 'fastify';
import { citizenParamsSchema, type CitizenParams } from '../affiliation/schemas';
import { cardStillValid, ehicRequestNotFound, notEligible } from '../errors';
import { errorResponses, idempotencyHeaders, mutationErrorResponses } from '../runtime/commonSchemas';
import { setUpSimService, type SimServiceOptions } from '../runtime/setUpSimService';
import { addDays } from '../synthetic/addDays';
import type { CitizenRecord } from '../synthetic/CitizenRecord';
import type { SimWorld } from '../synthetic/createSimWorld';
import { findCitizen } from '../synthetic/findCitizen';
import { ehicNumber } from '../synthetic/testCitizens';
import {
  ehicRequestBodySchema,
  ehicRequestParamsSchema,
  ehicRequestSchema,
  ehicStatusSchema,
  type EhicRequest,
  type EhicRequestBody,
  type EhicRequestParams,
  type EhicStatus,
} from './schemas';

/** A card can be renewed from this many days before it ends. @internal */
export const EHIC_RENEWAL_DAYS = 90;
const DELIVERY_DAYS = 10;

/**
 * Simulated subsidies system, with one subsidy: the European Health Insurance
 * Card (Tarjeta Sanitaria Europea). Eligibility (affiliated, or pensioner),
 * issue, and the state of a request. Mount under `/sim/subsidies`.
 * @public
 */
export const subsidiesSimulator: FastifyPluginAsync<SimServiceOptions> = async (app, options) => {
  const { world, now, today } = setUpSimService(app, 'subsidies', options);
  for (const schema of [ehicStatusSchema, ehicRequestSchema]) app.addSchema(schema);
  const requests = new Map<string, Omit<EhicRequest, 'state'>>();

  app.get<{ Params: CitizenParams }>(
    '/citizens/:citizenId/european-health-card',
    {
      schema: {
        params: citizenParamsSchema,
        response: { 200: { $ref: 'sim-subsidies-ehic-status#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<EhicStatus> => status(world, findCitizen(world, request.params.citizenId), today()),
  );

  app.post<{ Params: CitizenParams; Body: EhicRequestBody }>(
    '/citizens/:citizenId/european-health-card/requests',
    {
      schema: {
        params: citizenParamsSchema,
        headers: idempotencyHeaders,
        body: ehicRequestBodySchema,
        response: { 201: { $ref: 'sim-subsidies-ehic-request#' }, ...mutationErrorResponses(404, 409) },
      },
    },
    async (request, reply): Promise<EhicRequest> => {
      const citizen = findCitizen(world, request.params.citizenId);
      const current = status(world, citizen, today());
      if (!current.eligible) throw notEligible(citizen.id, 'not affiliated and no benefit');
      if (current.cardState === 'valid') throw cardStillValid(citizen.id, current.card?.validUntil);
      const requestId = world.nextId('TSE');
      const from = today();
      const years = current.reason === 'pensioner' ? 5 : 2;
      const card = {
        cardNumber: ehicNumber(500_000 + Number(requestId.slice(4))),
        validFrom: from,
        validUntil: addYears(from, years),
      };
      world.ehicCards.set(citizen.id, card);
      const stored = {
        requestId,
        citizenId: citizen.id,
        requestedAt: now().toISOString(),
        card,
        deliveryAddress: { ...citizen.address },
        estimatedDelivery: addDays(from, DELIVERY_DAYS),
      };
      requests.set(requestId, stored);
      reply.code(201);
      return withState(stored, from);
    },
  );

  app.get<{ Params: EhicRequestParams }>(
    '/european-health-card/requests/:requestId',
    {
      schema: {
        params: ehicRequestParamsSchema,
        response: { 200: { $ref: 'sim-subsidies-ehic-request#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<EhicRequest> => {
      const stored = requests.get(request.params.requestId);
      if (stored === undefined) throw ehicRequestNotFound(request.params.requestId);
      return withState(stored, today());
    },
  );
};

// helpers
function status(world: SimWorld, citizen: CitizenRecord, today: string): EhicStatus {
  const pensioner = (world.benefits.get(citizen.id) ?? []).some((b) => b.status === 'active');
  const reason = citizen.affiliated ? 'affiliated' : pensioner ? 'pensioner' : 'not_affiliated';
  const card = world.ehicCards.get(citizen.id) ?? null;
  const cardState =
    card === null
      ? 'none'
      : card.validUntil < today
        ? 'expired'
        : addDays(today, EHIC_RENEWAL_DAYS) >= card.validUntil
          ? 'expiring'
          : 'valid';
  const eligible = reason !== 'not_affiliated';
  return { citizenId: citizen.id, eligible, reason, cardState, card, canRequest: eligible && cardState !== 'valid' };
}

function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

function withState(stored: Omit<EhicRequest, 'state'>, today: string): EhicRequest {
  const state =
    today >= stored.estimatedDelivery ? 'delivered' : today > stored.requestedAt.slice(0, 10) ? 'in_transit' : 'issued';
  return { ...stored, state };
}
