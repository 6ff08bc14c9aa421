import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './AttemptLimiter';

describe('AttemptLimiter', () => {
  it('refuses a key after maxFailures failures until the window that began with the first one ends', () => {
    // given
    let now = 1_000_000;
    const limiter = new AttemptLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
    // when
    limiter.failed('ana@10.0.0.1');
    now += 10_000;
    limiter.failed('ana@10.0.0.1');
    const afterTwo = limiter.retryAfterSeconds('ana@10.0.0.1');
    limiter.failed('ana@10.0.0.1');
    const afterThree = limiter.retryAfterSeconds('ana@10.0.0.1');
    const otherKey = limiter.retryAfterSeconds('ana@10.0.0.2');
    now += 50_000;
    const windowOver = limiter.retryAfterSeconds('ana@10.0.0.1');
    // then
    expect(afterTwo).toBe(0);
    expect(afterThree).toBe(50);
    expect(otherKey).toBe(0);
    expect(windowOver).toBe(0);
  });

  it('answers the longest wait of several keys, and forgets a key on success', () => {
    // given
    let now = 0;
    const limiter = new AttemptLimiter({ maxFailures: 1, windowMs: 10_000, now: () => now });
    limiter.failed('a');
    now = 4_000;
    limiter.failed('b');
    // when
    const both = limiter.retryAfterSeconds('a', 'b', 'c');
    limiter.succeeded('b');
    const afterSuccess = limiter.retryAfterSeconds('b');
    // then
    expect(both).toBe(10);
    expect(afterSuccess).toBe(0);
  });

  it('keeps at most maxKeys windows, dropping expired ones first, then the oldest', () => {
    // given
    let now = 0;
    const limiter = new AttemptLimiter({ maxFailures: 1, windowMs: 1_000, maxKeys: 3, now: () => now });
    limiter.failed('old-1', 'old-2');
    now = 2_000;
    // when
    limiter.failed('k1', 'k2', 'k3', 'k4');
    // then: the expired ones went first, then the oldest live one
    expect(['k1', 'k2', 'k3', 'k4'].map((k) => limiter.retryAfterSeconds(k))).toEqual([0, 1, 1, 1]);
  });

  it('refuses nonsense limits', () => {
    // then
    expect(() => new AttemptLimiter({ maxFailures: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => new AttemptLimiter({ maxFailures: 5, windowMs: Number.NaN })).toThrow(RangeError);
  });
});
