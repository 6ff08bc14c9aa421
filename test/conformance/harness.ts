import {
  completeExternalTask,
  completeTask,
  deploy,
  Engine,
  fetchAndLock,
  instanceSnapshot,
  JobExecutor,
  plainValues,
  typedFromPlain,
  type Db,
  type LockedExternalTask,
} from '@cauce/engine';
import { readCorpusFile } from './corpus';
import { twin } from './twin';
import { twins } from './twins';

/**
 * Drives corpus processes in-process the way their users would: a movable clock for timers, user tasks completed
 * one by one, external tasks fetched and completed as a worker does. Every read goes to the database the
 * commands wrote, so what a scenario asserts is what was committed.
 */
export async function conformanceHarness(db: Db) {
  let now = Date.parse('2026-01-01T09:00:00Z');
  const engine = new Engine({ db, clock: () => new Date(now) });
  const jobs = new JobExecutor(engine);
  const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as any[];

  const h = {
    engine,
    now: () => new Date(now),
    /** Deploys the FEEL twin of a corpus file (the file itself when it has no twin) and returns the keys deployed. */
    async deployTwin(file: string): Promise<string[]> {
      const content = twins[file] ? twin(readCorpusFile(file), twins[file]) : readCorpusFile(file);
      const result = await deploy(engine, { name: file, resources: [{ name: file.split('/')[1], content }] });
      return result.definitions.map((d) => d.key);
    },
    start: (key: string, variables: Record<string, unknown> = {}) =>
      engine.startProcess({ key, variables: typedFromPlain(variables) }),
    /** Moves the clock and fires every timer due by then; returns how many fired. */
    async elapse(ms: number): Promise<number> {
      now += ms;
      let fired = 0;
      for (let n = await jobs.runDueJobs(); n > 0; n = await jobs.runDueJobs()) fired += n;
      return fired;
    },
    /** Completes the one open user task at `elementId` of the instance. */
    async completeUserTask(
      instanceId: string,
      elementId: string,
      variables: Record<string, unknown> = {},
    ): Promise<void> {
      const open = await rows('select id from task where instance_id = $1 and element_id = $2', [
        instanceId,
        elementId,
      ]);
      if (open.length !== 1) throw new Error(`expected one open task ${elementId}, found ${open.length}`);
      await completeTask(engine, open[0].id, typedFromPlain(variables));
    },
    /** Fetches one task of `topic` as worker `w1` and completes it with what `work` returns. */
    async workExternalTask(
      topic: string,
      work: (task: LockedExternalTask) => Record<string, unknown> = () => ({}),
    ): Promise<LockedExternalTask> {
      const [task] = await fetchAndLock(engine, {
        workerId: 'w1',
        maxTasks: 1,
        topics: [{ topicName: topic, lockDuration: 60_000 }],
      });
      if (!task) throw new Error(`no external task on topic ${topic}`);
      await completeExternalTask(engine, task.id, 'w1', typedFromPlain(work(task)));
      return task;
    },
    /** Ids of the activities the instance left, in order (history_event, kind activity_end). */
    async path(instanceId: string): Promise<string[]> {
      return (
        await rows(
          "select element_id from history_event where instance_id = $1 and kind = 'activity_end' order by rev, seq",
          [instanceId],
        )
      ).map((r) => r.element_id);
    },
    /** Where the instance is: its state, its live activities as `element:state`, open tasks/external tasks/timers, incidents. */
    async state(instanceId: string) {
      const instance = (await instanceSnapshot(engine, instanceId))!;
      return {
        state: instance.state as string,
        tokens: instance.activities.map((a) => `${a.elementId}:${a.state}`).sort(),
        userTasks: (
          await rows('select element_id from task where instance_id = $1 order by element_id', [instanceId])
        ).map((r) => r.element_id),
        externalTasks: (
          await rows('select element_id from external_task where instance_id = $1 order by element_id', [instanceId])
        ).map((r) => r.element_id),
        timers: (await rows('select element_id from job where instance_id = $1 order by element_id', [instanceId])).map(
          (r) => r.element_id,
        ),
        incidents: (
          await rows('select element_id, type from incident where instance_id = $1 order by element_id', [instanceId])
        ).map((r) => `${r.element_id}:${r.type}`),
      };
    },
    /** Root-scope variables as plain values. */
    async variables(instanceId: string): Promise<Record<string, unknown>> {
      return plainValues((await instanceSnapshot(engine, instanceId))!.variables());
    },
    /** Instances of a key, oldest first (timer and message starts create them without a caller). */
    async instancesOf(key: string): Promise<string[]> {
      return (
        await rows('select id from process_instance where definition_key = $1 order by started_at, id', [key])
      ).map((r) => r.id);
    },
    /** Timer start jobs of a key: when each is due and the cycle left after it. */
    async startTimers(key: string): Promise<Array<{ element: string; dueAt: string; repeat: string | null }>> {
      return (
        await rows(
          'select j.element_id, j.due_at, j.repeat from job j join process_definition d on d.id = j.definition_id where j.instance_id is null and d.key = $1',
          [key],
        )
      ).map((r) => ({ element: r.element_id, dueAt: new Date(r.due_at).toISOString(), repeat: r.repeat }));
    },
  };
  return h;
}

/** What a finished instance looks like: completed, nothing open. */
export const ENDED = { state: 'COMPLETED', tokens: [], userTasks: [], externalTasks: [], timers: [], incidents: [] };
