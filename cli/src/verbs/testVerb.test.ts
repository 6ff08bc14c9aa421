import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { BROKEN, GOOD, copyPackage, memoryIo } from '../testing';

describe('cauce test', () => {
  it('runs every scenario through the engine and prints pass/fail and 100% flow coverage', async () => {
    // given
    const io = memoryIo();
    // when
    const code = await runCli(['test', GOOD], io);
    // then
    expect(io.out).toEqual([
      'fixture-health-card  procedure-kit/src/lint/fixtures/good-package',
      '  ✔ scenarios/address-changed.json  Domicilio cambiado: revisión en segundo nivel',
      '  ✔ scenarios/address-confirmed.json  Domicilio confirmado: la tarjeta se envía',
      '  ✔ scenarios/not-affiliated.json  Sin afiliación: se espera la revisión',
      '  sequence flows: 9/9 covered (100%)',
      '✔ 3 of 3 scenarios passed in 1 package',
    ]);
    expect(code).toBe(0);
  });

  it('exits 1 on a failing scenario and names the flows no scenario took, with their lines', async () => {
    // given a package with one scenario whose expected path is wrong, and one scenario fewer
    const dir = await copyPackage(GOOD, 'failing');
    const file = join(dir, 'scenarios', 'address-confirmed.json');
    const scenario = JSON.parse(await readFile(file, 'utf8'));
    scenario.expect.path = ['StartEvent', 'LookUpAffiliation', 'IssueCard'];
    await writeFile(file, JSON.stringify(scenario));
    await rm(join(dir, 'scenarios', 'not-affiliated.json'));
    const io = memoryIo();
    try {
      // when
      const code = await runCli(['test', dir, '--json', '--min-coverage', '100'], io);
      // then
      const doc = JSON.parse(io.text());
      expect(code).toBe(1);
      const confirmed = doc.packages[0].scenarios.find(
        (s: { file: string }) => s.file === 'scenarios/address-confirmed.json',
      );
      expect(confirmed.ok).toBe(false);
      expect(confirmed.problems[0]).toMatch(/^path: expected StartEvent → LookUpAffiliation → IssueCard/);
      expect(doc.packages[0].coverage).toMatchObject({
        total: 9,
        covered: 8,
        missing: [{ id: 'Flow_NotAffiliated', line: expect.any(Number) }],
      });
    } finally {
      await rm(join(dir, '..'), { recursive: true, force: true });
    }
  });

  it('does not run a package that does not validate', async () => {
    // given
    const io = memoryIo();
    // when
    const code = await runCli(['test', BROKEN], io);
    // then
    expect(code).toBe(1);
    expect(io.out).toContain(
      '  not run: the package does not validate (cauce validate procedure-kit/src/lint/fixtures/broken-package)',
    );
  });
});
