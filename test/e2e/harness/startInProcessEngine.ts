import type { AddressInfo } from 'node:net';
import { buildApp, type Db } from '@cauce/engine';

/** An engine REST API listening on a random local port, inside the test process. */
export interface InProcessEngine {
  /** `http://127.0.0.1:<port>/engine-rest` */
  baseUrl: string;
  /** Closes the HTTP server (the database stays open: the caller opened it). Stop workers first. */
  close(): Promise<void>;
}

/**
 * `buildApp({ db })` + `listen` on 127.0.0.1:0, so the real camunda client can talk HTTP to an engine whose
 * database the test also reads. The caller migrates and closes the database.
 * @internal
 */
export async function startInProcessEngine(db: Db): Promise<InProcessEngine> {
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/engine-rest`,
    async close() {
      // Node's server.close() ends only connections idle at that moment; a keep-alive connection whose request
      // was still running (a worker's last complete) then lingers for keepAliveTimeout (5 s). Tests stop their
      // workers first, so after a short grace the rest is cut.
      const cut = setTimeout(() => app.server.closeAllConnections(), 250);
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
      }
    },
  };
}
