import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

describe('@cauce/forms/builder (bundled by the designer)', () => {
  it('bundles for the browser with no Node import and no validator', async () => {
    // given esbuild, which refuses Node built-ins on platform 'browser'
    // when
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    // then
    const text = result.outputFiles[0].text;
    expect(text).not.toMatch(/ajv/i);
    // 14.6 KB minified today, of which 3.7 KB is the vocabulary (common.json, via exhaustive) the designer has anyway
    expect(text.length).toBeLessThan(16_000);
  });
});
