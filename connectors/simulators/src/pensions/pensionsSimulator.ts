import type { FastifyPluginAsync } from 'fastify';
import { citizenParamsSchema, type CitizenParams } from '../affiliation/schemas';
import { claimNotFound, documentNotFound } from '../errors';
import { errorResponses, idempotencyHeaders, mutationErrorResponses } from '../runtime/commonSchemas';
import { setUpSimService, type SimServiceOptions } from '../runtime/setUpSimService';
import { findCitizen } from '../synthetic/findCitizen';
import type { Claim } from '../synthetic/schemas';
import { renderCertificate } from './renderCertificate';
import {
  benefitListSchema,
  certificateBodySchema,
  certificateSchema,
  claimListSchema,
  claimParamsSchema,
  claimResponseSchema,
  documentParamsSchema,
  type BenefitList,
  type Certificate,
  type CertificateBody,
  type ClaimList,
  type ClaimParams,
  type DocumentParams,
} from './schemas';

/**
 * Simulated pensions system: a citizen's benefits, the state of claims
 * ("¿Cómo va lo mío?") and certificates of benefits with a download link.
 * Mount under `/sim/pensions`.
 * @public
 */
export const pensionsSimulator: FastifyPluginAsync<SimServiceOptions> = async (app, options) => {
  const { world, now } = setUpSimService(app, 'pensions', options);
  for (const schema of [benefitListSchema, claimResponseSchema, claimListSchema, certificateSchema])
    app.addSchema(schema);
  const documents = new Map<string, string>();

  app.get<{ Params: CitizenParams }>(
    '/citizens/:citizenId/benefits',
    {
      schema: {
        params: citizenParamsSchema,
        response: { 200: { $ref: 'sim-pensions-benefits#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<BenefitList> => {
      const citizen = findCitizen(world, request.params.citizenId);
      return { citizenId: citizen.id, benefits: world.benefits.get(citizen.id) ?? [] };
    },
  );

  app.get<{ Params: CitizenParams }>(
    '/citizens/:citizenId/claims',
    {
      schema: {
        params: citizenParamsSchema,
        response: { 200: { $ref: 'sim-pensions-claims#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<ClaimList> => {
      const citizen = findCitizen(world, request.params.citizenId);
      return { citizenId: citizen.id, claims: [...world.claims.values()].filter((c) => c.citizenId === citizen.id) };
    },
  );

  app.get<{ Params: ClaimParams }>(
    '/claims/:reference',
    {
      schema: { params: claimParamsSchema, response: { 200: { $ref: 'sim-pensions-claim#' }, ...errorResponses(404) } },
    },
    async (request): Promise<Claim> => {
      const claim = world.claims.get(request.params.reference.toUpperCase());
      if (claim === undefined) throw claimNotFound(request.params.reference);
      return claim;
    },
  );

  app.post<{ Params: CitizenParams; Body: CertificateBody }>(
    '/citizens/:citizenId/benefit-certificates',
    {
      schema: {
        params: citizenParamsSchema,
        headers: idempotencyHeaders,
        body: certificateBodySchema,
        response: { 201: { $ref: 'sim-pensions-certificate#' }, ...mutationErrorResponses(404) },
      },
    },
    async (request, reply): Promise<Certificate> => {
      const citizen = findCitizen(world, request.params.citizenId);
      const documentId = world.nextId('DOC');
      const issuedAt = now().toISOString();
      documents.set(
        documentId,
        renderCertificate(documentId, citizen, world.benefits.get(citizen.id) ?? [], issuedAt, request.body.purpose),
      );
      const downloadPath = `${app.prefix}/documents/${documentId}`;
      reply.code(201);
      return {
        documentId,
        citizenId: citizen.id,
        kind: 'benefits',
        issuedAt,
        downloadPath,
        downloadUrl: `${request.protocol}://${request.host}${downloadPath}`,
      };
    },
  );

  app.get<{ Params: DocumentParams }>(
    '/documents/:documentId',
    {
      schema: {
        params: documentParamsSchema,
        response: { 200: { content: { 'text/html': { schema: { type: 'string' } } } }, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const html = documents.get(request.params.documentId);
      if (html === undefined) throw documentNotFound(request.params.documentId);
      return reply.type('text/html; charset=utf-8').header('content-disposition', 'inline').send(html);
    },
  );
};
