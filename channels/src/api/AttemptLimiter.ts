/** How many failures a key may have in a window. @public */
export interface AttemptLimit {
  /** failures allowed in a window; the next attempt is refused until the window ends */
  maxFailures: number;
  /** the window, in ms, counted from the key's first failure */
  windowMs: number;
}

/** Options of {@link AttemptLimiter}. @public */
export interface AttemptLimiterOptions extends AttemptLimit {
  /** the time the limiter sees (tests move it) */
  now?: () => number;
  /** most keys kept at once; past it, expired windows are dropped, then the oldest (default 100,000) */
  maxKeys?: number;
}

/**
 * Counts **failed** attempts per key (a user and an address, an address…) in a fixed window that starts at the
 * key's first failure, and refuses the key for the rest of that window once it has had `maxFailures`. Successes
 * are not counted, so people who sign in or look up their own reference many times are never refused; a success
 * may clear a key (`succeeded`). In memory, per process: a restart or a second process starts from zero — enough
 * to turn guessing from thousands of tries a minute into a handful per window.
 *
 * Why not @fastify/rate-limit: it counts every request before the route runs; here only an outcome (a wrong
 * password, an unknown reference) counts, and the self-service pages call the session service in process.
 * @public
 */
export class AttemptLimiter {
  private readonly windows = new Map<string, { failures: number; endsAt: number }>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly opts: AttemptLimiterOptions) {
    if (!(opts.maxFailures >= 1) || !(opts.windowMs > 0))
      throw new RangeError('AttemptLimiter needs maxFailures ≥ 1 and windowMs > 0');
    this.now = opts.now ?? Date.now;
    this.maxKeys = opts.maxKeys ?? 100_000;
  }

  /** Seconds until any of these keys may try again (the longest wait), or 0 when none is refused. */
  retryAfterSeconds(...keys: string[]): number {
    const now = this.now();
    let waitMs = 0;
    for (const key of keys) {
      const w = this.windows.get(key);
      if (w && w.endsAt > now && w.failures >= this.opts.maxFailures) waitMs = Math.max(waitMs, w.endsAt - now);
    }
    return Math.ceil(waitMs / 1000);
  }

  /** Counts one failure against each key. */
  failed(...keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const w = this.windows.get(key);
      if (w && w.endsAt > now) w.failures++;
      else {
        this.windows.delete(key);
        this.windows.set(key, { failures: 1, endsAt: now + this.opts.windowMs });
      }
    }
    if (this.windows.size > this.maxKeys) this.prune(now);
  }

  /** Forgets these keys' failures (a right password clears that user's count from that address). */
  succeeded(...keys: string[]): void {
    for (const key of keys) this.windows.delete(key);
  }

  // helpers
  private prune(now: number): void {
    for (const [key, w] of this.windows) if (w.endsAt <= now) this.windows.delete(key);
    // Still full (a flood of distinct keys): drop the oldest windows; Map keeps insertion order.
    for (const key of this.windows.keys()) {
      if (this.windows.size <= this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
