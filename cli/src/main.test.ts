import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BROKEN, CONNECTORS, GOOD, ROOT } from './testing';

const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the CLI as the user does (`tsx cli/src/main.ts`, which `npm run cauce --` calls) in a child process. */
function cauce(...args: string[]) {
  const run = spawnSync(process.execPath, [TSX, MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: ROOT },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cauce (child process)', () => {
  it('lint exits 0 on a good package', () => {
    // given / when
    const run = cauce('lint', GOOD, '--connectors', CONNECTORS);
    // then
    expect(run.stdout).toContain('✔ no findings in 1 package');
    expect(run.stderr).toContain('linting procedure-kit/src/lint/fixtures/good-package');
    expect(run.status).toBe(0);
  });

  it('lint exits 1 on a broken package, each finding naming file, line and element id', () => {
    // given / when
    const run = cauce('lint', BROKEN, '--connectors', CONNECTORS);
    // then
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'procedure-kit/src/lint/fixtures/broken-package/process.bpmn:16  error  Flow_AddressOk  condition addressConfirmed == "yes"',
    );
    expect(run.stdout).toContain(
      'procedure-kit/src/lint/fixtures/broken-package/process.bpmn:11  error  Orphan  no path from a start event reaches this element  [cauce/unreachable]',
    );
    expect(run.stdout).toContain(
      'procedure-kit/src/lint/fixtures/broken-package/scenarios/unknown-step.json:6  error  ConfirmAdress',
    );
    expect(run.stdout).toMatch(/✖ \d+ findings \(\d+ errors, 2 warnings\) in 1 package/);
  });

  it('--json gives one parseable document with every finding', () => {
    // given / when
    const run = cauce('lint', BROKEN, '--connectors', CONNECTORS, '--json', '--quiet');
    // then
    const doc = JSON.parse(run.stdout);
    expect(run.status).toBe(1);
    expect(doc.ok).toBe(false);
    expect(doc.packages[0].findings).toContainEqual({
      file: 'process.bpmn',
      elementId: 'IssueCard',
      line: 8,
      rule: 'cauce/connector-topic',
      message:
        "no connector in the catalogue (procedure-kit/src/lint/fixtures/connectors/) serves topic 'tse.issue.v2'",
      severity: 'error',
    });
    expect(run.stderr).toBe('');
  });

  it('exits 2 on a wrong command line', () => {
    // given / when
    const unknownVerb = cauce('frobnicate');
    const unknownOption = cauce('lint', GOOD, '--nope');
    const noFolder = cauce('validate', join(ROOT, 'no-such-folder'));
    // then
    expect([unknownVerb.status, unknownOption.status, noFolder.status]).toEqual([2, 2, 2]);
    expect(unknownVerb.stderr).toContain("cauce: unknown verb 'frobnicate'");
    expect(unknownVerb.stderr).toContain('Usage: npm run cauce -- <verb>');
  });
});
