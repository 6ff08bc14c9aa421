import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('@cauce/procedure-kit/rules (the bpmnlint rules the designer loads in the browser)', () => {
  it('bundles for the browser: nothing it imports needs Node', async () => {
    // given the rules' entry and esbuild, which refuses Node built-ins (node:fs, node:url…) on platform 'browser'
    // when
    const bundled = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    }).then(
      (result) => ({ ok: true as const, bytes: result.outputFiles[0].contents.length }),
      (error: { errors?: Array<{ text: string }> }) => ({
        ok: false as const,
        errors: error.errors?.map((e) => e.text),
      }),
    );
    // then
    expect(bundled).toMatchObject({ ok: true });
  });
});
