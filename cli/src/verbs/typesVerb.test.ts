import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { BROKEN, CONNECTORS, GOOD, copyPackage, memoryIo } from '../testing';

describe('cauce types', () => {
  it('writes a type per form and connector output and a Variables interface that type-checks', async () => {
    // given
    const dir = await mkdtemp(join(tmpdir(), 'cauce-types-'));
    const out = join(dir, 'types.generated.ts');
    const io = memoryIo();
    try {
      // when
      const code = await runCli(['types', GOOD, '--connectors', CONNECTORS, '--out', out], io);
      // then
      expect(code).toBe(0);
      expect(io.err).toEqual([
        'compiling forms/ConfirmAddress.schema.json',
        'compiling forms/ReviewAffiliation.schema.json',
        'compiling connector affiliation.lookup',
        'compiling connector tse.issue',
      ]);
      const source = await readFile(out, 'utf8');
      expect(source).toContain("addressConfirmed: 'yes' | 'no';");
      expect(source).toContain("  affiliation?: Exclude<AffiliationLookupOutputs['affiliation'], undefined>;");
      expect(source).toContain("  resolution?: Exclude<ReviewAffiliationForm['resolution'], undefined>;");
      const use = join(dir, 'use.ts');
      await writeFile(
        use,
        "import type { Variables } from './types.generated';\nexport const v: Variables = { addressConfirmed: 'yes', affiliation: { status: 'active' }, cardRequestId: 'x' };\n// @ts-expect-error not one of the options\nexport const w: Variables = { addressConfirmed: 'maybe' };\n",
      );
      const program = ts.createProgram([use], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        module: ts.ModuleKind.ESNext,
      });
      expect(
        ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
      ).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses a package with an invalid form, and writes types for one whose other files have findings', async () => {
    // given
    const badForm = await copyPackage(GOOD, 'bad-form');
    // a package whose scenario has findings but whose forms and BPMN are sound
    const withFindings = await copyPackage(GOOD, 'with-findings');
    await copyFile(
      join(BROKEN, 'scenarios', 'unknown-step.json'),
      join(withFindings, 'scenarios', 'unknown-step.json'),
    );
    await writeFile(
      join(badForm, 'forms', 'ReviewAffiliation.schema.json'),
      JSON.stringify({ type: 'object', required: ['nope'], properties: {} }),
    );
    const refused = memoryIo();
    const written = memoryIo();
    const dir = await mkdtemp(join(tmpdir(), 'cauce-types-'));
    try {
      // when
      const refusedCode = await runCli(['types', badForm, '-q'], refused);
      const writtenCode = await runCli(['types', withFindings, '--out', join(dir, 't.ts'), '-q'], written);
      // then
      expect(refusedCode).toBe(1);
      expect(refused.out[0]).toMatch(
        /bad-form\/forms\/ReviewAffiliation\.schema\.json:1  error  -  \/required\/0: 'nope' is required but not a field of this form/,
      );
      expect(refused.out.at(-1)).toBe('✖ no types written: fix the forms and the BPMN first');
      expect(writtenCode).toBe(0);
      expect(written.out[0]).toMatch(/^✔ wrote .*t\.ts \(2 forms\)$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(join(badForm, '..'), { recursive: true, force: true });
      await rm(join(withFindings, '..'), { recursive: true, force: true });
    }
  });
});
