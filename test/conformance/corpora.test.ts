import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CauceError, databasesUnderTest, deploy, Engine, loadBpmn, type Db, type Unsupported } from '@cauce/engine';
import { corpusFiles, readCorpusFile } from './corpus';
import { twins } from './twins';

/** What deploying one corpus file as it is gives: the process keys deployed, or the refusal, element by element. */
type Outcome =
  { deployed: string[]; notExecutable: string[]; warnings: string[] } | { refused: string; elements: string[] };

const files = corpusFiles();

describe.each(databasesUnderTest())('every corpus file deploys or is refused precisely, on $name', (d) => {
  let db: Db;
  let engine: Engine;
  const outcomes: Record<string, Outcome> = {};
  const refusals: Record<string, Unsupported[]> = {};
  beforeAll(async () => {
    db = await d.open();
    engine = new Engine({ db, clock: () => new Date('2026-01-01T09:00:00Z') });
    for (const file of files) {
      const content = readCorpusFile(file);
      try {
        const result = await deploy(engine, { name: file, resources: [{ name: file.split('/')[1], content }] });
        const loaded = await loadBpmn(content);
        outcomes[file] = {
          deployed: result.definitions.map((x) => x.key),
          notExecutable: loaded.ok ? loaded.value.nonExecutable : [],
          warnings: result.warnings.map((w) => w.replace(/^[^:]+: /, '')),
        };
      } catch (error) {
        if (!(error instanceof CauceError)) throw error;
        refusals[file] = Array.isArray(error.details) ? (error.details as Unsupported[]) : [];
        outcomes[file] = {
          refused: error.code,
          elements: refusals[file].map((u) => `${u.elementId} (${u.type}, line ${u.line}): ${u.reason}`),
        };
      }
    }
  });
  afterAll(() => db?.close());

  it('reads every file of ../shared/corpora (25 bpmn-engine, 21 MIWG, 2 camunda client)', () => {
    // given / when: the corpus folders
    const counts: Record<string, number> = {};
    for (const f of files) counts[f.split('/')[0]] = (counts[f.split('/')[0]] ?? 0) + 1;
    // then
    expect(counts).toEqual({ 'bpmn-engine': 25, 'bpmn-miwg': 21, 'camunda-external-task-client-js': 2 });
  });

  it('matches the committed expectations (run `npx vitest run test/conformance -u` after a deliberate change)', async () => {
    // given: every file deployed once in beforeAll
    // when
    const snapshot = `${JSON.stringify(outcomes, null, 2)}\n`;
    // then
    await expect(snapshot).toMatchFileSnapshot('./corpora.expectations.json');
  });

  it('names element id, BPMN type and line for every refused element', () => {
    // given / when: the refusals collected in beforeAll
    const imprecise = Object.entries(refusals).flatMap(([file, list]) =>
      (list.length ? list : [{ type: '?', reason: 'no element list' } as Unsupported])
        .filter((u) => !u.elementId || !/^bpmn:\w+$/.test(u.type) || !(typeof u.line === 'number' && u.line > 0))
        .map((u) => `${file}: ${JSON.stringify(u)}`),
    );
    // then
    expect(imprecise).toEqual([]);
  });

  it('points each refusal at the line where that element is declared', () => {
    // given / when
    const wrong = Object.entries(refusals).flatMap(([file, list]) => {
      const lines = readCorpusFile(file).split('\n');
      return list
        .filter((u) => !lines[u.line! - 1]?.includes(`id="${u.elementId}"`))
        .map((u) => `${file}: ${u.elementId} not on line ${u.line}`);
    });
    // then
    expect(wrong).toEqual([]);
  });
});

describe('README.md', () => {
  it('has a row for every corpus file and mentions every twin', () => {
    // given
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    // when
    const missing = files.filter((f) => !readme.includes(`| ${f.split('/')[1]} |`));
    const untold = Object.keys(twins).filter(
      (f) => !new RegExp(`\\| ${f.split('/')[1]} \\|[^\\n]*FEEL twin`).test(readme),
    );
    // then
    expect({ missing, untold }).toEqual({ missing: [], untold: [] });
  });
});
