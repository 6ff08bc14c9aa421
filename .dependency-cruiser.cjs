// @ts-check
/**
 * Package boundaries of the Cauce workspace, checked by `npm test` (dependency-cruiser; see
 * test/boundaries/dependencyRules.test.ts, which shows each rule failing on a small workspace).
 *
 * A package reaches another only by its name (`@cauce/engine`, `@cauce/channels/testing`), through a dependency
 * its own package.json declares, and only downwards in LAYERS. `preserveSymlinks` keeps a workspace import's path
 * as pnpm links it (`channels/node_modules/@cauce/engine/src/index.ts`), so the rules can tell which package an
 * import reaches and whether it came through a declared dependency.
 */

/**
 * The layer order: a package may import only packages of lower layers (never its own layer's neighbours).
 * Folders that do not exist yet (forms, procedure-kit, designer, cli) cost nothing.
 */
const LAYERS = [
  ['schemas'],
  ['forms'],
  ['engine'],
  ['procedure-kit', 'connectors'],
  ['procedures'],
  ['channels', 'agent-console', 'designer'],
  ['cli'],
  ['product'],
  ['test'],
];

/** The files of a package, by folder (agent-console lives inside channels/ but is a package of its own). */
const FILES_OF = {
  channels: '^channels/(?!agent-console/|node_modules/)',
  'agent-console': '^channels/agent-console/(?!node_modules/)',
};

/** What the browser bundle of the agent console may import from other packages (channels: types only). */
const BROWSER_APP = '^channels/agent-console/src/app/';

const filesOf = (name) => FILES_OF[name] ?? `^${name}/(?!node_modules/)`;
/** A module of package `name`, reached by path or through a node_modules link. */
const modulesOf = (name) => [filesOf(name), `(^|/)node_modules/@cauce/${name}/`];
const TEST_FILE = '\\.test\\.tsx?$';

/**
 * Which packages of its own layer a package may still import: the agent console reads the channels' contract
 * (types only, see the rule below) and its tests drive the real `/api`.
 */
const NEIGHBOURS = { 'agent-console': ['channels'] };

/** One rule per package: nothing of its own layer or above. */
const layerRules = LAYERS.flatMap((layer, i) =>
  layer.flatMap((name) => {
    const allowed = [...LAYERS.slice(0, i).flat(), ...(NEIGHBOURS[name] ?? [])];
    const forbidden = LAYERS.slice(i)
      .flat()
      .filter((other) => other !== name && !allowed.includes(other));
    if (forbidden.length === 0) return [];
    return [
      {
        name: 'layer-order',
        comment: `${name} may import only ${allowed.join(', ') || 'no other package'}`,
        severity: 'error',
        from: { path: filesOf(name) },
        to: { path: forbidden.flatMap(modulesOf) },
      },
    ];
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-relative-import-across-packages',
      comment: 'import another package by its name (@cauce/…) and its exports, not by a relative path',
      severity: 'error',
      from: { path: '^(channels/agent-console|[^/]+)/' },
      to: { dependencyTypes: ['local'], pathNot: ['^$1/', '(^|/)node_modules/'] },
    },
    {
      name: 'no-relative-import-across-packages',
      comment: 'channels reaches the agent console by its name (@cauce/agent-console), not by a relative path',
      severity: 'error',
      from: { path: filesOf('channels') },
      to: { dependencyTypes: ['local'], path: filesOf('agent-console') },
    },
    {
      name: 'no-import-through-node-modules',
      comment: 'import a package by its name from a dependency you declare, not by a path into a node_modules',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['local'], path: '(^|/)node_modules/' },
    },
    ...layerRules,
    {
      name: 'browser-bundle-imports',
      comment: 'the agent console bundle may import code from forms and schemas only (and types from channels)',
      severity: 'error',
      from: { path: BROWSER_APP, pathNot: TEST_FILE },
      to: {
        path: '(^|/)node_modules/@cauce/',
        pathNot: '(^|/)node_modules/@cauce/(forms|schemas|channels)/',
      },
    },
    {
      name: 'agent-console-types-from-channels',
      comment: 'outside its tests, the agent console imports only types from channels (import type …)',
      severity: 'error',
      from: { path: filesOf('agent-console'), pathNot: TEST_FILE },
      to: { path: modulesOf('channels'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-non-package-json',
      comment:
        "import only what the importing package's package.json declares (vitest, the workspace's test runner, " +
        'is declared once at the root)',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], pathNot: '^node_modules/vitest/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that does not resolve: a dependency missing from package.json, or a typo',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      comment:
        'modules that import each other at run time, directly or through others (cycles that pass through an ' +
        '`import type` vanish at run time and are not flagged yet: engine/src/lint and engine/src/cli still have some)',
      severity: 'error',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: ['(^|/)dist/', '(^|/)\\.[^/]+/'] },
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
