/**
 * The arithmetic of the channels bench, kept pure so a test can check it (benchStats.test.ts): latency
 * percentiles, the page-weight budget, Lighthouse scores as 0–100, and the fixed-width tables it prints.
 */

/** Latency figures of one series of calls, in ms; `perSecond` is calls per second of wall time. @internal */
export interface LatencySummary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  perSecond: number;
}

/**
 * Nearest-rank percentile (the smallest value with at least p % of the values at or below it): no interpolation,
 * so every figure printed is a latency that was really measured. p in (0, 100].
 * @internal
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * p50/p90/p99/max of some latencies, and the throughput over `wallMs` (the time the whole series took: for
 * concurrent calls less than their sum). @internal
 */
export function summarizeLatencies(valuesMs: readonly number[], wallMs: number): LatencySummary {
  const sorted = [...valuesMs].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
    perSecond: wallMs > 0 ? (sorted.length * 1000) / wallMs : Number.NaN,
  };
}

/** The budget of a self-service page: everything it may load, first visit, uncached. @internal */
export const PAGE_BUDGET_BYTES = 50 * 1024;

/** Whether a page is within budget, and how much of it it uses (0.5 = half). Under, not at: < 50 KB. @internal */
export function checkBudget(bytes: number, budget = PAGE_BUDGET_BYTES): { within: boolean; share: number } {
  return { within: bytes < budget, share: bytes / budget };
}

/** A Lighthouse category score (0–1, or null when the category could not be scored) as 0–100 or '–'. @internal */
export function lighthouseScore(score: number | null | undefined): string {
  return typeof score === 'number' ? String(Math.round(score * 100)) : '–';
}

/** Bytes as `12.3 KB` (1 KB = 1024 bytes), or as bytes below 1 KB. @internal */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * A plain-text table: a header row, a rule, then the rows, each column as wide as its widest cell. Columns whose
 * header starts with a space are right-aligned (numbers). @internal
 */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.trim().length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (header[i].startsWith(' ') ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header.map((h) => h.trim())), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
