import type { FastifyInstance } from 'fastify';
import { noMessages } from '../errors';
import { errorResponses } from '../runtime/commonSchemas';
import type { Outbox } from './Outbox';
import { renderOutboxHtml, type OutboxColumn } from './renderOutboxHtml';

/** How a channel's outbox is shown and searched. @internal */
export interface OutboxRoutesOptions<M extends { to: string; sentAt: string }> {
  outbox: Outbox<M>;
  /** `$id` of the channel's message schema, already added to `app`. */
  messageSchemaId: string;
  /** Turns a `to` query into the stored form (E.164 phone, lower-case email). */
  normalizeRecipient: (to: string) => string;
  title: string;
  columns: readonly OutboxColumn<M>[];
}

/**
 * Test-support routes shared by the SMS and email simulators, exempt from
 * fault injection: `GET /outbox` (JSON, or HTML for browsers and `?format=html`),
 * `GET /outbox/latest?to=` (what tests use to read OTP codes) and
 * `DELETE /outbox`.
 * @internal
 */
export function registerOutboxRoutes<M extends { to: string; sentAt: string }>(
  app: FastifyInstance,
  o: OutboxRoutesOptions<M>,
): void {
  const listId = `${o.messageSchemaId}-list`;
  app.addSchema({
    $id: listId,
    type: 'object',
    required: ['messages'],
    properties: { messages: { type: 'array', items: { $ref: `${o.messageSchemaId}#` } } },
  });
  const toQuery = { type: 'object', properties: { to: { type: 'string', minLength: 1, maxLength: 254 } } } as const;

  app.get<{ Querystring: { to?: string; format?: 'json' | 'html' } }>(
    '/outbox',
    {
      config: { simSupport: true },
      schema: {
        querystring: {
          ...toQuery,
          properties: { ...toQuery.properties, format: { type: 'string', enum: ['json', 'html'] } },
        },
        response: {
          200: {
            content: {
              'application/json': { schema: { $ref: `${listId}#` } },
              'text/html': { schema: { type: 'string' } },
            },
          },
          ...errorResponses(),
        },
      },
    },
    async (request, reply) => {
      const to = request.query.to === undefined ? undefined : o.normalizeRecipient(request.query.to);
      const messages = o.outbox.list(to);
      const wantsHtml =
        request.query.format === 'html' ||
        (request.query.format === undefined && /text\/html/.test(request.headers.accept ?? ''));
      if (wantsHtml) return reply.type('text/html; charset=utf-8').send(renderOutboxHtml(o.title, o.columns, messages));
      return reply.type('application/json; charset=utf-8').send({ messages });
    },
  );

  app.get<{ Querystring: { to: string } }>(
    '/outbox/latest',
    {
      config: { simSupport: true },
      schema: {
        querystring: { ...toQuery, required: ['to'] },
        response: { 200: { $ref: `${o.messageSchemaId}#` }, ...errorResponses(404) },
      },
    },
    async (request) => {
      const to = o.normalizeRecipient(request.query.to);
      const message = o.outbox.latestFor(to);
      if (message === undefined) throw noMessages(to);
      return message;
    },
  );

  app.delete(
    '/outbox',
    { config: { simSupport: true }, schema: { response: { 204: { type: 'null' }, ...errorResponses() } } },
    async (_request, reply) => {
      o.outbox.clear();
      return reply.code(204).send();
    },
  );
}
