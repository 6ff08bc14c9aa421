import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@cauce/channels/self-service/testing';
import { samplesRoot } from '@cauce/procedures';
import { axeViolations } from './console/consoleAudit';
import { consoleDriver, type ConsoleDriver } from './console/consoleDriver';
import { citizenViewer, startConsoleStack, type ConsoleStack } from './console/consoleStack';

// The agent console in a real Chromium against the real engine, session service, /api, connectors and simulated
// corporate systems on PGlite (./console/consoleStack.ts): nothing of ours is stood in for.
// Screenshots go to /tmp/agent-console-*.png; step timings are printed at the end.

interface Scenario {
  language: string;
  variables?: { citizenId?: string };
  steps: Array<{ step?: string; answers?: Record<string, unknown> }>;
  expect: { serviceRequest: { state: string } };
}

/** One agent-channel scenario per sample procedure, run through the console as an agent would. */
const RUNS: Array<{ procedure: string; scenario: string; backAt?: string }> = [
  { procedure: 'european-health-card', scenario: 'card-requested-travelling-by-phone' },
  { procedure: 'benefit-certificate', scenario: 'by-sms-by-phone' },
  { procedure: 'appointment-booking', scenario: 'booked-by-phone-without-mobile', backAt: 'ConfirmSlot' },
  { procedure: 'change-of-address', scenario: 'changed-by-phone-with-sms' },
  { procedure: 'change-of-bank-details', scenario: 'changed-by-phone' },
  { procedure: 'claim-status', scenario: 'wrong-number-then-received' },
];

let stack: ConsoleStack;
let browser: Browser;
const stepMs: number[] = [];
const audited: string[] = [];
const pageErrors: string[] = [];
// the console driving functions (./console/consoleDriver.ts), bound to this file's browser and stack
let newPage: ConsoleDriver['newPage'];
let signIn: ConsoleDriver['signIn'];
let identify: ConsoleDriver['identify'];
let expectStep: ConsoleDriver['expectStep'];
let answer: ConsoleDriver['answer'];
let next: ConsoleDriver['next'];
let goBackAndReturn: ConsoleDriver['goBackAndReturn'];

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium(chromium);
  ({ newPage, signIn, identify, expectStep, answer, next, goBackAndReturn } = consoleDriver({
    browser,
    stack,
    checkpoint: async (page, name) => {
      await audit(page, name);
      await shot(page, name);
    },
    onMove: (ms) => stepMs.push(ms),
    pageErrors,
  }));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (stepMs.length) {
    const sorted = [...stepMs].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    console.log(
      `[agent-console] ${sorted.length} script moves (Alt+N to next view shown, connectors included): p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${sorted.at(-1)} ms`,
    );
  }
  console.log(`[agent-console] axe-core ran on ${audited.length} screens: ${audited.join(', ')}`);
});

describe('agent console (Chromium, real engine and session service on PGlite)', () => {
  it('serves the build at /agente/ with caching and a CSP, and redirects /agente', async () => {
    // when
    const bare = await fetch(`${stack.address}/agente`, { redirect: 'manual' });
    const shell = await fetch(`${stack.address}/agente/`);
    const html = await shell.text();
    const script = /src="(\/agente\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${stack.address}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    const deepLink = await fetch(`${stack.address}/agente/cola/2`);
    const escape = await fetch(`${stack.address}/agente/assets/..%2F..%2Fpackage.json`);
    // then
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/agente/']);
    expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(shell.headers.get('cache-control')).toBe('no-cache');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await deepLink.text()).includes('<div id="root">')).toBe(true);
    expect(escape.status).toBe(404);
    const bytes = (await asset.arrayBuffer()).byteLength;
    console.log(
      `[agent-console] main script ${script}: ${bytes} bytes sent (gzip: ${asset.headers.get('content-encoding') === 'gzip'})`,
    );
  });

  it('signs in, refuses a wrong password accessibly, and has no axe violations on login and catalogue', async () => {
    // given
    const page = await newPage();
    await page.goto(`${stack.address}/agente/`);
    await page.getByRole('heading', { name: 'Entrar en la consola de agente' }).waitFor();
    await audit(page, 'login');
    // when a wrong password
    await page.getByLabel('Usuario').fill('ana');
    await page.getByLabel('Contraseña').fill('mal');
    await page.getByRole('button', { name: 'Entrar' }).click();
    // then
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Usuario o contraseña incorrectos');
    await audit(page, 'login-error');
    // when the right one
    await page.getByLabel('Contraseña').fill('cauce');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('heading', { name: 'Catálogo de procedimientos' }).waitFor();
    // then
    await expect.poll(() => page.locator('.procedures li').count()).toBe(6);
    await page.getByLabel('Buscar un procedimiento').fill('tarjeta sanitaria');
    await page.getByLabel('Buscar un procedimiento').press('Enter');
    await expect.poll(() => page.locator('.procedures li').count()).toBe(1);
    await audit(page, 'catalogue');
    await shot(page, 'catalogue');
    // the UI strings follow the language switch
    await page.getByLabel('Idioma').selectOption('ca');
    await page.getByRole('heading', { name: 'Catàleg de procediments' }).waitFor();
    await audit(page, 'catalogue-ca');
    await page.getByLabel('Idioma').selectOption('es');
    await page.context().close();
  }, 60_000);

  for (const run of RUNS) {
    it(`completes ${run.procedure} end to end (${run.scenario})`, async () => {
      // given
      const scenario = JSON.parse(
        readFileSync(join(samplesRoot, run.procedure, 'scenarios', `${run.scenario}.json`), 'utf8'),
      ) as Scenario;
      const manifest = JSON.parse(readFileSync(join(samplesRoot, run.procedure, 'procedure.json'), 'utf8')) as {
        title: { es: string };
        identificationLevel: number;
      };
      const citizenId = scenario.variables?.citizenId;
      const page = await signIn('ana');
      // when
      if (citizenId) await page.getByLabel('DNI o NIE de la persona que llama (opcional)').fill(citizenId);
      await page.getByRole('button', { name: `Iniciar «${manifest.title.es}»` }).click();
      await page.waitForSelector('section.script[data-ticket]');
      if (manifest.identificationLevel >= 1)
        await identify(page, citizenId!, manifest.identificationLevel, run.procedure === RUNS[0].procedure);
      let first = true;
      for (const step of scenario.steps.filter((s) => s.step)) {
        await expectStep(page, step.step!);
        if (first) await audit(page, `${run.procedure}-first-step`);
        if (first) await shot(page, `${run.procedure}-step`);
        first = false;
        if (run.backAt === step.step) await goBackAndReturn(page, step.step!);
        await answer(page, step.answers ?? {});
      }
      // then
      await page.waitForSelector('section.script[data-status="done"]', { timeout: 20_000 });
      const state = await page.locator('.facts dd[data-state]').getAttribute('data-state');
      expect(state).toBe(scenario.expect.serviceRequest.state);
      await audit(page, `${run.procedure}-done`);
      await shot(page, `${run.procedure}-done`);
      await page.context().close();
    }, 120_000);
  }

  it('refuses an invalid answer with an error summary linked to the field, focused, and keeps what was typed', async () => {
    // given
    const page = await signIn('ana');
    await page.getByRole('button', { name: 'Iniciar «Cita previa en un centro de atención»' }).click();
    await expectStep(page, 'YourDetails');
    // when
    await page.locator('[name="citizenId"]').fill('1234');
    await page.keyboard.press('Alt+N');
    // then
    await page.waitForSelector('#error-summary');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.locator('[name="citizenId"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[name="citizenId"]').inputValue()).toBe('1234');
    await audit(page, 'step-with-errors');
    await shot(page, 'step-with-errors');
    await page.locator('#error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('citizenId');
    // and the close form records the outcome
    await page.getByText('Cerrar la solicitud', { exact: true }).first().click();
    await page.getByLabel('Resultado').selectOption('cancelled');
    await page.getByLabel('Nota de cierre').fill('La persona cuelga antes de dar su documento.');
    await page.getByRole('button', { name: 'Cerrar la solicitud' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Solicitud cerrada' }).count()).toBe(1);
    await expect.poll(() => page.locator('.facts dd[data-state]').getAttribute('data-state')).toBe('cancelled');
    await page.context().close();
  }, 60_000);

  it('finds a citizen web session that asked for help by its reference and finishes it without asking again', async () => {
    // given a citizen on the web: identified, the claim reference answered, then "ask for help"
    const pedro = '99000007A';
    const viewer = citizenViewer('citizen:pedro-web');
    let view = await stack.service.start(viewer, { procedureId: 'claim-status', channel: 'web', language: 'es' });
    const questions = view.identification.questions!.map((q) => q.id);
    view = await stack.service.identify(viewer, view.sessionId, {
      method: 'protocol',
      answers: await stack.protocolAnswers(pedro, questions),
    });
    expect(view.step?.id).toBe('AskReference');
    view = await stack.service.submit(viewer, view.sessionId, {
      stepId: 'AskReference',
      answers: { claimReference: 'EXP-2025-000007' },
      submissionId: 'web-1',
    });
    expect(view.step?.id).toBe('ExplainDenial');
    await stack.service.help(viewer, view.sessionId, 'No entiendo por qué me la han denegado');
    // when the agent sees it in the first-level queue and takes it by reference
    const page = await signIn('ana');
    await page.getByRole('button', { name: 'Colas' }).click();
    await page.locator(`tr[data-reference="${view.reference}"]`).waitFor();
    await audit(page, 'queue-level-1');
    await page.getByRole('button', { name: 'Catálogo' }).click();
    await page.getByLabel('Referencia (por ejemplo SR-7K4P-Q2)').fill(view.reference.toLowerCase());
    await page.getByRole('button', { name: 'Retomar', exact: true }).click();
    // then: no identification, the answered step shown as given, only the open question asked
    await expectStep(page, 'ExplainDenial');
    expect(await page.locator('section.script[data-status="identify"]').count()).toBe(0);
    expect(await page.locator('.answers').textContent()).toContain('EXP-2025-000007');
    expect(await page.locator('#step-form [name="claimReference"]').count()).toBe(0);
    expect(await page.locator('.facts').textContent()).toContain('nivel 1 de 1');
    await audit(page, 'hand-off');
    await shot(page, 'hand-off');
    await answer(page, { wantsCallback: 'no' });
    await page.waitForSelector('section.script[data-status="done"]');
    expect(await page.locator('.facts dd[data-state]').getAttribute('data-state')).toBe('resolved');
    expect((await stack.service.requestStatus(viewer, view.reference, 'es')).state).toBe('resolved');
    // and the citizen folder lists it, with its web entry channel
    // (the step view does not say who the citizen is, and this session was not started here: the agent types the DNI)
    await page.getByRole('button', { name: 'Carpeta del ciudadano' }).click();
    await page.getByLabel('DNI o NIE').fill(pedro);
    await page.getByRole('button', { name: 'Abrir la carpeta' }).click();
    const row = page.locator(`tr[data-reference="${view.reference}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('web');
    await audit(page, 'citizen-folder');
    await shot(page, 'citizen-folder');
    await page.context().close();
  }, 90_000);

  it('escalates to the second level, whose queue shows the full context, and the specialist finishes it', async () => {
    // given a first-level agent in the middle of a claim-status call
    const rosa = '99000004T';
    const ana = await signIn('ana');
    await ana.getByLabel('DNI o NIE de la persona que llama (opcional)').fill(rosa);
    await ana.getByRole('button', { name: /Iniciar «¿Cómo va lo mío\?/ }).click();
    await identify(ana, rosa, 1, false);
    await expectStep(ana, 'AskReference');
    await answer(ana, { claimReference: 'EXP-2026-000004' });
    await expectStep(ana, 'ExplainDocuments');
    const reference = (await ana.locator('.facts .reference').textContent())!.trim();
    // when she notes the call and escalates
    await ana.getByLabel('Nueva nota').fill('Pregunta si puede presentar el certificado de defunción por registro.');
    await ana.getByText('Escalar al segundo nivel', { exact: true }).click();
    expect(await ana.getByLabel('Nota para el segundo nivel').inputValue()).toContain('certificado de defunción');
    await ana.getByRole('button', { name: 'Escalar', exact: true }).click();
    await expect.poll(() => ana.locator('.facts dd[data-state]').getAttribute('data-state')).toBe('escalated');
    await audit(ana, 'escalated');
    await shot(ana, 'escalated');
    await ana.getByRole('button', { name: 'Colas' }).click();
    await ana.getByRole('heading', { name: 'Colas de atención' }).waitFor();
    expect(await ana.getByRole('button', { name: 'Segundo nivel' }).count()).toBe(0);
    await ana.context().close();
    // then the second level sees it with its context, takes it and finishes it
    const luis = await signIn('luis');
    await luis.getByRole('button', { name: 'Colas' }).click();
    await luis.getByRole('button', { name: 'Segundo nivel' }).click();
    const row = luis.locator(`tr[data-reference="${reference}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('certificado de defunción');
    await luis.getByRole('button', { name: `Ver contexto de ${reference}` }).click();
    const context = luis.locator('section.context');
    await context.waitFor();
    expect(await context.textContent()).toContain('EXP-2026-000004');
    expect(await context.textContent()).toContain('Datos de los sistemas');
    expect(await luis.evaluate(() => document.activeElement?.id)).toBe('context-title');
    await audit(luis, 'queue-level-2-context');
    await shot(luis, 'queue-level-2-context');
    await context.getByRole('button', { name: `Atender ${reference}` }).click();
    await expectStep(luis, 'ExplainDocuments');
    expect(await luis.locator('.facts').textContent()).toContain('nivel 1 de 1');
    await answer(luis, { howToSend: 'office' });
    await luis.waitForSelector('section.script[data-status="done"]');
    expect(await luis.locator('.facts dd[data-state]').getAttribute('data-state')).toBe('resolved');
    await luis.context().close();
  }, 90_000);

  it('asks a reason before showing a protected person, and moves focus and works by keyboard alone', async () => {
    // given
    const carmen = '99000002K';
    const page = await signIn('ana');
    await page.getByLabel('DNI o NIE de la persona que llama (opcional)').fill(carmen);
    // when started by keyboard: Tab to the start button and press Enter
    await page.getByRole('button', { name: 'Iniciar «Certificado de prestaciones»' }).focus();
    await page.keyboard.press('Enter');
    // then a modal dialog asks the reason; given, the refused call is made again
    await page.getByRole('dialog').waitFor();
    await audit(page, 'reason-dialog');
    await shot(page, 'reason-dialog');
    await page.keyboard.type('Llamada de la titular');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('section.script[data-status="identify"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    await identify(page, carmen, 1, false);
    await expectStep(page, 'ChooseDelivery');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    // the step is answered with the keyboard alone: Tab into the radio group, Space to choose, Tab to the next field
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('delivery');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('purpose');
    await page.keyboard.type('Trámite en el banco');
    await next(page);
    await expectStep(page, 'InformSent');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    expect(await page.locator('.answers').textContent()).toContain('Trámite en el banco');
    await page.context().close();
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

// helpers
async function audit(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  audited.push(name);
  expect(violations, `axe on ${name}`).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/agent-console-${name}.png`, fullPage: true });
}
