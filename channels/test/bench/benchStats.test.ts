import { describe, expect, it } from 'vitest';
import { checkBudget, formatBytes, formatTable, lighthouseScore, percentile, summarizeLatencies } from './benchStats';

describe('the channels bench arithmetic', () => {
  it('takes nearest-rank percentiles of measured values', () => {
    // given 1..100 ms, shuffled
    const values = Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) + 1);
    // when
    const s = summarizeLatencies(values, 2000);
    // then
    expect([s.n, s.p50, s.p90, s.p99, s.max]).toEqual([100, 50, 90, 99, 100]);
    expect(s.perSecond).toBe(50);
  });

  it('gives the worst value as p99 of a small series, and nothing for none', () => {
    // given
    const few = [5, 1, 3];
    // when / then
    expect(percentile([1, 3, 5], 50)).toBe(3);
    expect(summarizeLatencies(few, 0)).toMatchObject({ p50: 3, p99: 5, max: 5 });
    expect(summarizeLatencies(few, 0).perSecond).toBeNaN();
    expect(summarizeLatencies([], 10).p50).toBeNaN();
  });

  it('keeps a page under 50 KB, not at it', () => {
    // when / then
    expect(checkBudget(50 * 1024 - 1).within).toBe(true);
    expect(checkBudget(50 * 1024).within).toBe(false);
    expect(checkBudget(25 * 1024).share).toBe(0.5);
  });

  it('prints scores, bytes and tables', () => {
    // when / then
    expect([lighthouseScore(0.934), lighthouseScore(1), lighthouseScore(null)]).toEqual(['93', '100', '–']);
    expect([formatBytes(800), formatBytes(2048)]).toEqual(['800 B', '2.0 KB']);
    expect(
      formatTable(
        ['page', ' KB'],
        [
          ['catalogue', '3.1'],
          ['x', '12.0'],
        ],
      ).split('\n'),
    ).toEqual(['page         KB', '---------  ----', 'catalogue   3.1', 'x          12.0']);
  });
});
