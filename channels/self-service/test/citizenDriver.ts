import { loadSample } from '@cauce/procedures';
import type { Scenario } from '@cauce/schemas';
import type { Page } from 'playwright-core';
import type { Language, StepView, Viewer } from '../src/contract';
import { settle } from './browserKit';
import { lastCode, protocolAnswer } from './selfServiceStack';

type StepAction = Extract<Scenario['steps'][number], { step: string }>;

/**
 * The citizen runs the browser tests and the page-weight bench walk: one scenario of each sample procedure, each in
 * another page language.
 * @internal
 */
export const WEB_RUNS: ReadonlyArray<{ procedureId: string; scenario: string; language: Language }> = [
  { procedureId: 'european-health-card', scenario: 'card-requested-online', language: 'es' },
  { procedureId: 'appointment-booking', scenario: 'booked-online-with-sms', language: 'gl' },
  { procedureId: 'benefit-certificate', scenario: 'by-email-online', language: 'eu' },
  { procedureId: 'change-of-address', scenario: 'corrected-online-with-email', language: 'ca' },
  { procedureId: 'change-of-bank-details', scenario: 'changed-online-after-hand-off', language: 'en' },
  { procedureId: 'claim-status', scenario: 'approved', language: 'es' },
];

/** A sample procedure's scenario by file name (`card-requested-online`). @internal */
export function scenarioOf(procedureId: string, name: string): Scenario {
  const found = loadSample(procedureId).scenarios.find((s) => s.file === `scenarios/${name}.json`);
  if (!found) throw new Error(`no scenario ${name} in ${procedureId}`);
  return found.scenario;
}

/** Which page the browser shows (`<main data-page>`). @internal */
export async function pageName(page: Page): Promise<string> {
  return (await page.locator('main').getAttribute('data-page')) ?? '';
}

/**
 * Test support: a citizen doing a procedure in a browser with JavaScript off, as a scenario says — pick the
 * language in the header, open the procedure from the catalogue, start, identify (protocol answers read from the
 * affiliation simulator; the one-time code read from the SMS or email outbox), then answer each web step with the
 * scenario's answers by clicking and typing, until the procedure ends or a person takes over. `visit` is called on
 * every page shown. With `tryEmptyFirst`, the first step with questions is first sent empty, to see its errors.
 * Returns where it stopped, the reference, and the steps left for an agent.
 * @internal
 */
export async function doAsCitizen(
  page: Page,
  opts: {
    base: string;
    simulatorsUrl: string;
    procedureId: string;
    scenario: Scenario;
    language: Language;
    visit: (label: string) => Promise<void>;
    tryEmptyFirst?: boolean;
    stopAt?: string;
  },
): Promise<{
  ended: 'done' | 'handed-off' | 'stopped';
  reference: string;
  sessionUrl: string;
  agentSteps: StepAction[];
}> {
  const { scenario } = opts;
  const citizenId = scenario.variables?.citizenId as string | undefined;
  const webSteps = scenario.steps.filter(
    (s): s is StepAction => 'step' in s && (s.channel ?? scenario.channel) === 'web',
  );
  const agentSteps = scenario.steps.filter(
    (s): s is StepAction => 'step' in s && (s.channel ?? scenario.channel) === 'agent',
  );
  await page.goto(`${opts.base}/`);
  await opts.visit('catalogue');
  if (opts.language !== 'es') {
    await page.click(`header a[hreflang="${opts.language}"]`);
    await opts.visit(`catalogue (${opts.language})`);
  }
  await page.click(`a[href$="/tramite/${opts.procedureId}"]`);
  await opts.visit('start page');
  await page.click('button.button-start');
  let triedEmpty = !opts.tryEmptyFirst;
  for (let turn = 0; turn < 40; turn++) {
    await settle(page);
    const name = await pageName(page);
    const reference = (await page.locator('footer .reference').textContent())?.trim() ?? '';
    const sessionUrl = page
      .url()
      .replace(/\/(respuesta|identificacion)$/, '')
      .split('?')[0];
    await opts.visit(name === 'step' ? `step ${await page.locator('input[name=stepId]').getAttribute('value')}` : name);
    if (name === 'done' || name === 'handed-off') return { ended: name, reference, sessionUrl, agentSteps };
    if (name === 'identify') {
      await identify(page, opts.simulatorsUrl, citizenId);
      continue;
    }
    if (name !== 'step') throw new Error(`unexpected page '${name}' at ${page.url()}`);
    const stepId = (await page.locator('input[name=stepId]').getAttribute('value'))!;
    if (opts.stopAt === stepId) return { ended: 'stopped', reference, sessionUrl, agentSteps };
    const next = webSteps.shift();
    if (!next || next.step !== stepId)
      throw new Error(`the page asks step ${stepId}; the scenario expects ${next?.step ?? 'nothing more'}`);
    if (!triedEmpty && Object.keys(next.answers).length) {
      triedEmpty = true;
      await submit(page);
      if (!(await page.locator('.error-summary').count()))
        throw new Error(`step ${stepId} sent empty showed no errors`);
      await opts.visit(`step ${stepId} with errors`);
    }
    await fill(page, next.answers as Record<string, unknown>);
    await submit(page);
  }
  throw new Error('the procedure did not end in 40 pages');
}

/**
 * The agent's part after a hand-off: take the request by reference (as the agent console does) and answer the
 * agent steps of the scenario, then wait for the connectors to finish. Returns the agent's last view.
 * @internal
 */
export async function finishAsAgent(
  sessions: {
    resume: (v: Viewer, r: string) => Promise<StepView>;
    submit: (
      v: Viewer,
      s: string,
      i: { stepId: string; answers: Record<string, unknown>; submissionId: string },
    ) => Promise<StepView>;
    view: (v: Viewer, s: string) => Promise<StepView>;
  },
  reference: string,
  steps: StepAction[],
): Promise<{ first: StepView; last: StepView }> {
  const agent: Viewer = { role: 'agent-l1', userId: 'ana' };
  const first = await sessions.resume(agent, reference);
  let view = first;
  for (const [i, step] of steps.entries()) {
    const viewer: Viewer =
      step.role && step.role !== agent.role && step.role !== 'citizen'
        ? { role: step.role as Viewer['role'], userId: step.role }
        : agent;
    if (viewer.role !== agent.role) view = await sessions.resume(viewer, reference);
    if (view.step?.id !== step.step)
      throw new Error(`the agent sees ${view.status} ${view.step?.id ?? ''}; the scenario expects ${step.step}`);
    view = await sessions.submit(viewer, view.sessionId, {
      stepId: step.step,
      answers: step.answers as Record<string, unknown>,
      submissionId: `agent-${i}`,
    });
    for (let n = 0; view.status === 'working' && n < 50; n++) {
      await new Promise((r) => setTimeout(r, 100));
      view = await sessions.view(viewer, view.sessionId);
    }
  }
  return { first, last: view };
}

// helpers
async function identify(page: Page, simulatorsUrl: string, citizenId: string | undefined): Promise<void> {
  if (!citizenId) throw new Error('identification asked, but the scenario names no citizen');
  const method = await page.locator('form[action$="/identificacion"] input[name=method]').first().getAttribute('value');
  const record = (await (await fetch(`${simulatorsUrl}/sim/affiliation/citizens/${citizenId}`)).json()) as {
    phone: string | null;
    email: string | null;
  };
  if (method === 'protocol') {
    for (const input of await page.locator('form[action$="/identificacion"] input.input').all()) {
      const name = (await input.getAttribute('name'))!;
      await input.fill(await protocolAnswer(simulatorsUrl, citizenId, name));
    }
  } else if (method === 'otp-send') {
    await page.check(`input[name=channel][value=${record.phone ? 'sms' : 'email'}]`);
  } else {
    const sentTo = (await page.locator('main p.body').allTextContents()).join(' ');
    const channel = sentTo.includes('@') ? 'email' : 'sms';
    await page.fill(
      'input[name=code]',
      await lastCode(simulatorsUrl, channel, channel === 'sms' ? record.phone! : record.email!),
    );
  }
  await page.locator('form[action$="/identificacion"] button[type=submit].button').first().click();
}

async function fill(page: Page, answers: Record<string, unknown>, prefix = ''): Promise<void> {
  for (const [key, value] of Object.entries(answers)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      await fill(page, value as Record<string, unknown>, name);
      continue;
    }
    const field = page.locator(`form[action$="/respuesta"] [name="${name}"]`);
    if (value === null || value === undefined) {
      if ((await field.count()) === 1 && (await field.getAttribute('type')) !== 'radio') await field.fill('');
      continue;
    }
    const first = field.first();
    const tag = await first.evaluate((el) => el.tagName.toLowerCase());
    const type = await first.getAttribute('type');
    if (tag === 'select') await first.selectOption(String(value));
    else if (type === 'radio')
      await page.check(`form[action$="/respuesta"] input[name="${name}"][value="${String(value)}"]`);
    else if (type === 'checkbox')
      for (const v of value as unknown[])
        await page.check(`form[action$="/respuesta"] input[name="${name}"][value="${String(v)}"]`);
    else await first.fill(String(value));
  }
}

async function submit(page: Page): Promise<void> {
  await page.locator('form[action$="/respuesta"] button[type=submit]').click();
  await page.waitForLoadState('load');
}
