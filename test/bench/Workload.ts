/**
 * What the benchmark drives: an engine seen as its four clients see it (whoever starts instances, external-task
 * workers, the clerks' task list). Every variant — Cauce in-process, Cauce over HTTP, bpmn-engine — implements it,
 * so all of them run the same load by the same code (`runWorkload`).
 * @internal
 */
export interface Target {
  /** Starts one instance of the reference process. */
  start(businessKey: string): Promise<void>;
  /** Locks up to maxTasks `check` tasks for workerId (Camunda fetchAndLock). */
  fetchAndLock(workerId: string, maxTasks: number): Promise<string[]>;
  /** Completes a locked `check` task with amount = 5000, so the gateway routes to the user task. */
  completeExternal(id: string, workerId: string): Promise<void>;
  /** Open `review` user tasks, oldest first (a clerk's task list). */
  listUserTasks(max: number): Promise<string[]>;
  /** Completes a `review` task with approved = true. */
  completeUserTask(id: string): Promise<void>;
}

/** How much runs at once. `starters + workers × perWorker + clerks` commands are in flight at most. @internal */
export interface Shape {
  starters: number;
  workers: number;
  /** completions each worker keeps in flight */
  perWorker: number;
  /** maxTasks of a worker's fetchAndLock; it fetches again when its fetched tasks have all been handed out */
  batch: number;
  clerks: number;
}

/**
 * The shape for a number of in-flight commands: a third each to starts, external completions (two workers)
 * and user tasks; workers fetch 10 tasks at a time, like camunda-external-task-client-js by default.
 */
export function shapeFor(concurrency: number, batch = 10): Shape {
  const starters = Math.max(1, Math.round(concurrency / 3));
  const clerks = Math.max(1, Math.round(concurrency / 3));
  const workers = 2;
  const perWorker = Math.max(1, Math.round((concurrency - starters - clerks) / workers));
  return { starters, workers, perWorker, batch, clerks };
}

export function describeShape(s: Shape): string {
  const total = s.starters + s.workers * s.perWorker + s.clerks;
  return `${total} in-flight commands: ${s.starters} starters, ${s.workers} workers × ${s.perWorker} completions (fetchAndLock maxTasks ${s.batch}), ${s.clerks} clerks`;
}

export interface WorkloadResult {
  n: number;
  seconds: number;
  perSecond: number;
  /** CPU of this Node process (user + system) per instance; PGlite's database work is included, PostgreSQL's is not */
  cpuMsPerInstance: number;
  fetches: number;
}

/**
 * Runs n instances to the end: starters start them, workers fetch-and-lock `check` tasks and complete them,
 * clerks list `review` tasks and complete them, all at once. With `stopAfterExternal` the clerks stay home and
 * the run ends when n instances wait at the user task (the RSS measurement).
 * @internal
 */
export async function runWorkload(
  target: Target,
  n: number,
  shape: Shape,
  opts: { stopAfterExternal?: boolean; keyPrefix?: string } = {},
): Promise<WorkloadResult> {
  let started = 0;
  let externalDone = 0;
  let userDone = 0;
  let fetches = 0;
  const prefix = opts.keyPrefix ?? 'bk';
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // The clock stops at the last completion, not when the last poller (a long poll, say) has returned.
  let end: { at: number; cpu: NodeJS.CpuUsage } | undefined;
  const finished = () => (end ??= { at: performance.now(), cpu: process.cpuUsage(cpu0) });

  const starter = async () => {
    while (started < n) {
      const i = started++;
      await target.start(`${prefix}-${i}`);
    }
  };
  const worker = (w: number) =>
    pipeline(
      shape.perWorker,
      () => externalDone >= n,
      async () => {
        fetches++;
        return target.fetchAndLock(`worker-${w}`, shape.batch);
      },
      async (id) => {
        await target.completeExternal(id, `worker-${w}`);
        if (++externalDone === n && opts.stopAfterExternal) finished();
      },
    );
  // One task list shared by the clerks: a task already handed to a clerk is not handed out again.
  const handedOut = new Set<string>();
  const clerks = () =>
    pipeline(
      shape.clerks,
      () => userDone >= n,
      async (running) => {
        // tasks being completed may still be listed, so ask for that many more
        const ids = await target.listUserTasks(shape.clerks + running);
        return ids.filter((id) => !handedOut.has(id)).map((id) => (handedOut.add(id), id));
      },
      async (id) => {
        await target.completeUserTask(id);
        if (++userDone === n) finished();
      },
    );

  await Promise.all([
    ...Array.from({ length: shape.starters }, starter),
    ...Array.from({ length: shape.workers }, (_, w) => worker(w)),
    ...(opts.stopAfterExternal ? [] : [clerks()]),
  ]);
  const { at, cpu } = finished();
  const seconds = (at - t0) / 1000;
  return { n, seconds, perSecond: n / seconds, cpuMsPerInstance: (cpu.user + cpu.system) / 1000 / n, fetches };
}

// helpers
/**
 * Keeps up to `parallel` handlers running on fetched items; fetches again when every fetched item has been handed
 * to a handler, sleeps briefly when there is nothing at all to do, and stops when `done()`.
 */
async function pipeline(
  parallel: number,
  done: () => boolean,
  fetch: (running: number) => Promise<string[]>,
  handle: (id: string) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  const queue: string[] = [];
  let failure: unknown;
  while (!done() && failure === undefined) {
    while (running.size < parallel && queue.length > 0) {
      const p: Promise<void> = handle(queue.shift()!)
        .catch((err) => {
          failure ??= err;
        })
        .finally(() => running.delete(p));
      running.add(p);
    }
    if (queue.length === 0 && running.size < parallel) {
      const ids = await fetch(running.size);
      queue.push(...ids);
      if (ids.length > 0) continue;
      if (running.size === 0) {
        await sleep(2);
        continue;
      }
    }
    await Promise.race(running);
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
