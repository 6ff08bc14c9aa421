import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { samplesRoot } from '@cauce/procedures';
import { copyPackage, memoryIo } from '../testing';

describe('cauce test --live (real workers, camunda client over HTTP, simulators)', () => {
  let all: {
    code: number;
    out: string[];
    json: {
      ok: boolean;
      live: { performed: number; faulted: number; provoked: number };
      packages: Array<{
        id: string;
        scenarios: Array<{ file: string; ok: boolean; problems: string[]; connectorSteps: unknown[] }>;
        coverage: { percent: number };
      }>;
    };
  };

  beforeAll(async () => {
    // one live run over the six sample packages, shared by the tests that read it
    const io = memoryIo();
    const code = await runCli(['test', '--live', '--all', '--json', '--quiet'], io);
    all = { code, out: io.out, json: JSON.parse(io.text()) };
  }, 240_000);

  it('passes every scenario of the six sample packages with every connector step performed by a worker', () => {
    // given the run above
    const { packages } = all.json;
    // then
    const failed = packages.flatMap((p) =>
      p.scenarios.filter((s) => !s.ok).map((s) => `${p.id}/${s.file}: ${s.problems.join('; ')}`),
    );
    expect(failed).toEqual([]);
    expect(all.code).toBe(0);
    expect(packages.map((p) => p.id).sort()).toEqual([
      'appointment-booking',
      'benefit-certificate',
      'change-of-address',
      'change-of-bank-details',
      'claim-status',
      'european-health-card',
    ]);
    expect(packages.every((p) => p.coverage.percent === 100)).toBe(true);
    const steps = packages.flatMap((p) => p.scenarios.flatMap((s) => s.connectorSteps));
    expect(all.json.live.performed).toBe(steps.length);
    expect(all.json.live.performed).toBeGreaterThan(80);
    expect(all.json.live.provoked).toBe(1); // appointments.book SLOT_TAKEN: another citizen takes the slot first
  });

  it('fails a scenario the simulators contradict, naming the step, the connector, the element and both outcomes', async () => {
    // given a copy of european-health-card whose not-eligible scenario says the eligibility check completes
    const dir = await copyPackage(join(samplesRoot, 'european-health-card'), 'european-health-card');
    const scenarios = join(dir, 'scenarios');
    for (const file of await readdir(scenarios)) if (file !== 'not-eligible.json') await rm(join(scenarios, file));
    const scenario = JSON.parse(await readFile(join(scenarios, 'not-eligible.json'), 'utf8'));
    scenario.steps[1] = {
      connector: 'subsidies.ehic-eligibility',
      outcome: 'complete',
      variables: {
        ehic: { eligible: true, reason: 'affiliated', cardState: 'none', cardValidUntil: null, canRequest: true },
      },
    };
    await writeFile(join(scenarios, 'not-eligible.json'), JSON.stringify(scenario, null, 2));
    // and a scenario where the affiliation system is down
    await writeFile(join(scenarios, 'system-down.json'), JSON.stringify(SYSTEM_DOWN, null, 2));
    const io = memoryIo();
    // when
    const code = await runCli(['test', '--live', dir], io);
    // then
    expect(code).toBe(1);
    expect(io.out).toContain('  ✖ scenarios/not-eligible.json  Sin derecho a la tarjeta');
    expect(io.out).toContain(
      '      step 2 (subsidies.ehic-eligibility): the real subsidies.ehic-eligibility worker at CheckEligibility threw BPMN error NOT_ELIGIBLE (not_affiliated); the scenario says complete',
    );
    expect(io.out).toContain('  ✔ scenarios/system-down.json  El sistema de afiliación no responde');
    expect(io.out).toContain(
      '      note: step 1 (affiliation.get-citizen): the system was made to fail (X-Sim-Fault) until the worker gave up',
    );
    expect(io.out.at(-1)).toBe(
      '✖ 1 of 2 scenarios passed in 1 package (live: 3 connector steps performed by the real workers, 1 with an injected fault, 0 with a provoked race)',
    );
  }, 120_000);
});

// helpers

const SYSTEM_DOWN = {
  name: 'El sistema de afiliación no responde',
  channel: 'agent',
  identificationLevel: 1,
  variables: { citizenId: '99000001C' },
  steps: [{ connector: 'affiliation.get-citizen', outcome: 'failure', errorMessage: 'affiliation is down' }],
  expect: {
    path: ['StartEvent', 'GetCitizen'],
    outcome: { state: 'incident', waitingAt: ['GetCitizen'] },
    serviceRequest: { state: 'in-progress' },
  },
};
