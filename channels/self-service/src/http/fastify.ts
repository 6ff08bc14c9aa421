// fastify is a dependency of @cauce/engine, not of this package: its types are reached through the engine's
// install (as channels/src/api does). Type-only: nothing of fastify is bundled or imported at run time here.
export type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from '../../../../engine/node_modules/fastify';
