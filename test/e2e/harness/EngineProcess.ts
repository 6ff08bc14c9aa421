import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort';
import { sleep } from './waitFor';

/** Where and on what an engine server process runs. */
export interface EngineProcessOptions {
  /** PostgreSQL URL (DATABASE_URL of the process). */
  databaseUrl: string;
  /** Schema the process works in: passed as `PGOPTIONS=-c search_path=<schema>`, which `pg` applies per connection. */
  schema: string;
  /** Port to listen on; a free one when omitted. The same port is kept across `restart()`. */
  port?: number;
  /** A name for logs, e.g. `node-2`. */
  name?: string;
}

/**
 * An engine server process (`engine/src/server.ts` run through tsx), for the crash, multi-node and cross-process
 * long-polling tests. `start()` resolves when `GET /engine-rest/engine` answers; `kill()` is `kill -9`.
 *
 * The schema goes through `PGOPTIONS` because server.ts reads only `DATABASE_URL`; `pg` reads `PGOPTIONS` for
 * every connection it opens (pool and LISTEN), so the whole process works in that schema.
 * Set `E2E_ENGINE_LOG=1` to see the processes' output (otherwise the last lines are kept for failure messages) and
 * `E2E_ENGINE_NODE_ARGS` to pass Node flags, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the engine.
 * @internal
 */
export class EngineProcess {
  readonly name: string;
  port = 0;
  private child?: ChildProcess;
  private exited?: Promise<number | string | null>;
  private readonly tail: string[] = [];

  constructor(private readonly options: EngineProcessOptions) {
    this.name = options.name ?? `engine-${options.schema}`;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/engine-rest`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Spawns the process and waits until its REST API answers (at most timeoutMs). */
  async start(timeoutMs = 120_000): Promise<this> {
    const firstStart = !this.port;
    try {
      return await this.spawnAndWait(timeoutMs);
    } catch (error) {
      // The free port found was taken before the process listened on it: try once more on another.
      if (!firstStart || this.options.port || !this.output().includes('EADDRINUSE')) throw error;
      this.port = 0;
      return this.spawnAndWait(timeoutMs);
    }
  }

  /** `kill -9`: no shutdown hook runs, open transactions are cut. Resolves once the process is gone. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM (a clean stop), SIGKILL after graceMs. Resolves with the exit code (0: clean) or the signal. */
  async stop(graceMs = 10_000): Promise<number | string | null | undefined> {
    const child = this.child;
    if (!child) return undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const how = await this.signal('SIGTERM');
    clearTimeout(timer);
    return how;
  }

  /** Starts the process again on the same port. */
  restart(): Promise<this> {
    return this.start();
  }

  /** CPU time (user + system) the running process has used so far, in ms; undefined where /proc is missing. */
  cpuMs(): number | undefined {
    try {
      // /proc/<pid>/stat: utime and stime (fields 14 and 15) in clock ticks, counted after the command name
      const fields = readFileSync(`/proc/${this.child?.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
    } catch {
      return undefined;
    }
  }

  /** The last lines the process wrote. */
  output(): string {
    return this.tail.join('');
  }

  // helpers
  private async spawnAndWait(timeoutMs: number): Promise<this> {
    if (this.child) throw new Error(`${this.name} is already running`);
    this.port ||= this.options.port ?? (await freePort());
    const { CAUCE_DATA_DIR: _unused, ...env } = process.env; // PostgreSQL only: never the embedded database
    const nodeArgs = process.env.E2E_ENGINE_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', '--import', WATCHDOG, SERVER], {
      cwd: ROOT,
      env: {
        ...env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        // One info line per request costs the engines CPU the runs need; warnings and errors still show.
        LOG_LEVEL: process.env.E2E_ENGINE_LOG ? 'info' : 'warn',
        DATABASE_URL: this.options.databaseUrl,
        PGOPTIONS: `-c search_path=${this.options.schema}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    let exitedWith: number | string | null | undefined;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        running.delete(child);
        if (this.child === child) this.child = undefined;
        exitedWith = signal ?? code;
        resolve(exitedWith);
      }),
    );
    for (const stream of [child.stdout!, child.stderr!])
      stream.on('data', (chunk: Buffer) => this.record(chunk.toString()));

    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (exitedWith !== undefined)
        throw new Error(`${this.name} exited (${exitedWith}) before answering:\n${this.output()}`);
      if (await answers(this.baseUrl)) return this;
      if (Date.now() > deadline) {
        await this.kill();
        throw new Error(`${this.name} did not answer on port ${this.port} within ${timeoutMs} ms:\n${this.output()}`);
      }
      await sleep(100);
    }
  }

  private async signal(signal: NodeJS.Signals): Promise<number | string | null | undefined> {
    const child = this.child;
    if (!child) return undefined;
    child.kill(signal);
    return this.exited;
  }

  private record(text: string): void {
    if (process.env.E2E_ENGINE_LOG) process.stderr.write(`[${this.name}] ${text}`);
    this.tail.push(text);
    if (this.tail.length > 200) this.tail.shift();
  }
}

// helpers
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The engine's server entry (`@cauce/engine/server`), run in each child process. */
const SERVER = createRequire(import.meta.url).resolve('@cauce/engine/server');
const WATCHDOG = new URL('./exitWithParent.mjs', import.meta.url).href;

/** Every process spawned by this test file: none may outlive it, even when a test times out. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/engine`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}
