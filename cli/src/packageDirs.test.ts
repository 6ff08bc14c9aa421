import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplesRoot } from '@cauce/procedures';
import { UsageError } from './CliIo';
import { packageDirs } from './packageDirs';
import { FIXTURES, GOOD, ROOT } from './testing';

describe('packageDirs', () => {
  it('resolves paths against the user folder, and package ids in procedures/', () => {
    // given / when / then
    expect(packageDirs([relative(ROOT, GOOD)], false, ROOT)).toEqual([GOOD]);
    expect(packageDirs(['good-package'], false, FIXTURES)).toEqual([GOOD]);
    expect(packageDirs(['claim-status'], false, ROOT)).toEqual([join(samplesRoot, 'claim-status')]);
  });

  it('makes a missing folder, no folder, or folders with --all a usage error', () => {
    // given / when / then
    expect(() => packageDirs(['nope'], false, ROOT)).toThrow(UsageError);
    expect(() => packageDirs([], false, ROOT)).toThrow('name a package folder (or --all)');
    expect(() => packageDirs([GOOD], true, ROOT)).toThrow('give package folders or --all, not both');
  });
});
