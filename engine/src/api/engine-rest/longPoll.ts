import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  fetchAndLock,
  unlockExternalTask,
  type FetchTopic,
  type LockedExternalTask,
} from '../../external-tasks/externalTasks';
import { queries as SQL } from '../../store/generated/sql';

/**
 * Upper bound of one wait without any wake-up. Notifications sent while the LISTEN connection reconnects are
 * lost (PgListener), and another engine process's unlock reaches us only through NOTIFY; so a waiting request
 * also fetches again this often. Each idle request then costs two small queries per 5 s.
 */
const RECHECK_MS = 5_000;

/**
 * fetchAndLock with Camunda's long polling: fetch; when nothing was locked and `timeoutMs` > 0, wait until a task
 * for one of the topics may be available — a NOTIFY from any engine process's insert, an in-process wake-up
 * (unlock, failure with retries), the moment a lock or retry timeout of such a task falls due — then fetch
 * again, until the timeout passes. The waiter registers before each fetch, so a task committed between the fetch
 * and the wait still wakes it. A request whose client disconnected stops waiting at once, and tasks it locked
 * after the client left are unlocked again, so no task sits locked for a worker that will never see it.
 * @internal
 */
export async function fetchWithLongPolling(
  app: FastifyInstance,
  reply: FastifyReply,
  input: { workerId: string; maxTasks: number; topics: FetchTopic[] },
  timeoutMs: number,
): Promise<LockedExternalTask[]> {
  const wakeups = app.externalTaskWakeups;
  const topicNames = input.topics.map((t) => t.topicName);
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  let current: { cancel(): void } | undefined;
  const onClose = () => {
    if (reply.raw.writableEnded) return;
    gone = true;
    current?.cancel();
  };
  reply.raw.once('close', onClose);
  try {
    for (;;) {
      const waiter = timeoutMs > 0 ? wakeups.wait(topicNames) : undefined;
      current = waiter;
      const tasks = await fetchAndLock(app.engine, input);
      if (gone) {
        waiter?.cancel();
        for (const task of tasks) await unlockExternalTask(app.engine, task.id).catch(() => undefined);
        return [];
      }
      const remaining = deadline - Date.now();
      if (!waiter || tasks.length > 0 || remaining <= 0 || wakeups.stopped) {
        waiter?.cancel();
        return tasks;
      }
      waiter.wakeAfter(Math.min(remaining, RECHECK_MS, await untilNextReady(app, topicNames)));
      await waiter.woken;
      if (gone || wakeups.stopped) return [];
    }
  } finally {
    reply.raw.removeListener('close', onClose);
  }
}

// helpers
/** Milliseconds until a lock or retry timeout of a task of these topics falls due (Infinity: none pending). */
async function untilNextReady(app: FastifyInstance, topics: string[]): Promise<number> {
  const now = app.engine.clock();
  const { rows } = await app.db.query(SQL.restExternalTaskNextReady, [topics, now]);
  const next = rows[0]?.next_at as Date | null | undefined;
  return next ? Math.max(10, new Date(next).getTime() - now.getTime() + 1) : Infinity;
}
