/**
 * ISO 8601 timers as BPMN uses them: a duration (PT5M), a date (2026-12-01T10:00:00Z) or a
 * repeating cycle (R3/PT10S, R/PT1H, R2/2026-12-01T10:00:00Z/PT1H). Returns when the timer is due and,
 * for cycles, the cycle left after this firing.
 * @public
 */
export function parseTimer(
  kind: 'duration' | 'date' | 'cycle',
  text: string,
  now: Date,
): { ok: true; dueAt: Date; repeat?: string } | { ok: false; message: string } {
  const value = text.trim();
  if (kind === 'date') {
    const ms = Date.parse(value);
    return Number.isNaN(ms)
      ? { ok: false, message: `'${value}' is not an ISO 8601 date` }
      : { ok: true, dueAt: new Date(ms) };
  }
  if (kind === 'duration') {
    const ms = durationMs(value);
    return ms === undefined
      ? { ok: false, message: `'${value}' is not an ISO 8601 duration` }
      : { ok: true, dueAt: new Date(now.getTime() + ms) };
  }
  const match = /^R(\d*)\/(?:([^/]+)\/)?(P[^/]+)$/.exec(value);
  if (!match)
    return {
      ok: false,
      message: `'${value}' is not an ISO 8601 repeating interval (R[n]/[start/]duration); cron is not supported`,
    };
  const [, countText, startText, durationText] = match;
  const ms = durationMs(durationText);
  if (ms === undefined || ms <= 0)
    return { ok: false, message: `'${durationText}' is not a positive ISO 8601 duration` };
  const start = startText ? Date.parse(startText) : NaN;
  const dueAt =
    startText && !Number.isNaN(start) && start > now.getTime() ? new Date(start) : new Date(now.getTime() + ms);
  const count = countText === '' ? Infinity : Number(countText);
  if (count <= 0) return { ok: false, message: `'${value}' repeats zero times` };
  const repeat = count === Infinity ? `R/${durationText}` : count > 1 ? `R${count - 1}/${durationText}` : undefined;
  return { ok: true, dueAt, repeat };
}

/** Milliseconds of an ISO 8601 duration (years as 365 days, months as 30). @public */
export function durationMs(text: string): number | undefined {
  const m =
    /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text.trim(),
    );
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const [, neg, y, mo, w, d, h, mi, s] = m;
  const n = (v?: string) => (v ? Number(v) : 0);
  const ms = ((((n(y) * 365 + n(mo) * 30 + n(w) * 7 + n(d)) * 24 + n(h)) * 60 + n(mi)) * 60 + n(s)) * 1000;
  return neg ? -ms : ms;
}
