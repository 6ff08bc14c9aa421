import { createServer, type IncomingMessage, type Server } from 'node:http';
import { buildSimulators } from '@cauce/connectors/simulators';

/** The simulators' fastify app, not listening: requests reach it through `inject`. */
type SimulatorsApp = ReturnType<typeof buildSimulators>;

/**
 * The simulators for `cauce test --live`, with fresh data for every scenario: one HTTP server on 127.0.0.1
 * that hands each request to the current simulators app (`app.inject`), and `reset()` builds a new app on the
 * same seed and clock. So a scenario never sees what an earlier one did (a card already issued, a slot taken)
 * and the systems' sequence ids (`SMS-000001`, `CITA-000001`) count from 1 in each, whatever ran before: the
 * scenario's data can name them. The connectors keep one URL for the whole run.
 * @internal
 */
export class SimulatorsPerScenario {
  #app: SimulatorsApp;

  private constructor(
    private readonly clock: () => Date,
    private readonly server: Server,
    /** `http://127.0.0.1:<port>`, the connectors' `simulatorsUrl` */
    readonly url: string,
  ) {
    this.#app = this.#build();
  }

  static async start(clock: () => Date): Promise<SimulatorsPerScenario> {
    let forward: (req: IncomingMessage) => Promise<Answer> = () => Promise.reject(new Error('not started'));
    const server = createServer((req, res) => {
      forward(req).then(
        (answer) => res.writeHead(answer.statusCode, answer.headers as Record<string, string>).end(answer.rawPayload),
        (error: Error) =>
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ code: 'SIM_INTERNAL', message: error.message })),
      );
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const sims = new SimulatorsPerScenario(clock, server, `http://127.0.0.1:${port}`);
    forward = async (req) =>
      sims.#app.inject({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        payload: await body(req),
      });
    return sims;
  }

  /** Fresh simulators: the seed's data, empty outboxes, counters at 1. */
  async reset(): Promise<void> {
    const old = this.#app;
    this.#app = this.#build();
    await old.close();
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.#app.close();
  }

  #build(): SimulatorsApp {
    // env {}: CAUCE_SIM_* variables of the caller's shell (failure rates, latency) must not change a test run
    return buildSimulators({ seed: 'cauce', now: this.clock, env: {} });
  }
}

// helpers

/** What the server sends back of an injected request's response. */
interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
}

async function body(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}
