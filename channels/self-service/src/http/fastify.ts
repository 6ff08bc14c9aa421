// The fastify types the pages' routes use (type-only: nothing of fastify is imported at run time here).
export type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
