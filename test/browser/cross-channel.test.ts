import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { databasesUnderTest } from '@cauce/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@cauce/channels';
import { citizen, doAsCitizen, finishAsAgent, launchChromium, scenarioOf } from '@cauce/channels/self-service/testing';
import { samplesRoot } from '@cauce/procedures';
import { consoleDriver, type ConsoleDriver } from './console/consoleDriver';
import { startConsoleStack, type ConsoleStack } from './console/consoleStack';
import { businessVariables, readRunOutcome, type RunOutcome } from './console/runOutcome';

/**
 * Issue #4: the same answers give the same outcome and the same service-request state on both channels.
 * One product (engine, session service, /api, agent console at /agente, self-service pages at /tramites) on one
 * database (PGlite; PostgreSQL too when DATABASE_URL is set), with the simulated corporate systems and the real
 * connector workers over /engine-rest. Each sample procedure's scenario is done twice in Chromium, with the same
 * answers in the same language: once by an agent in the console, once by a citizen on the pages with JavaScript
 * off (an agent-only step reached from the web is handed to an agent, who finishes it as channels does: that is
 * still the web journey). The two runs must
 * agree on the engine outcome (state, end event, path, business variables) and on the service request (type,
 * state, outcome, responsible), and match the scenario's `expect`. The simulators keep state, so what a run
 * changes in them (a booked slot, a new address) is undone before the other run; scenarios that change what
 * cannot be undone over their API (a card issued, an account changed) are not picked.
 */
const CASES: Array<{ procedureId: string; scenario: string; undo?: 'appointment' | 'address' }> = [
  { procedureId: 'european-health-card', scenario: 'address-changed' },
  { procedureId: 'benefit-certificate', scenario: 'by-sms-by-phone' },
  { procedureId: 'appointment-booking', scenario: 'booked-online-with-sms', undo: 'appointment' },
  { procedureId: 'change-of-address', scenario: 'changed-by-phone-with-sms', undo: 'address' },
  { procedureId: 'change-of-bank-details', scenario: 'rejected-not-holder' },
  { procedureId: 'claim-status', scenario: 'wrong-number-then-received' },
];

let stack: ConsoleStack;
let browser: Browser;
let agent: ConsoleDriver;

beforeAll(async () => {
  browser = await launchChromium(chromium);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe.each(databasesUnderTest())(
  'the same answers on both channels, on $name (Chromium: agent console, and self-service pages without JavaScript)',
  (database) => {
    const table: string[][] = [];
    beforeAll(async () => {
      stack = await startConsoleStack({ selfService: true, database });
      agent = consoleDriver({ browser, stack });
    }, 180_000);
    afterAll(async () => {
      await stack?.close();
      if (table.length)
        printTable(
          database.name,
          [
            'procedure',
            'channel',
            'reference',
            'engine',
            'end event',
            'path',
            'variables',
            'type',
            'state',
            'responsible',
            'outcome',
            'ms',
          ],
          table,
        );
    });

    for (const c of CASES) {
      it(`${c.procedureId} (${c.scenario}): same outcome and service request by phone and on the web`, async () => {
        // given
        const scenario = scenarioOf(c.procedureId, c.scenario);
        const language = (scenario.language ?? 'es') as Language;
        const before = c.undo === 'address' ? await addressOf(scenario.variables!.citizenId as string) : undefined;
        const undo = async (run: RunOutcome) => {
          if (c.undo === 'appointment') await cancelAppointment(run);
          if (c.undo === 'address') await changeAddress(scenario.variables!.citizenId as string, before!);
        };
        // when
        let started = Date.now();
        const byPhone = await readRunOutcome(stack.db, await asAgent(c.procedureId, scenario, language));
        const phoneMs = Date.now() - started;
        await undo(byPhone);
        started = Date.now();
        const online = await readRunOutcome(stack.db, await asCitizen(c.procedureId, scenario, language));
        const webMs = Date.now() - started;
        await undo(online);
        table.push(row(c.procedureId, 'agent', byPhone, phoneMs), row('', 'web', online, webMs));
        // then the two runs agree
        expect(comparable(online)).toEqual(comparable(byPhone));
        expect([byPhone.request.entryChannel, online.request.entryChannel]).toEqual(['agent', 'web']);
        // and both are what the scenario expects
        const want = scenario.expect;
        for (const run of [byPhone, online]) {
          expect(run.engine.state).toBe(want.outcome.state);
          if (want.outcome.endEvent) expect(run.engine.endEvent).toBe(want.outcome.endEvent);
          if (want.path) expect(run.engine.path).toEqual(want.path);
          expect(businessVariables(run.engine.variables)).toMatchObject(
            businessVariables(want.outcome.variables ?? {}),
          );
          expect(run.request.state).toBe(want.serviceRequest?.state ?? 'resolved');
          expect(run.request.outcome).toBeNull();
        }
        const sameChannel = scenario.channel === 'agent' ? byPhone : online;
        if (want.serviceRequest?.responsible)
          expect(sameChannel.request.responsible).toBe(want.serviceRequest.responsible);
        if (want.serviceRequest?.channel) expect(sameChannel.request.entryChannel).toBe(want.serviceRequest.channel);
      }, 150_000);
    }
  },
);

// helpers

/** The scenario done by an agent in the console, in the scenario's language; returns the request's reference. */
async function asAgent(
  procedureId: string,
  scenario: ReturnType<typeof scenarioOf>,
  language: Language,
): Promise<string> {
  const manifest = JSON.parse(readFileSync(join(samplesRoot, procedureId, 'procedure.json'), 'utf8')) as {
    title: Record<Language, string>;
    identificationLevel: number;
  };
  const citizenId = scenario.variables?.citizenId as string | undefined;
  const page = await agent.signIn('ana', language);
  await agent.startScript(page, manifest.title[language], citizenId);
  if (manifest.identificationLevel >= 1) await agent.identify(page, citizenId!, manifest.identificationLevel, false);
  for (const step of scenario.steps) {
    if (!('step' in step)) continue;
    await agent.expectStep(page, step.step);
    await agent.answer(page, step.answers as Record<string, unknown>);
  }
  await page.waitForSelector('section.script[data-status="done"]', { timeout: 20_000 });
  const reference = (await page.locator('.facts .reference').textContent())!.trim();
  await page.context().close();
  return reference;
}

/** The scenario done by a citizen on the pages with JavaScript off; an agent-only step is finished by an agent. */
async function asCitizen(
  procedureId: string,
  scenario: ReturnType<typeof scenarioOf>,
  language: Language,
): Promise<string> {
  const page = await citizen(browser);
  // every step the scenario does not give to an agent is the citizen's on the web
  const run = await doAsCitizen(page, {
    base: `${stack.address}/tramites`,
    simulatorsUrl: stack.simulatorsUrl,
    procedureId,
    scenario: { ...scenario, channel: 'web' },
    language,
    visit: async () => undefined,
  });
  // the web hands the request to an agent exactly when the scenario has a step only an agent can do
  expect(run.ended).toBe(scenario.steps.some((s) => 'step' in s && s.channel === 'agent') ? 'handed-off' : 'done');
  if (run.ended === 'handed-off') await finishAsAgent(stack.service, run.reference, run.agentSteps);
  await page.context().close();
  return run.reference;
}

/** What must be the same whichever channel the request came in by. */
function comparable(run: RunOutcome) {
  return {
    engine: { ...run.engine, variables: businessVariables(run.engine.variables) },
    // `responsible` is whoever acted last unless the end event names someone (serviceRequestOf): the citizen on
    // the web, the agent in the console — the same rule, so it is compared as "the last actor"
    request: {
      type: run.request.type,
      state: run.request.state,
      outcome: run.request.outcome,
      responsible: run.request.responsible === run.lastActor ? 'last actor' : run.request.responsible,
    },
  };
}

async function addressOf(citizenId: string): Promise<Record<string, unknown>> {
  return (
    (await (await fetch(`${stack.simulatorsUrl}/sim/affiliation/citizens/${citizenId}`)).json()) as {
      address: Record<string, unknown>;
    }
  ).address;
}

async function changeAddress(citizenId: string, address: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${stack.simulatorsUrl}/sim/affiliation/citizens/${citizenId}/address-changes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(address),
  });
  expect(r.status).toBe(201);
}

async function cancelAppointment(run: RunOutcome): Promise<void> {
  const id = (run.engine.variables.appointment as { appointmentId: string }).appointmentId;
  const r = await fetch(`${stack.simulatorsUrl}/sim/appointments/appointments/${id}`, { method: 'DELETE' });
  expect(r.status).toBe(200);
}

function row(procedureId: string, channel: string, run: RunOutcome, ms: number): string[] {
  const variables = businessVariables(run.engine.variables);
  const digest = createHash('sha256').update(stableJson(variables)).digest('hex').slice(0, 8);
  const { request, engine } = run;
  return [
    procedureId,
    channel,
    run.reference,
    engine.state,
    engine.endEvent ?? '—',
    `${engine.path.length} nodes`,
    `${Object.keys(variables).length} · ${digest}`,
    request.type,
    request.state,
    request.responsible ?? '—',
    request.outcome ?? '—',
    String(ms),
  ];
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function printTable(database: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(
    [
      `[cross-channel] both runs of each procedure on ${database} (variables: how many, and a digest of their normalised values)`,
      line(head),
      ...rows.map(line),
    ].join('\n'),
  );
}
