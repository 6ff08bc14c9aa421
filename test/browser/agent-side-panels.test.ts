import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@cauce/channels/self-service/testing';
import { axeViolations } from './console/consoleAudit';
import { consoleDriver, type ConsoleDriver } from './console/consoleDriver';
import { citizenViewer, startConsoleStack, type ConsoleStack } from './console/consoleStack';

// What sits beside the agent's script, in a real Chromium against the whole stack on PGlite (consoleStack.ts: engine,
// session service, /api, connectors, simulated corporate systems; nothing stood in for), one stack for the file:
// - notes: a first-level agent saves notes during the script (POST /api/sessions/:id/notes), sees them listed,
//   escalates; the second level reads them in the queue's context and in the session it takes;
// - connector data ("Datos de los sistemas"): it reads in the agent's language with the procedure's own labels
//   (texts/<lang>.json `data`), never as variable keys.
// axe-core audits each screen. Screenshots: /tmp/agent-panels-*.png.

const LUCIA = '99000001C';
const EHIC = 'Solicitar la Tarjeta Sanitaria Europea';
/** What the health-card connectors complete with, as technical names and raw values: none of it may show. */
const RAW = [
  'ehic',
  'reason',
  'cardState',
  'canRequest',
  'affiliated',
  'fullName',
  'preferredLanguage',
  'bankAccountMasked',
  'protectedPerson',
  'Card state',
  'Can request',
];
const FIRST = 'Llama desde Ginebra; prefiere que le escriban por correo.';
const SECOND = 'Dice que la tarjeta anterior caducó en marzo.';
const ESCALATION = 'Revisar si el alta en afiliación está al día.';

let stack: ConsoleStack;
let browser: Browser;
let driver: ConsoleDriver;
const pageErrors: string[] = [];

beforeAll(async () => {
  stack = await startConsoleStack();
  browser = await launchChromium(chromium);
  driver = consoleDriver({ browser, stack, pageErrors });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('agent notes (Chromium, real engine and session service on PGlite)', () => {
  it('saves notes during the script, lists them, and the second level reads them in the queue context and the taken session', async () => {
    // given a first-level agent on the first step of a call, the caller identified
    const ana = await driver.signIn('ana');
    await driver.startScript(ana, EHIC, LUCIA);
    await driver.identify(ana, LUCIA, 1, false);
    await ana.waitForSelector('section.script[data-status="step"]');
    const reference = (await ana.locator('.facts .reference').textContent())!.trim();
    const list = ana.locator('#notes-list li');
    expect(await ana.locator('#notes-list').textContent()).toBe('Aún no hay notas en esta solicitud.');

    // when she types a note and saves it with Ctrl+Enter, then another with Tab to "Guardar nota" and Enter
    const field = ana.getByLabel('Nueva nota');
    await field.fill(FIRST);
    await field.press('Control+Enter');
    await expect.poll(() => list.count()).toBe(1);
    await field.fill(SECOND);
    await field.press('Tab');
    expect(await ana.evaluate(() => document.activeElement?.textContent)).toBe('Guardar nota');
    await ana.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(2);
    // then they are listed, oldest first, with author and role; the field is empty again; the step has not moved
    expect(await list.nth(0).locator('.note-text').textContent()).toBe(FIRST);
    expect(await list.nth(1).locator('.note-text').textContent()).toBe(SECOND);
    expect(await list.nth(0).locator('.note-meta').textContent()).toContain('ana (primer nivel)');
    expect(await field.inputValue()).toBe('');
    expect(await ana.getByRole('status').filter({ hasText: 'Nota guardada en la solicitud.' }).count()).toBe(1);
    expect(await ana.locator('section.script').getAttribute('data-status')).toBe('step');
    await audit(ana, 'session-with-notes');
    await shot(ana, 'session-with-notes');

    // when she escalates with a note of its own
    await ana.getByText('Escalar al segundo nivel', { exact: true }).click();
    await ana.getByLabel('Nota para el segundo nivel').fill(ESCALATION);
    await ana.getByRole('button', { name: 'Escalar', exact: true }).click();
    await expect.poll(() => ana.locator('.facts dd[data-state]').getAttribute('data-state')).toBe('escalated');
    // then the escalation note joins the saved ones
    await expect.poll(() => list.count()).toBe(3);
    await ana.context().close();

    // when the second level opens the queued request's context
    const luis = await driver.signIn('luis');
    await luis.getByRole('button', { name: 'Colas' }).click();
    await luis.getByRole('button', { name: 'Segundo nivel' }).click();
    await luis.locator(`tr[data-reference="${reference}"]`).waitFor();
    await luis.getByRole('button', { name: `Ver contexto de ${reference}` }).click();
    const context = luis.locator('section.context');
    await context.waitFor();
    // then every note is there before taking it
    const contextNotes = context.locator('#context-notes li .note-text');
    expect(await contextNotes.allTextContents()).toEqual([FIRST, SECOND, ESCALATION]);
    await audit(luis, 'queue-context-with-notes');
    await shot(luis, 'queue-context-with-notes');

    // when he takes it
    await context.getByRole('button', { name: `Atender ${reference}` }).click();
    await luis.waitForSelector('section.script[data-status="step"]');
    // then the notes are beside his script, and the citizen (from the view: he never typed it) opens the folder
    expect(await luis.locator('#notes-list li .note-text').allTextContents()).toEqual([FIRST, SECOND, ESCALATION]);
    expect(await luis.locator('#notes-list li .note-meta').nth(2).textContent()).toContain('ana (primer nivel)');
    expect(await luis.getByRole('button', { name: 'Carpeta de esta persona' }).count()).toBe(1);
    await audit(luis, 'taken-session-with-notes');
    await shot(luis, 'taken-session-with-notes');
    await luis.context().close();
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('shows the note a citizen left when asking for help to the agent who takes it, signed with the role alone', async () => {
    // given a citizen on the web, identified, who asks for help with a note (the self-service pages' way in)
    const citizen = citizenViewer('citizen:agent-notes');
    const started = await stack.service.start(citizen, {
      procedureId: 'european-health-card',
      channel: 'web',
      language: 'es',
    });
    await stack.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: await stack.protocolAnswers(
        LUCIA,
        started.identification.questions!.map((q) => q.id),
      ),
    });
    const helped = await stack.service.help(citizen, started.sessionId, 'No sé qué responder sobre el viaje');
    expect(helped.serviceRequest).not.toHaveProperty('notes');
    // when a first-level agent takes it by reference
    const ana = await driver.signIn('ana');
    await ana.getByLabel('Referencia (por ejemplo SR-7K4P-Q2)').fill(started.reference);
    await ana.getByRole('button', { name: 'Retomar', exact: true }).click();
    await ana.waitForSelector('section.script[data-status="step"]');
    // then the note is beside the script, without the citizen's browser id
    const note = ana.locator('#notes-list li');
    expect(await note.locator('.note-text').allTextContents()).toEqual(['No sé qué responder sobre el viaje']);
    expect(await note.locator('.note-meta').textContent()).toMatch(/· ciudadano o ciudadana$/);
    expect(await note.textContent()).not.toContain('citizen:');
    await audit(ana, 'resumed-with-citizen-note');
    await ana.context().close();
    expect(pageErrors).toEqual([]);
  }, 90_000);
});

describe('connector data beside the script (Chromium, real engine and session service on PGlite)', () => {
  it('shows the health-card data labeled in Spanish, then in Catalan after switching language, with no raw keys', async () => {
    // given a first-level agent on the first step of a call, the caller identified
    const ana = await driver.signIn('ana');
    await driver.startScript(ana, EHIC, LUCIA);
    await driver.identify(ana, LUCIA, 1, false);
    await ana.waitForSelector('section.script[data-status="step"]');
    const panel = ana.getByRole('region', { name: 'Datos de los sistemas' });

    // then the panel has the procedure's headings and label / text lines in Spanish
    expect(await panel.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Persona',
      'Derecho a la tarjeta',
    ]);
    expect(await line(panel, 'ehic.reason')).toEqual(['Motivo', 'persona afiliada a la Seguridad Social']);
    expect(await line(panel, 'ehic.cardState')).toEqual(['Tarjeta actual', 'no tiene']);
    expect(await line(panel, 'ehic.canRequest')).toEqual(['Puede pedir otra', 'Sí']);
    expect(await line(panel, 'citizen.address')).toEqual(['Domicilio', 'Calle Mayor, 12, 2º A, 28013 Madrid (Madrid)']);
    expect(await line(panel, 'citizen.preferredLanguage')).toEqual(['Idioma preferido', 'español']);
    await noRawKeys(panel);
    await audit(ana, 'data-es');
    await shot(ana, 'data-es');

    // when she switches the console to Catalan
    await ana.getByLabel('Idioma').selectOption('ca');
    const panelCa = ana.getByRole('region', { name: 'Dades dels sistemes' });
    // then the same data reads in Catalan
    await expect.poll(() => line(panelCa, 'ehic.reason')).toEqual(['Motiu', 'persona afiliada a la Seguretat Social']);
    expect(await panelCa.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Persona',
      'Dret a la targeta',
    ]);
    expect(await line(panelCa, 'ehic.canRequest')).toEqual(['Pot demanar-ne una altra', 'Sí']);
    expect(await line(panelCa, 'citizen.preferredLanguage')).toEqual(['Llengua preferida', 'castellà']);
    await noRawKeys(panelCa);
    await audit(ana, 'data-ca');
    await shot(ana, 'data-ca');
    await ana.context().close();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

// helpers
async function line(panel: ReturnType<Page['locator']>, path: string): Promise<string[]> {
  const row = panel.locator(`.data > div[data-path="${path}"]`);
  if (!(await row.count())) return [];
  return [(await row.locator('dt').textContent())!.trim(), (await row.locator('dd').textContent())!.trim()];
}

async function noRawKeys(panel: ReturnType<Page['locator']>): Promise<void> {
  const text = (await panel.textContent())!;
  for (const raw of RAW) expect(text, `raw "${raw}" in the panel`).not.toContain(raw);
}

async function audit(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe on ${name}`).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/agent-panels-${name}.png`, fullPage: true });
}
