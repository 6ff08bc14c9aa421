/**
 * `npm run bench:channels` (not in `npm test`): the channels figures of issue #4, in one run —
 *   1. step-submit latency p50/p90/p99/max and submits/s, 1 session and N at once, on PGlite and (DATABASE_URL)
 *      PostgreSQL side by side, with how many submits answered 'working' (submitLatency.ts);
 *   2. self-service page weight per page, HTML/CSS/transfer, against the 50 KB budget (pageWeight.ts);
 *   3. Lighthouse performance/accessibility/best-practices/SEO of five pages (lighthouseScores.ts).
 * Options: --sessions 50 --one-at-a-time 20 --connectors real|in-process --settle-ms 1500
 *          --only latency,weight,lighthouse --lighthouse-report flow.html. See README.md beside this file.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { databasesUnderTest } from '@cauce/engine';
import { chromium } from 'playwright-core';
import { launchChromium } from '../../self-service/test/browserKit';
import { startSelfServiceStack } from '../../self-service/test/selfServiceStack';
import { checkBudget } from './benchStats';
import { lighthouseReport, measureLighthouse, type LighthousePage } from './lighthouseScores';
import { measurePageWeights, pageWeightReport, type PageWeight } from './pageWeight';
import { latencyTable, measureSubmitLatency, type LatencyConnectors, type LatencyRun } from './submitLatency';

const PARTS = ['latency', 'weight', 'lighthouse'] as const;
const { values: args } = parseArgs({
  options: {
    sessions: { type: 'string', default: '50' },
    'one-at-a-time': { type: 'string', default: '20' },
    connectors: { type: 'string', default: 'real' },
    'settle-ms': { type: 'string', default: '1500' },
    only: { type: 'string', default: PARTS.join(',') },
    'lighthouse-report': { type: 'string' },
  },
});
const only = new Set(args.only!.split(',').map((p) => p.trim()));
const unknown = [...only].filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length || !['real', 'in-process'].includes(args.connectors!)) {
  console.error(
    `usage: npm run bench:channels -- [--sessions 50] [--one-at-a-time 20] [--connectors real|in-process] [--settle-ms 1500] [--only ${PARTS.join(',')}] [--lighthouse-report flow.html]`,
  );
  process.exit(2);
}

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
const heading = (title: string) => console.log(`\n== ${title} (${load()})`);
console.log(
  `channels bench — ${new Date().toISOString()}; Node ${process.version}; ${cpus().length} CPUs; ${chromiumVersion()}`,
);
console.log(
  `databases: ${databasesUnderTest()
    .map((d) => d.name)
    .join(', ')}${process.env.DATABASE_URL ? '' : ' (set DATABASE_URL to add PostgreSQL)'}`,
);

let latency: LatencyRun[] = [];
let weights: PageWeight[] = [];
let scores: LighthousePage[] = [];

if (only.has('latency')) {
  const sessions = Number(args.sessions);
  heading(
    `step-submit latency, ms: 1 session × ${args['one-at-a-time']}, then ${sessions} sessions at once; connectors ${args.connectors}`,
  );
  for (const database of databasesUnderTest()) {
    const run = await measureSubmitLatency({
      database,
      sessions,
      oneAtATime: Number(args['one-at-a-time']),
      connectors: args.connectors as LatencyConnectors,
      settleMs: Number(args['settle-ms']),
    });
    latency.push(run);
    console.log(`  ${database.name} done (${load()})`);
  }
  console.log(latencyTable(latency));
  console.log(
    `'working' = the submit came back before the next step was there (connectors slower than settleMs=${args['settle-ms']}); its latency is then settleMs plus the wait for its turn at the database.`,
  );
}

if (only.has('weight') || only.has('lighthouse')) {
  const [stack, browser] = await Promise.all([startSelfServiceStack({ connectors: 'real' }), launchChromium(chromium)]);
  try {
    // Lighthouse first: its citizen stops before the card is requested; the weight walk then requests it
    if (only.has('lighthouse')) {
      heading('Lighthouse 13 (mobile, simulated throttling, JavaScript on)');
      try {
        scores = await measureLighthouse(stack, browser, { reportPath: args['lighthouse-report'] });
        if (args['lighthouse-report']) console.log(`Lighthouse flow report (HTML): ${args['lighthouse-report']}`);
        console.log(lighthouseReport(scores));
      } catch (error) {
        console.log(`Lighthouse could not run: ${(error as Error).message.split('\n')[0]}`);
        console.log(
          `(Chromium: ${process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}.) The other figures stand.`,
        );
      }
    }
    if (only.has('weight')) {
      heading('self-service page weight (first visit, uncached; JavaScript off)');
      weights = await measurePageWeights(stack, browser);
      console.log(pageWeightReport(weights));
    }
  } finally {
    await browser.close();
    await stack.close();
  }
}

// one line to compare runs
const summary: string[] = [];
for (const run of latency) {
  const many = run.series[run.series.length - 2];
  summary.push(
    `submit-${run.database}-${many.summary.n}-p50=${many.summary.p50.toFixed(0)}ms p99=${many.summary.p99.toFixed(0)}ms working=${many.working}`,
  );
}
if (weights.length) {
  const heaviest = Math.max(...weights.map((w) => w.htmlBytes + w.cssBytes));
  summary.push(
    `pages=${weights.length} heaviest=${(heaviest / 1024).toFixed(1)}KB budget=${weights.every((w) => checkBudget(w.htmlBytes + w.cssBytes).within) ? 'ok' : 'OVER'}`,
  );
}
if (scores.length) {
  const min = (c: keyof LighthousePage['scores']) =>
    Math.min(...scores.map((s) => Math.round((s.scores[c] ?? 0) * 100)));
  summary.push(
    `lighthouse-min perf=${min('performance')} a11y=${min('accessibility')} bp=${min('best-practices')} seo=${min('seo')}`,
  );
}
console.log(`\nchannels-bench ${summary.join(' | ')} (${load()})`);
// a script: do not wait for keep-alive sockets of the simulators and clients
process.exit(0);

// helpers
function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'no Chromium found';
  }
}
