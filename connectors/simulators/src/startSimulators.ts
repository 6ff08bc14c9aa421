import type { FastifyInstance } from 'fastify';
import { buildSimulators, simPrefix, type SimulatorsOptions } from './buildSimulators';
import { SIM_SERVICES, type SimServiceName } from './runtime/SimServiceName';

/** Options of {@link startSimulators}. @public */
export interface StartSimulatorsOptions extends SimulatorsOptions {
  /** Default 0: any free port (read it from `url`). */
  port?: number;
  /** Default `127.0.0.1`: the simulators are for this machine only. */
  host?: string;
}

/** Listening simulators. @public */
export interface RunningSimulators {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Base URL of each mounted simulator, for connector configuration. */
  urls: Partial<Record<SimServiceName, string>>;
  close(): Promise<void>;
}

/**
 * Builds the simulators ({@link buildSimulators}) and listens. To run one
 * simulator alone, pass `services: ['sms']`.
 * @public
 */
export async function startSimulators(options: StartSimulatorsOptions = {}): Promise<RunningSimulators> {
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  const app = buildSimulators(rest);
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  const services = rest.services ?? SIM_SERVICES;
  return {
    app,
    url,
    urls: Object.fromEntries(services.map((s) => [s, `${url}${simPrefix(s)}`])),
    close: () => app.close(),
  };
}
