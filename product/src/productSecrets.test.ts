import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productSecrets } from './productSecrets';

describe('productSecrets', () => {
  it('writes random keys once, readable only by the owner, and gives the same keys on the next start', () => {
    // given
    const dir = mkdtempSync(join(tmpdir(), 'cauce-secrets-'));
    // when
    const first = productSecrets(dir, {});
    const second = productSecrets(dir, {});
    // then
    expect(second).toEqual(first);
    expect(new Set([first.selfService, first.otp, first.auth]).size).toBe(3);
    expect(first.otp.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  });

  it('prefers the environment, and replaces a damaged file instead of failing', () => {
    // given
    const dir = mkdtempSync(join(tmpdir(), 'cauce-secrets-'));
    writeFileSync(join(dir, 'secrets.json'), '{ not json');
    // when
    const secrets = productSecrets(dir, { CAUCE_OTP_SECRET: 'from-the-environment' });
    // then
    expect(secrets.otp).toBe('from-the-environment');
    expect(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).otp).not.toBe('from-the-environment');
    expect(secrets.selfService).toBe(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')).selfService);
  });
});
