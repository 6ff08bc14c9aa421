import { expect } from 'vitest';
// the tests pass the browser in; only types are read from playwright-core
import type { Browser, Page } from 'playwright-core';
import type { Language } from '@cauce/schemas';
import { translate, type MessageKey } from '@cauce/agent-console/i18n';
import type { ConsoleStack } from './consoleStack';

/** What the console driver needs and what it reports. @internal */
export interface ConsoleDriverOptions {
  browser: Browser;
  stack: Pick<ConsoleStack, 'address' | 'protocolAnswers' | 'lastOtp'>;
  /** called on screens worth a look (identification, one-time code, revising): a test audits or photographs them */
  checkpoint?: (page: Page, name: string) => Promise<void>;
  /** each script move's duration (Alt+N to the next view shown, connectors included) */
  onMove?: (ms: number) => void;
  /** receives the errors the pages throw or log */
  pageErrors?: string[];
}

/**
 * Test support: an agent working the console in Chromium, by keyboard and labels as a person would — sign in,
 * switch the console's language (the session's language), start a procedure, answer the identification
 * (protocol answers read from the affiliation simulator, then a one-time code read from the SMS or email
 * outbox), fill steps by field path and press Alt+N, go back with Alt+B.
 * @internal
 */
export function consoleDriver(opts: ConsoleDriverOptions) {
  const { browser, stack } = opts;
  const languages = new WeakMap<Page, Language>();
  const checkpoint = (page: Page, name: string) => opts.checkpoint?.(page, name) ?? Promise.resolve();
  const t = (page: Page, key: MessageKey, vars: Record<string, string> = {}) =>
    translate(languages.get(page) ?? 'es', key, vars);

  const driver = {
    /** A fresh browser context (es-ES, 1440×1000) whose page errors go to `pageErrors`. */
    async newPage(): Promise<Page> {
      const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => opts.pageErrors?.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().includes('Failed to load resource')) opts.pageErrors?.push(m.text());
      });
      return page;
    },

    /** Signs a demo user in (password `cauce`) and waits for the catalogue; then switches to `language` if not es. */
    async signIn(user: 'ana' | 'luis', language: Language = 'es'): Promise<Page> {
      const page = await driver.newPage();
      await page.goto(`${stack.address}/agente/`);
      await page.getByLabel('Usuario').fill(user);
      await page.getByLabel('Contraseña').fill('cauce');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Catálogo de procedimientos' }).waitFor();
      await page.locator('.procedures li').first().waitFor();
      if (language !== 'es') {
        await page.getByLabel('Idioma').selectOption(language);
        languages.set(page, language);
        await page.getByRole('heading', { name: t(page, 'catalogue.title') }).waitFor();
        await page.locator('.procedures li').first().waitFor();
      }
      return page;
    },

    /** Starts the procedure titled `title` (in the console's language) for the caller's DNI, if given. */
    async startScript(page: Page, title: string, citizenId?: string): Promise<void> {
      if (citizenId) await page.getByLabel(t(page, 'catalogue.citizen')).fill(citizenId);
      await page.getByRole('button', { name: t(page, 'catalogue.startLabel', { title }) }).click();
      await page.waitForSelector('section.script[data-ticket]');
    },

    /** Answers the identification the view asks: the protocol questions, then (level 2) a one-time code by SMS (or email). */
    async identify(page: Page, citizenId: string, level: number, check: boolean): Promise<void> {
      await page.waitForSelector('section.script[data-status="identify"]');
      if (check) await checkpoint(page, 'identify-protocol');
      const names = await page.$$eval('section.script form[data-primary] input', (els) =>
        els.map((e) => (e as HTMLInputElement).name),
      );
      const answers = await stack.protocolAnswers(citizenId, names);
      for (const [name, value] of Object.entries(answers)) await page.locator(`input[name="${name}"]`).fill(value);
      await driver.next(page);
      if (level < 2) return;
      const bySms = page.getByRole('button', { name: t(page, 'identify.sendSms') });
      await ((await bySms.count()) ? bySms : page.getByRole('button', { name: t(page, 'identify.sendEmail') })).click();
      await page.getByLabel(t(page, 'identify.code')).waitFor();
      await checkpoint(page, 'identify-otp');
      await page.getByLabel(t(page, 'identify.code')).fill(await stack.lastOtp(citizenId));
      await driver.next(page);
    },

    /** Waits until the script shows step `stepId`. */
    async expectStep(page: Page, stepId: string): Promise<void> {
      await page.waitForSelector(`section.script[data-status="step"][data-step="${stepId}"]`, { timeout: 20_000 });
    },

    /** Fills a step's answers by field path (radios and selects by value) and presses Alt+N. */
    async answer(page: Page, answers: Record<string, unknown>): Promise<void> {
      for (const [path, value] of flatten(answers)) {
        const input = page.locator(`#step-form [name="${path}"]`).first();
        const kind = await input.evaluate((el) =>
          el.tagName === 'INPUT' ? (el as HTMLInputElement).type : el.tagName.toLowerCase(),
        );
        if (kind === 'radio' || kind === 'checkbox')
          await page.locator(`#step-form [name="${path}"][value="${String(value)}"]`).check();
        else if (kind === 'select') await input.selectOption(String(value));
        else await input.fill(String(value));
      }
      await driver.next(page);
    },

    /** Alt+N, then waits until the console shows the next view (connectors included): one script move, timed. */
    async next(page: Page): Promise<void> {
      const ticket = await page.locator('section.script').getAttribute('data-ticket');
      const started = Date.now();
      await page.keyboard.press('Alt+N');
      await page.waitForSelector(`section.script:not([data-ticket="${ticket}"]):not([data-status="working"])`, {
        timeout: 20_000,
      });
      opts.onMove?.(Date.now() - started);
    },

    /** Alt+B to the last changeable step (shown with its answers), Alt+N to come back unchanged. */
    async goBackAndReturn(page: Page, stepId: string): Promise<void> {
      const ticket = await page.locator('section.script').getAttribute('data-ticket');
      await page.keyboard.press('Alt+B');
      await page.waitForSelector(`section.script[data-revising="true"]:not([data-ticket="${ticket}"])`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
      await checkpoint(page, 'revising');
      await driver.next(page);
      await driver.expectStep(page, stepId);
    },
  };
  return driver;
}

/** The console driver's functions. @internal */
export type ConsoleDriver = ReturnType<typeof consoleDriver>;

// helpers
function flatten(obj: Record<string, unknown>, prefix = ''): Array<[string, unknown]> {
  return Object.entries(obj).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? flatten(v as Record<string, unknown>, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}
