import { randomUUID } from 'node:crypto';
import type { Engine } from '../commands/Engine';
import { CauceError } from '../errors';
import { queries as SQL } from '../store/generated/sql';
import type { QueryRows } from '../store/QueryRows';

/**
 * Fires due timers. Jobs are claimed set-based with FOR UPDATE SKIP LOCKED, so several engine
 * processes can run executors on one database; each job then runs as its own command, which
 * re-checks the claim, fires the timer, deletes the job and re-arms a cycle with firings left.
 * @public
 */
export class JobExecutor {
  readonly id = `executor-${randomUUID()}`;
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = true;

  constructor(
    private readonly engine: Engine,
    private readonly opts: { pollMs?: number; batch?: number; lockMs?: number } = {},
  ) {}

  start(): void {
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let fired = 0;
      try {
        fired = await this.runDueJobs();
      } catch (error) {
        console.error('[cauce] job executor:', error instanceof Error ? error.message : error);
      }
      if (!this.stopped)
        this.timer = setTimeout(loop, fired >= (this.opts.batch ?? 50) ? 0 : (this.opts.pollMs ?? 250));
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  /** Claims and fires due jobs once; returns how many it claimed. */
  async runDueJobs(): Promise<number> {
    this.running = true;
    try {
      const now = this.engine.clock();
      const { rows } = await this.engine.db.query(SQL.jobClaim, [
        now,
        this.opts.batch ?? 50,
        this.id,
        new Date(now.getTime() + (this.opts.lockMs ?? 300_000)),
      ]);
      for (const job of rows) await this.fire(job);
      return rows.length;
    } finally {
      this.running = false;
    }
  }

  private async fire(job: QueryRows['jobClaim']): Promise<void> {
    const engine = this.engine;
    try {
      await engine.command(async (q) => {
        const { rows } = await q.query(SQL.jobLockRow, [job.id, this.id]);
        if (!rows[0]) return;
        await q.query(SQL.jobDelete, [job.id]);
        const next = engine.nextCycle(job.repeat);
        if (!job.instance_id) {
          await engine.startIn(q, { definitionId: job.definition_id ?? undefined, startNode: job.element_id });
          if (next)
            await q.query(SQL.jobInsert, [
              randomUUID(),
              null,
              job.definition_id,
              null,
              job.element_id,
              job.kind,
              next.dueAt,
              next.repeat ?? null,
              engine.clock(),
            ]);
          return;
        }
        let stillWaiting = false;
        try {
          await engine.onInstance(q, job.instance_id, (run) => {
            // a job of an instance belongs to a token (a timer start's has neither)
            run.fireTimer(job.token_id!, job.element_id);
            stillWaiting = Boolean(run.data.tokens[job.token_id!]);
          });
        } catch (error) {
          if (
            error instanceof CauceError &&
            (error.code === 'CAUCE_ERR_INSTANCE_ENDED' || error.code === 'CAUCE_ERR_INSTANCE_NOT_FOUND')
          )
            return;
          throw error;
        }
        if (next && stillWaiting)
          await q.query(SQL.jobInsert, [
            randomUUID(),
            job.instance_id,
            job.definition_id,
            job.token_id,
            job.element_id,
            job.kind,
            next.dueAt,
            next.repeat ?? null,
            engine.clock(),
          ]);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await engine.db.query(SQL.jobFailed, [job.id, message, new Date(engine.clock().getTime() + 10_000)]);
    }
  }
}
