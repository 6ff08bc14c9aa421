import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { idempotencyKeyReused } from '../errors';
import { isSupportRoute } from './installFaultInjection';

/** Header set on a response replayed from the idempotency store. @public */
export const REPLAYED_HEADER = 'idempotent-replayed';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_KEYS = 10_000;

/**
 * Makes every mutating route of one simulator context honour `Idempotency-Key`:
 * the first request with a key acts and its response (status and body) is kept;
 * later requests with the same key get that response again, marked
 * `Idempotent-Replayed: true`, and act no more. A request arriving while the
 * first is still running waits for it. The same key with a different method,
 * URL or body is refused with 422 `SIM_IDEMPOTENCY_KEY_REUSED`.
 *
 * As with Stripe's keys, only requests that reached the handler are kept:
 * validation failures (checked before this hook) and 5xx responses are not,
 * so a retry after a fault acts. Keys are scoped to one simulator.
 * @internal
 */
export function installIdempotency(app: FastifyInstance): void {
  const store = new Map<string, Entry>();
  const pending = new WeakMap<FastifyRequest, Entry>();

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !MUTATING.has(request.method) || isSupportRoute(request)) return;
    const fingerprint = `${request.method} ${request.url} ${stableStringify(request.body ?? null)}`;
    for (;;) {
      const entry = store.get(key);
      if (entry === undefined) {
        const created = newEntry(key, fingerprint);
        store.set(key, created);
        if (store.size > MAX_KEYS) store.delete(store.keys().next().value as string);
        pending.set(request, created);
        return;
      }
      if (entry.fingerprint !== fingerprint) throw idempotencyKeyReused(key);
      if (entry.response !== undefined) return replay(reply, entry.response);
      // Another request with this key is running: wait, then look again (it may have failed with 5xx).
      await entry.settled;
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const entry = pending.get(request);
    if (entry === undefined) return payload;
    pending.delete(request);
    if (reply.statusCode < 500 && typeof payload === 'string') {
      entry.response = { statusCode: reply.statusCode, payload, contentType: String(reply.getHeader('content-type')) };
    } else {
      store.delete(entry.key);
    }
    entry.settle();
    return payload;
  });
}

// helpers
interface Entry {
  key: string;
  fingerprint: string;
  response?: { statusCode: number; payload: string; contentType: string };
  settled: Promise<void>;
  settle: () => void;
}

function newEntry(key: string, fingerprint: string): Entry {
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  return { key, fingerprint, settled, settle };
}

function replay(reply: FastifyReply, response: NonNullable<Entry['response']>) {
  // A string payload with a JSON content type is sent as is, not serialized again.
  return reply
    .code(response.statusCode)
    .header('content-type', response.contentType)
    .header(REPLAYED_HEADER, 'true')
    .send(response.payload);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
