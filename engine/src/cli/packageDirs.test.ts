import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from './CliIo';
import { PROCEDURES_ROOT, packageDirs } from './packageDirs';
import { GOOD, ROOT } from './testing';

describe('packageDirs', () => {
  it('resolves paths against the user folder, and package ids in procedures/', () => {
    // given / when / then
    expect(packageDirs(['engine/src/lint/fixtures/good-package'], false, ROOT)).toEqual([GOOD]);
    expect(packageDirs(['good-package'], false, join(ROOT, 'engine/src/lint/fixtures'))).toEqual([GOOD]);
    expect(PROCEDURES_ROOT).toBe(join(ROOT, 'procedures/'));
  });

  it('makes a missing folder, no folder, or folders with --all a usage error', () => {
    // given / when / then
    expect(() => packageDirs(['nope'], false, ROOT)).toThrow(UsageError);
    expect(() => packageDirs([], false, ROOT)).toThrow('name a package folder (or --all)');
    expect(() => packageDirs([GOOD], true, ROOT)).toThrow('give package folders or --all, not both');
  });
});
