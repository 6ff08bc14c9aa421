/**
 * Lighthouse scores of the self-service pages, part of `npm run bench:channels`: Lighthouse 13 (its Node API, a
 * user flow on a puppeteer page in Chromium) over the catalogue, a question page, the same page with its errors
 * (a POST answered with the page again: a navigation triggered by pressing Continue), check your answers and the
 * status page. The session is prepared by a JavaScript-off citizen in Playwright (identified, stopped at the first
 * question); its cookie is handed to the Lighthouse browser so the session pages are theirs. Lighthouse runs with
 * JavaScript on, mobile emulation and simulated throttling (its defaults).
 */
import { writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { citizen } from '../../self-service/test/browserKit';
import { doAsCitizen, scenarioOf } from '../../self-service/test/citizenDriver';
import type { startSelfServiceStack } from '../../self-service/test/selfServiceStack';
import { formatTable, lighthouseScore } from './benchStats';

/** The four categories scored. @internal */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's scores (0–1, null = not scored), its Lighthouse error if any, and the audits that did not pass. @internal */
export interface LighthousePage {
  page: string;
  url: string;
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number | null>;
  runtimeError?: string;
  /** ids of the audits in the four categories that scored below 1 (weighted ones only) */
  failing: string[];
  /** total byte weight as Lighthouse counts it (JavaScript on), bytes */
  totalBytes?: number;
}

type Stack = Awaited<ReturnType<typeof startSelfServiceStack>>;

/** Chromium's flags for Lighthouse (headless new, as the browser tests launch it otherwise). @internal */
export const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Runs the flow; throws when Lighthouse or its browser cannot start (the bench prints why and goes on).
 * @internal
 */
export async function measureLighthouse(
  stack: Stack,
  browser: Browser,
  opts: { reportPath?: string } = {},
): Promise<LighthousePage[]> {
  // given a citizen, identified, at the first question of the European health card
  const procedureId = 'european-health-card';
  const page = await citizen(browser);
  const walked = await doAsCitizen(page, {
    base: stack.base,
    simulatorsUrl: stack.simulatorsUrl,
    procedureId,
    scenario: scenarioOf(procedureId, 'card-requested-online'),
    language: 'es',
    visit: async () => undefined,
    stopAt: 'ConfirmRequest',
  });
  const cookies = await page.context().cookies();
  await page.context().close();
  const sessionUrl = walked.sessionUrl;

  const [{ startFlow }, { default: puppeteer }] = await Promise.all([import('lighthouse'), import('puppeteer-core')]);
  const chrome = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: LIGHTHOUSE_CHROME_FLAGS,
  });
  try {
    const tab = await chrome.newPage();
    await chrome.setCookie(
      ...cookies.map((c) => ({
        name: c.name,
        value: c.value,
        domain: c.domain,
        path: c.path,
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: c.sameSite,
      })),
    );
    // storage is not reset between pages: that would drop the session cookie
    const flow = await startFlow(tab, {
      name: 'self-service',
      config: { extends: 'lighthouse:default', settings: { onlyCategories: [...LIGHTHOUSE_CATEGORIES] } },
      flags: { disableStorageReset: true },
    });
    const steps: Array<{ page: string; url: string }> = [];
    const navigate = async (name: string, url: string) => {
      steps.push({ page: name, url });
      await flow.navigate(url, { name });
    };
    await navigate('catalogue', `${stack.base}/`);
    await navigate('question (ConfirmRequest)', sessionUrl);
    steps.push({ page: 'question with errors', url: `${sessionUrl}/respuesta (POST)` });
    await flow.navigate(
      async () => {
        await tab.click('form[action$="/respuesta"] button[type=submit]');
      },
      { name: 'question with errors' },
    );
    await navigate('check your answers', `${sessionUrl}/respuestas`);
    await navigate('status', `${stack.base}/estado?referencia=${encodeURIComponent(walked.reference)}`);
    const result = await flow.createFlowResult();
    if (opts.reportPath) await writeFile(opts.reportPath, await flow.generateReport());
    return result.steps.map((step, i) => {
      const lhr = step.lhr;
      const scores = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
      ) as LighthousePage['scores'];
      const failing = LIGHTHOUSE_CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter(
            (ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && lhr.audits[ref.id].score! < 1,
          )
          .map((ref) => ref.id + firstDetail(lhr.audits[ref.id])),
      );
      return {
        page: steps[i]?.page ?? step.name,
        url: lhr.finalDisplayedUrl,
        scores,
        runtimeError: lhr.runtimeError?.code,
        failing: [...new Set(failing)],
        totalBytes: lhr.audits['total-byte-weight']?.numericValue,
      };
    });
  } finally {
    await chrome.close();
  }
}

/** The scores as a table (0–100), then the audits that did not pass, per page. @internal */
export function lighthouseReport(pages: readonly LighthousePage[]): string {
  const rows = pages.map((p) => [
    p.page,
    ...LIGHTHOUSE_CATEGORIES.map((c) => lighthouseScore(p.scores[c])),
    p.totalBytes === undefined ? '–' : `${(p.totalBytes / 1024).toFixed(1)} KB`,
    p.runtimeError ?? '',
  ]);
  const notes = pages.filter((p) => p.failing.length).map((p) => `  ${p.page}: ${p.failing.join(', ')}`);
  return [
    formatTable(['page', ' performance', ' accessibility', ' best-practices', ' seo', ' bytes (JS on)', 'error'], rows),
    notes.length ? `audits below 1 (weighted):\n${notes.join('\n')}` : 'every weighted audit passed',
  ].join('\n');
}

// helpers
/** What a console-error or browser-issue audit found (up to three, shortened): the report says the rest. */
function firstDetail(audit: { id: string; details?: unknown }): string {
  if (audit.id !== 'errors-in-console' && audit.id !== 'inspector-issues') return '';
  const items = (audit.details as { items?: Array<Record<string, any>> } | undefined)?.items ?? [];
  const found = items.map((item) => {
    const where = item.sourceLocation?.url ?? item.subItems?.items?.[0]?.url ?? item.url ?? '';
    const text = String(item.issueType ?? item.description ?? '').replace(/\s+/g, ' ');
    const what =
      /status of (\d+)/.exec(text)?.[0].replace('status of', 'HTTP') ??
      (/Content Security Policy/i.test(text) ? 'blocked by CSP' : text.slice(0, 60));
    return `${what}${where ? ` ${new URL(where).pathname}` : ''}`;
  });
  return found.length ? ` (${[...new Set(found)].slice(0, 3).join('; ')})` : '';
}
