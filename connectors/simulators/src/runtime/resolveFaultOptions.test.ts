import { describe, expect, it } from 'vitest';
import { resolveFaultOptions } from './resolveFaultOptions';

describe('resolveFaultOptions', () => {
  it('defaults to no latency, no faults and the default seed', () => {
    // given no options and an empty environment
    // when
    const resolved = resolveFaultOptions('sms', [], {});
    // then
    expect(resolved).toEqual({ latencyMs: 0, failureRate: 0, seed: 'cauce' });
  });

  it('reads CAUCE_SIM_* and lets the per-service variable win', () => {
    // given
    const env = {
      CAUCE_SIM_LATENCY_MS: '20',
      CAUCE_SIM_FAILURE_RATE: '0.1',
      CAUCE_SIM_SMS_FAILURE_RATE: '0.5',
      CAUCE_SIM_SEED: 'e',
    };
    // when
    const sms = resolveFaultOptions('sms', [], env);
    const email = resolveFaultOptions('email', [], env);
    // then
    expect(sms).toEqual({ latencyMs: 20, failureRate: 0.5, seed: 'e' });
    expect(email).toEqual({ latencyMs: 20, failureRate: 0.1, seed: 'e' });
  });

  it('lets options beat the environment, per-service options first', () => {
    // given
    const env = { CAUCE_SIM_FAILURE_RATE: '1', CAUCE_SIM_SMS_LATENCY_MS: '100' };
    // when
    const resolved = resolveFaultOptions('sms', [{ latencyMs: 5 }, { failureRate: 0, latencyMs: 50 }], env);
    // then
    expect(resolved).toMatchObject({ latencyMs: 5, failureRate: 0 });
  });

  it('refuses nonsense', () => {
    // given
    const bad = [
      () => resolveFaultOptions('sms', [{ failureRate: 2 }], {}),
      () => resolveFaultOptions('sms', [], { CAUCE_SIM_LATENCY_MS: 'slow' }),
    ];
    // when / then
    for (const call of bad) expect(call).toThrow(RangeError);
  });
});
