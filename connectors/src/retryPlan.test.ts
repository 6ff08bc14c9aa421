import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, retryPlan } from './retryPlan';

describe('retryPlan', () => {
  it('counts the retries down from 3 and doubles the wait each time', () => {
    // given a task that keeps failing, as the engine reports its retries back
    const plans = [];
    let retries: number | null = null;
    // when
    for (let i = 0; i < 4; i++) {
      const plan = retryPlan(retries);
      plans.push(plan);
      retries = plan.retries;
    }
    // then
    expect(plans).toEqual([
      { retries: 3, retryTimeout: 1000 },
      { retries: 2, retryTimeout: 2000 },
      { retries: 1, retryTimeout: 4000 },
      { retries: 0, retryTimeout: 0 },
    ]);
  });

  it('caps the wait and never goes below 0 retries', () => {
    // given
    const policy = { ...DEFAULT_RETRY_POLICY, retries: 10, baseMs: 1000, maxMs: 5000 };
    // when
    const late = retryPlan(2, policy);
    const exhausted = retryPlan(0, policy);
    // then
    expect(late).toEqual({ retries: 1, retryTimeout: 5000 });
    expect(exhausted).toEqual({ retries: 0, retryTimeout: 0 });
  });
});
