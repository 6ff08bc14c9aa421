import { Engine, type Db, type TestDatabase } from '@cauce/engine';
import { loadProcedure, type ProcedurePackage } from '@cauce/procedure-kit';
import { loadSample } from '@cauce/procedures';
import { startSimulators, type RunningSimulators } from '@cauce/connectors/simulators';
import type { SessionService } from '../contract';
import { publishProcedure } from '../packages/publishProcedure';
import { createSessionService } from '../session/createSessionService';
import { channelsTestDb } from './channelsTestDb';
import { inProcessConnectors, type Outcome } from './inProcessConnectors';

/** The test fixture packages under channels/test/fixtures (not validated: they are not full samples). @internal */
export function fixturePackage(id: string): ProcedurePackage {
  return loadProcedure(id, { root: new URL('../../test/fixtures/', import.meta.url).pathname });
}

/** Simulators shared by the tests of one file (they listen on a free port). @internal */
export function simulators(): { url: () => string; start(): Promise<void>; stop(): Promise<void> } {
  let running: RunningSimulators | undefined;
  return {
    url: () => running!.url,
    async start() {
      running = await startSimulators({ port: 0 });
    },
    async stop() {
      await running?.close();
    },
  };
}

/**
 * Test support: a channels database, an engine whose clock tests can move forward, the sample procedure
 * published, in-process connectors against the simulators, and the session service. `close()` stops and
 * empties everything.
 * @internal
 */
export async function channelsHarness(
  d: TestDatabase,
  simulatorsUrl: string,
  opts: {
    packages?: ProcedurePackage[];
    settleMs?: number;
    connectors?: boolean;
    override?: (topic: string, variables: Record<string, any>) => Outcome | undefined;
  } = {},
) {
  const db: Db = await channelsTestDb(d);
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const engine = new Engine({ db, clock });
  for (const pkg of opts.packages ?? [loadSample('european-health-card'), fixturePackage('bank-details')]) {
    await publishProcedure(db, engine, pkg, { validate: pkg.dir.includes('/channels/test/fixtures/') ? false : true });
  }
  const connectors =
    opts.connectors === false ? undefined : inProcessConnectors(engine, simulatorsUrl, { override: opts.override });
  const service: SessionService = createSessionService({
    db,
    engine,
    simulatorsUrl,
    clock,
    settleMs: opts.settleMs ?? 3000,
    otpSecret: 'test-secret',
  });
  return {
    db,
    engine,
    service,
    connectors,
    advance(ms: number) {
      offset += ms;
    },
    async close() {
      await connectors?.stop();
      await db.close();
    },
  };
}

/** Answers to the identification questions a view asks, read from the affiliation simulator (test support). @internal */
export async function protocolAnswers(
  simulatorsUrl: string,
  citizenId: string,
  questions: Array<{ id: string }> = [],
): Promise<Record<string, string>> {
  const record = (await (await fetch(`${simulatorsUrl}/sim/affiliation/citizens/${citizenId}`)).json()) as {
    id: string;
    protocol: Record<string, unknown>;
  };
  const out: Record<string, string> = {};
  for (const { id } of questions) out[id] = id === 'citizenId' ? record.id : String(record.protocol[id]);
  return out;
}
