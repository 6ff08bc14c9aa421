import type { FastifyInstance } from 'fastify';

/**
 * Closes a listening app without waiting on its clients: idle keep-alive connections close at once (fastify), requests
 * in flight get `graceMs` to finish, then every connection still open is destroyed (Node's `closeAllConnections`) —
 * otherwise a client that stalls mid-request holds `close` until its socket times out (a minute or more).
 * @public
 */
export async function closePromptly(app: FastifyInstance, graceMs: number): Promise<void> {
  const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
  }
}
