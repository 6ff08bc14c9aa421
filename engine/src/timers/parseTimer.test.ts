import { describe, expect, it } from 'vitest';
import { durationMs, parseTimer } from './parseTimer';

describe('parseTimer', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('reads durations, dates and cycles', () => {
    expect(durationMs('PT1M30S')).toBe(90_000);
    expect(durationMs('P1DT1H')).toBe(25 * 3600_000);
    expect(parseTimer('duration', 'PT5S', now)).toEqual({ ok: true, dueAt: new Date('2026-01-01T00:00:05Z') });
    expect(parseTimer('date', '2026-02-01T00:00:00Z', now)).toEqual({
      ok: true,
      dueAt: new Date('2026-02-01T00:00:00Z'),
    });
    expect(parseTimer('cycle', 'R3/PT10S', now)).toEqual({
      ok: true,
      dueAt: new Date('2026-01-01T00:00:10Z'),
      repeat: 'R2/PT10S',
    });
    expect(parseTimer('cycle', 'R1/PT10S', now)).toEqual({
      ok: true,
      dueAt: new Date('2026-01-01T00:00:10Z'),
      repeat: undefined,
    });
  });
  it('refuses what it cannot read', () => {
    expect(parseTimer('duration', 'five minutes', now).ok).toBe(false);
    expect(parseTimer('cycle', '0 0 * * *', now).ok).toBe(false);
    expect(durationMs('PT')).toBeUndefined();
  });
});
