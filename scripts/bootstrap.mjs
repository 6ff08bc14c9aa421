#!/usr/bin/env node
// The README's two commands start here: `npm start` and `npm test` (and the benches).
// Only Node 20 is assumed. This installs pnpm, the workspace's packages and
// (for tests) Debian's Chromium when they are missing, then runs the task.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [task, ...rest] = process.argv.slice(2);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}
function log(msg) {
  console.log(`[cauce] ${msg}`);
}

function ensurePnpm() {
  if (has('pnpm')) return 'pnpm';
  log('installing pnpm 12 (npm i -g pnpm@12)…');
  if (run('npm', ['i', '-g', 'pnpm@12']) === 0 && has('pnpm')) return 'pnpm';
  log('global install failed; installing pnpm into .tools/');
  run('npm', ['i', '--prefix', join(root, '.tools'), 'pnpm@12']);
  return join(root, '.tools', 'node_modules', '.bin', 'pnpm');
}

function ensureDependencies(pnpm) {
  const lock = join(root, 'pnpm-lock.yaml');
  const stamp = join(root, 'node_modules', '.cauce-install-stamp');
  const hash = createHash('sha1');
  for (const f of ['pnpm-lock.yaml', 'package.json', 'pnpm-workspace.yaml']) {
    if (existsSync(join(root, f))) hash.update(readFileSync(join(root, f)));
  }
  const digest = hash.digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  log('installing workspace packages…');
  const args = existsSync(lock) ? ['install', '--frozen-lockfile'] : ['install'];
  if (run(pnpm, args) !== 0) process.exit(1);
  writeFileSync(stamp, digest);
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  log('installing Chromium from Debian (apt-get install -y chromium)…');
  const sudo = process.getuid && process.getuid() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  if (apt(['install', '-y', 'chromium']) !== 0) {
    apt(['update']);
    if (apt(['install', '-y', 'chromium']) !== 0) {
      log('could not install Chromium; browser tests will fail');
    }
  }
}

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
const pnpmRun = (script, args = []) => process.exit(run(pnpm, ['run', script, ...args]));

switch (task) {
  case 'start':
    pnpmRun('start:product', rest);
    break;
  case 'test':
    ensureChromium();
    pnpmRun('test:all', rest);
    break;
  case 'bench:engine':
    pnpmRun('bench:engine:run', rest);
    break;
  case 'bench:channels':
    // Lighthouse and the page-weight walk drive Chromium, as the browser tests do
    ensureChromium();
    pnpmRun('bench:channels:run', rest);
    break;
  case 'cauce':
    pnpmRun('cauce:cli', rest);
    break;
  default:
    console.error(`unknown task ${task}`);
    process.exit(2);
}
