import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineInternalReads } from './engineInternals';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Every TypeScript source of the workspace but the scan itself (its fixtures name what it looks for). */
function workspaceSources(): Map<string, string> {
  const paths = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mts'], { cwd: repo, encoding: 'utf8' })
    .split('\n')
    .filter((p) => p && !p.startsWith('test/boundaries/engineInternals'));
  return new Map(paths.map((p) => [p, readFileSync(join(repo, p), 'utf8')]));
}

describe('engine internals', () => {
  it('are read by no package but the engine: everyone else uses its public reads', () => {
    // given
    const sources = workspaceSources();
    // when
    const found = engineInternalReads(sources);
    // then
    expect(sources.size).toBeGreaterThan(300);
    expect(found).toEqual([]);
  });

  it('are not exported by @cauce/engine', () => {
    // given
    const index = readFileSync(join(repo, 'engine/src/index.ts'), 'utf8');
    // when
    const exported = [
      'InstanceData',
      'variablesVisibleFrom',
      'DefinitionCache',
      'readInstance',
      'Token',
      'Scope',
    ].filter((name) => new RegExp(`\\b${name}\\b`).test(index));
    // then
    expect(exported).toEqual([]);
  });

  it('are found wherever a package walks tokens, names them, reads the cache or selects the data column', () => {
    // given
    const files = new Map([
      ['channels/src/walks.ts', 'const waiting = Object.values(row.data.tokens);\nconst s = row.data.scopes;'],
      ['procedure-kit/src/names.ts', "import { variablesVisibleFrom, type InstanceData } from '@cauce/engine';"],
      ['cli/src/cache.ts', 'const { model } = await engine.definitions.get(engine.db, id);'],
      ['test/e2e/sql.ts', "await db.query('select state, data from process_instance where id = $1', [id]);"],
      ['engine/src/commands/Engine.ts', 'this.data.tokens[id] = token; engine.definitions.get(q, id);'],
      ['channels/self-service/src/csrf.ts', 'pages.tokens.issue(id); const snapshot = await instanceSnapshot(e, id);'],
    ]);
    // when
    const found = engineInternalReads(files);
    // then the engine's own files and lookalikes give nothing
    expect(found).toEqual([
      "channels/src/walks.ts:1 walks an instance's token tree or scopes",
      "channels/src/walks.ts:2 walks an instance's token tree or scopes",
      "procedure-kit/src/names.ts:1 names the engine's instance internals",
      "cli/src/cache.ts:1 reads the engine's definition cache",
      'test/e2e/sql.ts:1 selects process_instance.data',
    ]);
  });
});
