import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Db } from '@cauce/engine';
import { cauceTarget } from './cauceTarget';
import { runWorkload, type Shape } from './Workload';

/**
 * The engine process's memory while `total` instances wait at the user task: it starts instances and completes
 * their external task in steps (to 20 %, 50 % and 100 % of total; 10k, 25k and 50k by default), and after each
 * step collects garbage and samples RSS and heap. Waiting instances live in the database, so the figures must not
 * grow with them; a growth above 200 bytes per waiting instance and 16 MB in all is reported as growing (a retained
 * instance would cost kilobytes).
 * @internal
 */
export async function rssWithWaitingInstances(db: Db, xml: string, total: number, shape: Shape): Promise<void> {
  const target = await cauceTarget(db, xml);
  const gc = collector();
  console.log(`   garbage collection before each sample: ${gc.how}`);
  const samples: Array<{ waiting: number; rss: number; heap: number }> = [];
  const sample = async (waiting: number) => {
    gc.run();
    await new Promise((resolve) => setTimeout(resolve, 200));
    gc.run();
    const m = process.memoryUsage();
    const { rows } = await db.query<{ n: string }>("select count(*) as n from task where element_id = 'review'");
    if (Number(rows[0].n) !== waiting) throw new Error(`expected ${waiting} waiting user tasks, found ${rows[0].n}`);
    samples.push({ waiting, rss: m.rss, heap: m.heapUsed });
    console.log(
      `   rss with ${String(waiting).padStart(6)} instances waiting at the user task: ${mb(m.rss)} MB (heap used ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB)`,
    );
  };
  const warm = Math.min(1000, Math.ceil(total / 50));
  const steps = [...new Set([warm, Math.round(total / 5), Math.round(total / 2), total])]
    .filter((s) => s >= warm)
    .sort((a, b) => a - b);
  const t0 = performance.now();
  let waiting = 0;
  for (const step of steps) {
    await runWorkload(target, step - waiting, shape, { stopAfterExternal: true, keyPrefix: `rss${waiting}` });
    waiting = step;
    await sample(waiting);
  }
  const first = samples[1] ?? samples[0];
  const last = samples[samples.length - 1];
  const perInstance = (last.rss - first.rss) / Math.max(1, last.waiting - first.waiting);
  // Below 16 MB the allocator's own noise (arenas, fragmentation) dominates; a retained instance costs kilobytes.
  const grows = perInstance > 200 && last.rss - first.rss > 16 * 1024 * 1024;
  const verdict = grows ? 'GROWS with the waiting instances' : 'flat: does not grow with the waiting instances';
  console.log(
    `   rss ${first.waiting} → ${last.waiting} waiting: ${signed(mb(last.rss - first.rss))} MB (${perInstance.toFixed(1)} bytes per waiting instance; heap ${signed(mb(last.heap - first.heap))} MB): ${verdict}`,
  );
  console.log(`   (${total} instances brought to the user task in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  console.log(
    `   rss-waiting ${samples
      .slice(1)
      .map((s) => `${s.waiting}=${mb(s.rss)}MB`)
      .join(' ')}`,
  );
}

// helpers
/** `gc()` when node runs with --expose-gc, else the same function obtained through V8's flags. */
function collector(): { how: string; run: () => void } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return { how: 'global.gc (--expose-gc)', run: () => exposed() };
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    return { how: 'gc() via v8.setFlagsFromString("--expose-gc")', run: () => gc() };
  } catch {
    return { how: 'none available (figures include garbage)', run: () => undefined };
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

function signed(text: string): string {
  return text.startsWith('-') ? text : `+${text}`;
}
