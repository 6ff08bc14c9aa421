import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../channels/agent-console/test/consoleAudit';
import { consoleDriver, type ConsoleDriver } from '../../channels/agent-console/test/consoleDriver';
import { launchChromium } from '../../channels/self-service/test/browserKit';
import { startConsoleStack, type ConsoleStack } from '../../channels/agent-console/test/consoleStack';

// The "Datos de los sistemas" panel in a real Chromium against the whole stack on PGlite (consoleStack.ts: engine,
// session service, /api, connectors, simulated corporate systems). The connector data reads in the agent's language
// with the procedure's own labels (texts/<lang>.json `data`), never as variable keys, and axe finds nothing.
// Screenshots: /tmp/agent-data-*.png.

const LUCIA = '99000001C';
/** What the health-card connectors complete with, as technical names and raw values: none of it may show. */
const RAW = ['ehic', 'reason', 'cardState', 'canRequest', 'affiliated', 'fullName', 'preferredLanguage', 'bankAccountMasked', 'protectedPerson', 'Card state', 'Can request'];

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

describe('connector data beside the script (Chromium, real engine and session service on PGlite)', () => {
  it('shows the health-card data labeled in Spanish, then in Catalan after switching language, with no raw keys', async () => {
    // given a first-level agent on the first step of a call, the caller identified
    const ana = await driver.signIn('ana');
    await ana.getByLabel('DNI o NIE de la persona que llama (opcional)').fill(LUCIA);
    await ana.getByRole('button', { name: 'Iniciar «Solicitar la Tarjeta Sanitaria Europea»' }).click();
    await driver.identify(ana, LUCIA, 1, false);
    await ana.waitForSelector('section.script[data-status="step"]');
    const panel = ana.getByRole('region', { name: 'Datos de los sistemas' });

    // then the panel has the procedure's headings and label / text lines in Spanish
    expect(await panel.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Persona', 'Derecho a la tarjeta']);
    expect(await line(panel, 'ehic.reason')).toEqual(['Motivo', 'persona afiliada a la Seguridad Social']);
    expect(await line(panel, 'ehic.cardState')).toEqual(['Tarjeta actual', 'no tiene']);
    expect(await line(panel, 'ehic.canRequest')).toEqual(['Puede pedir otra', 'Sí']);
    expect(await line(panel, 'citizen.address')).toEqual(['Domicilio', 'Calle Mayor, 12, 2º A, 28013 Madrid (Madrid)']);
    expect(await line(panel, 'citizen.preferredLanguage')).toEqual(['Idioma preferido', 'español']);
    await noRawKeys(panel);
    await audit(ana, 'es');
    await shot(ana, 'es');

    // when she switches the console to Catalan
    await ana.getByLabel('Idioma').selectOption('ca');
    const panelCa = ana.getByRole('region', { name: 'Dades dels sistemes' });
    // then the same data reads in Catalan
    await expect.poll(() => line(panelCa, 'ehic.reason')).toEqual(['Motiu', 'persona afiliada a la Seguretat Social']);
    expect(await panelCa.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Persona', 'Dret a la targeta']);
    expect(await line(panelCa, 'ehic.canRequest')).toEqual(['Pot demanar-ne una altra', 'Sí']);
    expect(await line(panelCa, 'citizen.preferredLanguage')).toEqual(['Llengua preferida', 'castellà']);
    await noRawKeys(panelCa);
    await audit(ana, 'ca');
    await shot(ana, 'ca');
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
  await page.screenshot({ path: `/tmp/agent-data-${name}.png`, fullPage: true });
}
