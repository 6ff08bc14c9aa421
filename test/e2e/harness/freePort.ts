import { createServer } from 'node:net';

/**
 * A TCP port free right now on 127.0.0.1, for an engine process that must keep its port across a restart
 * (workers keep their base URL). Another process could take it in between; in a test run that is unlikely.
 * @internal
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
