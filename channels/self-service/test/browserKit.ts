import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// the test files pass `chromium` in; only types are read from playwright-core
import type { Browser, BrowserType, Page, Response } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule tags axe runs. @internal */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Chromium as the tests launch it (one per test file). @internal */
export function launchChromium(chromium: BrowserType): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A new citizen: their own browser context (own cookies), JavaScript off. @internal */
export async function citizen(browser: Browser, opts: { width?: number; height?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: opts.width ?? 1024, height: opts.height ?? 900 },
    locale: 'es-ES',
  });
  const page = await context.newPage();
  trackDocuments(page);
  return page;
}

/** The HTML documents a page has received, read as they arrive (a body is gone once the page moves on). @internal */
export function trackDocuments(page: Page): Array<{ url: string; body: Promise<string> }> {
  const documents: Array<{ url: string; body: Promise<string> }> = [];
  page.on('response', (r: Response) => {
    if (r.request().resourceType() === 'document' && r.status() !== 303)
      documents.push({ url: r.url(), body: r.text().catch(() => '') });
  });
  (page as Page & { documents?: typeof documents }).documents = documents;
  return documents;
}

/** The bodies of the documents a page received so far (see trackDocuments). @internal */
export function documentBodies(page: Page): Promise<string[]> {
  return Promise.all(
    ((page as Page & { documents?: Array<{ body: Promise<string> }> }).documents ?? []).map((d) => d.body),
  );
}

/** One page as audited: where, its weight, what axe found and what the extra checks found. @internal */
export interface PageAudit {
  url: string;
  title: string;
  lang: string;
  htmlBytes: number;
  cssBytes: number;
  violations: Array<{ id: string; impact: string | null; help: string; targets: string[] }>;
  problems: string[];
}

/**
 * Waits for a page that no longer refreshes itself: the working page's `meta refresh` (delay 0, long-polled by
 * the server) moves on by itself without JavaScript; this follows it until a page without one is shown.
 * @internal
 */
export async function settle(page: Page, timeoutMs = 45_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  await page.waitForLoadState('load');
  while ((await page.locator('meta[http-equiv="refresh"]').count()) > 0) {
    if (Date.now() > until) throw new Error(`still working at ${page.url()}`);
    const before = page.url();
    await page.waitForURL((u) => u.href !== before, { timeout: 20_000 }).catch(() => undefined);
    await page.waitForLoadState('load');
  }
}

/**
 * Audits the page shown: axe-core with the WCAG 2.2 AA tags (run with JavaScript off: Chromium runs no timers
 * then, so the audit's setTimeout goes through microtasks), plus what axe does not check — every radio and
 * checkbox inside a fieldset with a legend, every error summary link pointing at an element that exists, every
 * field with an error message marked `aria-invalid` and described by it, every aria-describedby id present, one
 * h1, every POST form carrying the CSRF token, `lang` as expected — and the page's weight (HTML as sent plus the
 * stylesheet).
 * @internal
 */
export async function audit(page: Page, expectLang?: string): Promise<PageAudit> {
  const documents = (page as Page & { documents?: Array<{ body: Promise<string> }> }).documents ?? [];
  const last = documents[documents.length - 1];
  const htmlBytes = Buffer.byteLength(last ? await last.body : await page.content());
  const stylesheet = page.locator('link[rel="stylesheet"]');
  const cssHref = (await stylesheet.count()) ? await stylesheet.first().getAttribute('href') : null;
  const cssBytes = cssHref ? (await (await page.request.get(new URL(cssHref, page.url()).href)).body()).byteLength : 0;
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    if (w.__axeShim) return;
    const later = (fn: (...a: unknown[]) => void, _ms?: number, ...args: unknown[]) => {
      Promise.resolve().then(() => fn(...args));
      return 0;
    };
    w.setTimeout = later;
    w.clearTimeout = () => undefined;
    w.requestAnimationFrame = (fn: (t: number) => void) => later(() => fn(0));
    w.__axeShim = true;
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
  const facts = await page.evaluate(() => {
    const problems: string[] = [];
    for (const input of Array.from(document.querySelectorAll('input[type=radio], input[type=checkbox]'))) {
      const fieldset = input.closest('fieldset');
      const legend = fieldset?.querySelector(':scope > legend');
      if (!fieldset || !legend || !legend.textContent?.trim())
        problems.push(`choice '${(input as HTMLInputElement).name}' is not in a fieldset with a legend`);
    }
    for (const a of Array.from(document.querySelectorAll('.error-summary a'))) {
      const id = decodeURIComponent((a.getAttribute('href') ?? '').replace(/^#/, ''));
      const target = document.getElementById(id);
      if (!target || !target.matches('input, select, textarea'))
        problems.push(`error summary link '#${id}' does not point at a field`);
    }
    if (document.querySelector('.error-message') && !document.querySelector('.error-summary[role=alert]'))
      problems.push('errors shown without an error summary (role=alert)');
    for (const message of Array.from(document.querySelectorAll('.error-message'))) {
      const group = message.closest('.form-group');
      const own = Array.from(group?.querySelectorAll('input:not([type=hidden]), select, textarea') ?? []).filter(
        (c) => c.closest('.form-group') === group,
      );
      for (const control of own)
        if (control.getAttribute('aria-invalid') !== 'true')
          problems.push(`field '${(control as HTMLInputElement).name}' has an error but no aria-invalid`);
      const described =
        group?.querySelector('[aria-describedby]')?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
      if (!described.includes(message.id))
        problems.push(`error message '${message.id}' is not referenced by aria-describedby`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-invalid="true"]'))) {
      if (!el.closest('.form-group-error'))
        problems.push(`'${(el as HTMLInputElement).name}' is aria-invalid without an error message`);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-describedby]'))) {
      for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/))
        if (!document.getElementById(id)) problems.push(`aria-describedby '${id}' does not exist`);
    }
    if (document.querySelectorAll('h1').length !== 1)
      problems.push(`${document.querySelectorAll('h1').length} h1 elements`);
    for (const form of Array.from(document.querySelectorAll('form[method=post]'))) {
      const token = form.querySelector('input[type=hidden][name=_csrf]') as HTMLInputElement | null;
      if (!token?.value) problems.push(`form ${form.getAttribute('action')} has no CSRF token`);
    }
    return { problems, lang: document.documentElement.lang, title: document.title };
  });
  if (expectLang && facts.lang !== expectLang) facts.problems.push(`lang is '${facts.lang}', expected '${expectLang}'`);
  if (htmlBytes + cssBytes >= 50 * 1024) facts.problems.push(`page weighs ${htmlBytes + cssBytes} bytes`);
  return {
    url: page.url(),
    title: facts.title,
    lang: facts.lang,
    htmlBytes,
    cssBytes,
    violations,
    problems: facts.problems,
  };
}

/** Whether a page scrolls sideways (WCAG 1.4.10 reflow; run at 320 CSS px, the same as 1280 px at 400%). @internal */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
