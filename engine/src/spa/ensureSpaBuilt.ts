import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

/** What a single-page app's build reads, so what decides whether its dist is stale. @public */
export interface SpaSources {
  /** the app's package folder: index.html and vite.config.ts are there, and vite resolves from it */
  root: string;
  /** files and folders under `root` the build reads; default index.html, vite.config.ts, package.json, src/app */
  inputs?: string[];
  /** workspace packages whose sources the bundle takes code from (`@cauce/forms`): a change there rebuilds too */
  workspaceSources?: string[];
}

/** Result of {@link ensureSpaBuilt}. @public */
export interface SpaBuild {
  distDir: string;
  /** true when this call built it; false when the dist was already up to date */
  built: boolean;
  /** how long the build took, in ms (0 when not built) */
  ms: number;
}

const DEFAULT_INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'src/app'];
const STAMP = '.cauce-build';
const LOCK_STALE_MS = 120_000;

// Builds in flight in this process, by dist folder: several apps in one process (tests) share one build.
const inFlight = new Map<string, Promise<SpaBuild>>();

/**
 * Makes sure `distDir` (default `<root>/dist`) holds a Vite build of the current sources: a hash of the inputs is
 * kept in the dist (`.cauce-build`); when it is missing or differs, the app is built once. The build goes to a
 * temporary folder that then replaces the dist, under a lock file, so concurrent processes (parallel test workers,
 * two servers) never serve or write a half-built folder. The agent console and the designer both use it, so
 * `npm start` needs no separate build step.
 * @public
 */
export function ensureSpaBuilt(opts: SpaSources & { distDir?: string; force?: boolean }): Promise<SpaBuild> {
  const distDir = opts.distDir ?? join(opts.root, 'dist');
  const running = inFlight.get(distDir);
  if (running) return running;
  const job = buildIfStale(opts, distDir, !!opts.force).finally(() => inFlight.delete(distDir));
  inFlight.set(distDir, job);
  return job;
}

/** The files and folders a build reads: the app's own inputs and the bundled workspace sources. @public */
export function spaBuildInputs(sources: SpaSources): string[] {
  const require = createRequire(join(sources.root, 'package.json'));
  return [
    ...(sources.inputs ?? DEFAULT_INPUTS).map((input) => join(sources.root, input)),
    ...(sources.workspaceSources ?? []).map((name) => dirname(require.resolve(name))),
  ];
}

/** The hash of the build inputs (SHA-256 over paths and contents, tests excluded). @public */
export async function spaSourceHash(sources: SpaSources): Promise<string> {
  const hash = createHash('sha256');
  for (const input of spaBuildInputs(sources)) {
    for (const file of await filesUnder(input)) {
      hash
        .update(relative(sources.root, file))
        .update('\0')
        .update(await readFile(file))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

// helpers
async function buildIfStale(sources: SpaSources, distDir: string, force: boolean): Promise<SpaBuild> {
  const wanted = await spaSourceHash(sources);
  if (!force && (await stampOf(distDir)) === wanted) return { distDir, built: false, ms: 0 };
  const release = await lock(`${distDir}.lock`);
  try {
    if (!force && (await stampOf(distDir)) === wanted) return { distDir, built: false, ms: 0 };
    const started = Date.now();
    const temp = `${distDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    await viteBuild(sources.root, temp);
    await writeFile(join(temp, STAMP), wanted);
    const old = `${distDir}.old-${process.pid}`;
    if (existsSync(distDir)) await rename(distDir, old);
    await rename(temp, distDir);
    await rm(old, { recursive: true, force: true });
    return { distDir, built: true, ms: Date.now() - started };
  } finally {
    await release();
  }
}

/**
 * `vite build` in a child process with NODE_ENV=production: the JSX transform and React's build follow NODE_ENV,
 * which a server or test process may have set otherwise (vitest sets `test`), and the build's memory goes with it.
 * Vite is the app's own dependency, resolved from its folder.
 */
async function viteBuild(root: string, outDir: string): Promise<void> {
  // vite's package.json exports no bin path: find the package, then its bin
  const pkg = createRequire(join(root, 'package.json')).resolve('vite/package.json');
  const bin = join(pkg, '..', 'bin', 'vite.js');
  await promisify(execFile)(
    process.execPath,
    [bin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

async function stampOf(distDir: string): Promise<string | undefined> {
  try {
    if (!existsSync(join(distDir, 'index.html'))) return undefined;
    return (await readFile(join(distDir, STAMP), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [path];
  const out: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || /\.test\.tsx?$/.test(entry.name)) continue;
    out.push(...(await filesUnder(join(path, entry.name))));
  }
  return out;
}

/** An exclusive lock file (O_EXCL); a lock older than LOCK_STALE_MS is taken as left by a dead process. */
async function lock(path: string): Promise<() => Promise<void>> {
  await mkdir(join(path, '..'), { recursive: true });
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) await rm(path, { force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
}
