import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('@cauce/schemas/browser', () => {
  it('reaches no package and no Node built-in at run time, so a browser bundle can take it', () => {
    // when every runtime import is followed from browser.ts
    const { files, external } = runtimeImports(new URL('./browser.ts', import.meta.url));
    // then
    expect(external).toEqual([]);
    expect(files.length).toBeGreaterThan(5);
  });
});

// helpers
/** The files reached through value imports and re-exports (not `import type`), and the bare specifiers among them. */
function runtimeImports(entry: URL): { files: string[]; external: string[] } {
  const seen = new Set<string>();
  const external: string[] = [];
  const visit = (file: URL) => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    if (file.pathname.endsWith('.json')) return;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const specifier = m[1];
      if (!specifier.startsWith('.')) external.push(specifier);
      else visit(new URL(specifier.endsWith('.json') ? specifier : `${specifier}.ts`, file));
    }
  };
  visit(entry);
  return { files: [...seen], external };
}
