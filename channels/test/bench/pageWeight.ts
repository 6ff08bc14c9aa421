/**
 * Self-service page weight, part of `npm run bench:channels`: every sample procedure done end to end by a
 * citizen in Chromium with JavaScript off (the browser tests' runs: citizenDriver), every page it sees weighed
 * as the browser received it — the HTML document, its stylesheets, the bytes on the wire — plus the check-your-
 * answers page with the most answers and the status page of the request.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { citizen } from '../../self-service/test/browserKit';
import { doAsCitizen, finishAsAgent, pageName, scenarioOf, WEB_RUNS } from '../../self-service/test/citizenDriver';
import type { startSelfServiceStack } from '../../self-service/test/selfServiceStack';
import { checkBudget, formatBytes, formatTable, PAGE_BUDGET_BYTES } from './benchStats';

/** One page as the browser received it. Bytes are decoded sizes; `transferBytes` = headers + body on the wire. @internal */
export interface PageWeight {
  procedureId: string;
  page: string;
  htmlBytes: number;
  cssBytes: number;
  /** document + stylesheets, first visit (stylesheets are cached a year after it) */
  transferBytes: number;
  /** the document's Content-Encoding ('identity' when not compressed) */
  encoding: string;
  /** what gzip would make of the HTML (level 6), to show what compression would save */
  gzipHtmlBytes: number;
}

type Stack = Awaited<ReturnType<typeof startSelfServiceStack>>;

/** Walks every run and weighs each page seen. @internal */
export async function measurePageWeights(stack: Stack, browser: Browser): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const run of WEB_RUNS) {
    const scenario = scenarioOf(run.procedureId, run.scenario);
    stack.scenario?.use(scenario);
    const page = await citizen(browser);
    const scale = new Scale(page);
    let checkAnswers: PageWeight | undefined;
    const seen = new Map<string, number>();
    const visit = async (label: string) => {
      // a page shown again (the second identification page, a step after a correction) gets its number
      seen.set(label, (seen.get(label) ?? 0) + 1);
      const shown = seen.get(label)! > 1 ? `${label} (${seen.get(label)})` : label;
      weights.push({ procedureId: run.procedureId, ...(await scale.weigh(shown)) });
      if ((await pageName(page)) !== 'step' || label.endsWith('with errors')) return;
      // the check-your-answers page as it stands now, in a second tab of the same browser (same cookies)
      const side = await page.context().newPage();
      const sideScale = new Scale(side, scale);
      await side.goto(
        `${page
          .url()
          .split('?')[0]
          .replace(/\/(respuesta|identificacion)$/, '')}/respuestas`,
      );
      if ((await pageName(side)) === 'check-answers')
        checkAnswers = { procedureId: run.procedureId, ...(await sideScale.weigh('check answers')) };
      await side.close();
    };
    const done = await doAsCitizen(page, {
      base: stack.base,
      simulatorsUrl: stack.simulatorsUrl,
      procedureId: run.procedureId,
      scenario,
      language: run.language,
      visit,
      tryEmptyFirst: true,
    });
    if (checkAnswers) weights.push(checkAnswers);
    if (done.ended === 'handed-off') await finishAsAgent(stack.sessions, done.reference, done.agentSteps);
    await page.goto(`${stack.base}/estado?referencia=${encodeURIComponent(done.reference)}`);
    await visit('status');
    await page.context().close();
  }
  return weights;
}

/** The weights as a table with the budget column, and a closing line. @internal */
export function pageWeightReport(weights: readonly PageWeight[]): string {
  const rows = weights.map((w) => {
    const total = w.htmlBytes + w.cssBytes;
    const budget = checkBudget(total);
    return [
      w.procedureId,
      w.page,
      formatBytes(w.htmlBytes),
      formatBytes(w.cssBytes),
      formatBytes(total),
      formatBytes(w.transferBytes),
      w.encoding,
      formatBytes(w.gzipHtmlBytes),
      `${budget.within ? 'ok' : 'OVER'} ${(budget.share * 100).toFixed(0)}%`,
    ];
  });
  const totals = weights.map((w) => w.htmlBytes + w.cssBytes);
  const over = weights.filter((w) => !checkBudget(w.htmlBytes + w.cssBytes).within);
  const heaviest = weights[totals.indexOf(Math.max(...totals))];
  return [
    formatTable(
      [
        'procedure',
        'page',
        ' HTML',
        ' CSS',
        ' HTML+CSS',
        ' transfer',
        'encoding',
        ' HTML gzip',
        ` budget ${formatBytes(PAGE_BUDGET_BYTES)}`,
      ],
      rows,
    ),
    `${weights.length} pages; heaviest ${formatBytes(Math.max(...totals))} (${heaviest?.procedureId} ${heaviest?.page}); ` +
      (over.length
        ? `OVER BUDGET: ${over.map((w) => `${w.procedureId} ${w.page}`).join(', ')}`
        : `every page under ${formatBytes(PAGE_BUDGET_BYTES)}`),
  ].join('\n');
}

// helpers
/**
 * Weighs what a page received: its last HTML document (a 303 is not a page) and its stylesheets. A stylesheet
 * is on the wire once (then cached), so its first sighting is remembered, shared by the tabs of one walk.
 */
class Scale {
  private lastDocument: Response | undefined;
  private readonly assets: Map<string, Promise<{ bytes: number; transfer: number }>>;

  constructor(
    private readonly page: Page,
    shareWith?: Scale,
  ) {
    this.assets = shareWith?.assets ?? new Map();
    page.on('response', (r: Response) => {
      const type = r.request().resourceType();
      if (type === 'document' && r.status() !== 303) this.lastDocument = r;
      if (type === 'stylesheet' && r.status() === 200 && !this.assets.has(r.url()))
        this.assets.set(r.url(), onTheWire(r));
    });
  }

  async weigh(label: string): Promise<Omit<PageWeight, 'procedureId'>> {
    const document = this.lastDocument;
    if (!document) throw new Error(`no document received before '${label}'`);
    const html = await document.body();
    const sizes = await document.request().sizes();
    let cssBytes = 0;
    let cssTransfer = 0;
    for (const href of await this.page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))) {
      if (!this.assets.has(href)) this.assets.set(href, fetchedAgain(this.page, href));
      const asset = await this.assets.get(href)!;
      cssBytes += asset.bytes;
      cssTransfer += asset.transfer;
    }
    return {
      page: label,
      htmlBytes: html.byteLength,
      cssBytes,
      transferBytes: sizes.responseHeadersSize + sizes.responseBodySize + cssTransfer,
      encoding: document.headers()['content-encoding'] ?? 'identity',
      gzipHtmlBytes: gzipSync(html).byteLength,
    };
  }
}

async function onTheWire(r: Response): Promise<{ bytes: number; transfer: number }> {
  const [body, sizes] = await Promise.all([r.body(), r.request().sizes()]);
  return { bytes: body.byteLength, transfer: sizes.responseHeadersSize + sizes.responseBodySize };
}

/** A stylesheet the browser took from its cache without a response event: fetched once more, headers estimated. */
async function fetchedAgain(page: Page, href: string): Promise<{ bytes: number; transfer: number }> {
  const response = await page.request.get(href);
  const bytes = (await response.body()).byteLength;
  return {
    bytes,
    transfer: bytes + response.headersArray().reduce((n, h) => n + h.name.length + h.value.length + 4, 0),
  };
}
