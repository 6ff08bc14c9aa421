import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('@cauce/forms (bundled by the agent console and the designer)', () => {
  it('bundles for the browser, small: nothing it imports needs Node, and no validator comes along', async () => {
    // given esbuild, which refuses Node built-ins (node:fs, node:url…) on platform 'browser'
    // when
    const bundled = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    }).then(
      (result) => ({ ok: true as const, text: result.outputFiles[0].text }),
      (error: { errors?: Array<{ text: string }> }) => ({
        ok: false as const,
        errors: error.errors?.map((e) => e.text),
      }),
    );
    // then
    expect(bundled).toMatchObject({ ok: true });
    const text = bundled.ok ? bundled.text : '';
    expect(text).not.toMatch(/ajv/i);
    // 6.0 KB minified today (fieldsOf, readAnswers, narrowForm, fieldLabel and helpers)
    expect(text.length).toBeLessThan(8_000);
  });
});
