import { parseArgs } from 'node:util';

/** Command-line options of engine.bench.ts (see README.md). @internal */
export interface BenchOptions {
  n: number;
  warmup: number;
  concurrency: number;
  rssN: number;
  url: string;
  only: Set<string>;
  sweep: number[];
  profile: boolean;
}

export const VARIANTS = [
  'cauce-pglite',
  'cauce-pg',
  'cauce-http-pglite',
  'cauce-http-pg',
  'bpmn-engine',
  'rss',
] as const;

/** Chosen by measurement (README.md, "Concurrency"): 12 in flight gave the best cauce-pg figure. */
export const DEFAULT_CONCURRENCY = 12;

export function benchOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', default: '2000' },
      warmup: { type: 'string' },
      concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
      'rss-n': { type: 'string', default: '50000' },
      url: { type: 'string' },
      only: { type: 'string' },
      sweep: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const n = positive('n', values.n!);
  const only = new Set(values.only ? values.only.split(',').map((s) => s.trim()) : VARIANTS);
  for (const v of only)
    if (!(VARIANTS as readonly string[]).includes(v))
      throw new Error(`--only: unknown variant '${v}' (${VARIANTS.join(', ')})`);
  return {
    n,
    warmup: values.warmup === undefined ? Math.min(200, Math.ceil(n / 10)) : Number(values.warmup),
    concurrency: positive('concurrency', values.concurrency!),
    rssN: Number(values['rss-n']),
    url: values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    only,
    sweep: values.sweep ? values.sweep.split(',').map((s) => positive('sweep', s)) : [],
    profile: values.profile!,
  };
}

// helpers
function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number >= 1, got '${text}'`);
  return value;
}
