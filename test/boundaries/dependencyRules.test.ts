import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkspace } from './fixtureWorkspace';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** One file per rule that must fail, and files that look close but are allowed (they must give nothing). */
const FILES: Record<string, string> = {
  // a relative path into another package
  'channels/src/relative.ts': 'import { LANGUAGES } from "../../schemas/src/index";\nexport const l = LANGUAGES;\n',
  // channels reaching into the agent console by path (also against the layers: same layer)
  'channels/src/intoConsole.ts': 'import type { View } from "../agent-console/src/app/types";\nexport type V = View;\n',
  // another package's node_modules
  'channels/src/throughNodeModules.ts':
    'import fastify from "../../engine/node_modules/fastify";\nexport const f = fastify;\n',
  // upwards, through a dependency package.json declares
  'engine/src/upward.ts': 'import { channels } from "@cauce/channels";\nexport const c = channels;\n',
  // fastify is installed for channels, not declared by the agent console
  'channels/agent-console/src/server/plugin.ts': 'import fastify from "fastify";\nexport const f = fastify;\n',
  // not installed anywhere
  'schemas/src/missing.ts': 'import pad from "left-pad";\nexport const p = pad;\n',
  // a cycle at run time (reported once, from its first module)
  'engine/src/cycleA.ts': 'import { b } from "./cycleB";\nexport const a = () => b();\n',
  'engine/src/cycleB.ts': 'import { a } from "./cycleA";\nexport const b = () => a();\n',
  // a cycle through `import type` only: nothing at run time
  'engine/src/typeA.ts': 'import type { B } from "./typeB";\nexport interface A { b?: B }\n',
  'engine/src/typeB.ts': 'import type { A } from "./typeA";\nexport interface B { a?: A }\n',
  // the console bundle reaching the engine
  'channels/agent-console/src/app/usesEngine.ts': 'import { engine } from "@cauce/engine";\nexport const e = engine;\n',
  // the console bundle importing channels' code, not its types
  'channels/agent-console/src/app/usesChannels.ts':
    'import { channels } from "@cauce/channels";\nexport const c = channels;\n',
  // allowed: the console's tests drive channels and the engine; vitest is the root's
  'channels/agent-console/src/app/store.test.ts':
    'import { it } from "vitest";\nimport { channels } from "@cauce/channels";\nimport { engine } from "@cauce/engine";\n' +
    'it("", () => [channels, engine]);\n',
};

describe('the package boundary rules (.dependency-cruiser.cjs) on a small workspace', () => {
  let root: string;
  let violations: Array<{ rule: string; from: string }>;
  beforeAll(() => {
    // given
    root = fixtureWorkspace(FILES);
    // when
    violations = depcruise(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fail each where expected and nowhere else', () => {
    // then
    expect(violations).toEqual([
      { rule: 'agent-console-types-from-channels', from: 'channels/agent-console/src/app/usesChannels.ts' },
      { rule: 'browser-bundle-imports', from: 'channels/agent-console/src/app/usesEngine.ts' },
      { rule: 'layer-order', from: 'channels/src/intoConsole.ts' },
      { rule: 'layer-order', from: 'engine/src/upward.ts' },
      { rule: 'no-circular', from: 'engine/src/cycleA.ts' },
      { rule: 'no-import-through-node-modules', from: 'channels/src/throughNodeModules.ts' },
      { rule: 'no-non-package-json', from: 'channels/agent-console/src/server/plugin.ts' },
      { rule: 'no-relative-import-across-packages', from: 'channels/src/intoConsole.ts' },
      { rule: 'no-relative-import-across-packages', from: 'channels/src/relative.ts' },
      { rule: 'not-to-unresolvable', from: 'schemas/src/missing.ts' },
    ]);
  });
});

// helpers

/** Runs the workspace's dependency-cruiser with the workspace's rules on `root`; the violations by rule, then file. */
function depcruise(root: string): Array<{ rule: string; from: string }> {
  const bin = join(repo, 'node_modules', '.bin', 'depcruise');
  const run = spawnSync(bin, ['--config', join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json', '.'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!run.stdout) throw new Error(`depcruise gave no report: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { summary: { violations: Array<{ rule: { name: string }; from: string }> } };
  return report.summary.violations
    .map((v) => ({ rule: v.rule.name, from: v.from }))
    .sort((a, b) => a.rule.localeCompare(b.rule) || a.from.localeCompare(b.from));
}
