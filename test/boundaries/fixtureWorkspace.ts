import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** A package of the fixture: its folder, the dependencies its package.json declares, its source files. */
interface FixturePackage {
  folder: string;
  dependencies?: string[];
  devDependencies?: string[];
  files?: Record<string, string>;
}

/** Third-party packages installed in the fixture, each in the node_modules of the package that declares it. */
const INSTALLED: Array<[name: string, holder: string]> = [
  ['fastify', 'engine'],
  ['fastify', 'channels'],
  ['vitest', '.'],
];

/**
 * A small pnpm-shaped workspace for the boundary rules' test: the real layer names (schemas ← engine ← channels
 * ⊃ agent-console), `@cauce/*` linked into each declaring package's node_modules as pnpm links them, and `files`
 * added to the packages' sources. The engine declares `@cauce/channels` (an upward dependency package.json
 * allows and the layers do not). Returns the workspace's root folder (a fresh temporary folder).
 * @internal
 */
export function fixtureWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cauce-boundaries-'));
  const packages: FixturePackage[] = [
    { folder: 'schemas', files: { 'schemas/src/index.ts': 'export const LANGUAGES = ["es"];\n' } },
    {
      folder: 'engine',
      dependencies: ['@cauce/schemas', 'fastify'],
      devDependencies: ['@cauce/channels'],
      files: {
        'engine/src/index.ts': 'import { LANGUAGES } from "@cauce/schemas";\nexport const engine = LANGUAGES;\n',
        'engine/src/index.test.ts':
          'import { it } from "vitest";\nimport { engine } from "./index";\nit("", () => engine);\n',
      },
    },
    {
      folder: 'channels',
      dependencies: ['@cauce/engine', '@cauce/schemas', 'fastify'],
      files: {
        'channels/src/index.ts': 'import { engine } from "@cauce/engine";\nexport const channels = engine;\n',
        'channels/src/contract.ts': 'export interface StepView { id: string }\n',
      },
    },
    {
      folder: 'channels/agent-console',
      dependencies: ['@cauce/schemas'],
      devDependencies: ['@cauce/channels', '@cauce/engine'],
      files: {
        'channels/agent-console/src/app/types.ts':
          'import type { StepView } from "@cauce/channels/contract";\nexport type View = StepView;\n',
      },
    },
  ];
  write(root, 'package.json', JSON.stringify({ name: 'fixture', private: true, devDependencies: { vitest: '*' } }));
  for (const p of packages) {
    const name = `@cauce/${p.folder.split('/').pop()}`;
    const deps = (names: string[] = []) =>
      Object.fromEntries(names.map((n) => [n, n.startsWith('@cauce/') ? 'workspace:*' : '*']));
    const manifest = {
      name,
      type: 'module',
      exports: { '.': './src/index.ts', './contract': './src/contract.ts' },
      dependencies: deps(p.dependencies),
      devDependencies: deps(p.devDependencies),
    };
    write(root, `${p.folder}/package.json`, JSON.stringify(manifest));
    for (const dep of [...(p.dependencies ?? []), ...(p.devDependencies ?? [])].filter((d) =>
      d.startsWith('@cauce/'),
    )) {
      const target = packages.find((q) => `@cauce/${q.folder.split('/').pop()}` === dep)!.folder;
      const link = join(root, p.folder, 'node_modules', dep);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), join(root, target)), link);
    }
    for (const [path, text] of Object.entries(p.files ?? {})) write(root, path, text);
  }
  for (const [name, holder] of INSTALLED) {
    write(root, `${holder}/node_modules/${name}/package.json`, JSON.stringify({ name, main: 'index.js' }));
    write(root, `${holder}/node_modules/${name}/index.js`, 'export {};\n');
  }
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  return root;
}

// helpers

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
