import { SimServiceName } from './SimServiceName';

/**
 * Latency and fault injection for one simulator. `seed` also seeds the
 * synthetic data when a simulator builds its own world.
 * @public
 */
export interface SimFaultOptions {
  /** Delay added before every business route answers, in ms. */
  latencyMs?: number;
  /** Probability in [0, 1] that a business request fails with 503 `SIM_UNAVAILABLE`. */
  failureRate?: number;
  /** Seed of the fault dice (and of the data when no world is shared). */
  seed?: string | number;
}

/** {@link SimFaultOptions} with every field decided. @internal */
export interface ResolvedFaultOptions {
  latencyMs: number;
  failureRate: number;
  seed: string | number;
}

/** The seed used when neither options nor `CAUCE_SIM_SEED` give one. @public */
export const DEFAULT_SIM_SEED = 'cauce';

/**
 * Decides latency, failure rate and seed for one service. Options beat the
 * environment (so a test that asks for `failureRate: 0` gets it whatever the
 * shell says); within each, the per-service value beats the global one:
 * `layers[0]` (per service) › `layers[1]` (global) › `CAUCE_SIM_<SERVICE>_*` › `CAUCE_SIM_*` › 0.
 * Invalid values are configuration bugs and throw.
 * @internal
 */
export function resolveFaultOptions(
  service: SimServiceName,
  layers: readonly (SimFaultOptions | undefined)[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): ResolvedFaultOptions {
  const pick = <K extends keyof SimFaultOptions>(key: K) => layers.map((l) => l?.[key]).find((v) => v !== undefined);
  const svc = `CAUCE_SIM_${service.toUpperCase()}_`;
  const latencyMs =
    pick('latencyMs') ?? envNumber(env, `${svc}LATENCY_MS`) ?? envNumber(env, 'CAUCE_SIM_LATENCY_MS') ?? 0;
  const failureRate =
    pick('failureRate') ?? envNumber(env, `${svc}FAILURE_RATE`) ?? envNumber(env, 'CAUCE_SIM_FAILURE_RATE') ?? 0;
  const seed = pick('seed') ?? env.CAUCE_SIM_SEED ?? DEFAULT_SIM_SEED;
  if (!(latencyMs >= 0 && Number.isFinite(latencyMs)))
    throw new RangeError(`${service}: latencyMs must be ≥ 0, got ${latencyMs}`);
  if (!(failureRate >= 0 && failureRate <= 1))
    throw new RangeError(`${service}: failureRate must be in [0, 1], got ${failureRate}`);
  return { latencyMs, failureRate, seed };
}

// helpers
function envNumber(env: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (Number.isNaN(value)) throw new RangeError(`${name} must be a number, got '${raw}'`);
  return value;
}
