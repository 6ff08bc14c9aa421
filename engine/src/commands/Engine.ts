import { randomUUID } from 'node:crypto';
import { exhaustive } from '@cauce/schemas';
import { CauceError } from '../errors';
import { Errors } from '../errorCodes';
import type { Effect } from '../interpreter/Effects';
import { variablesVisibleFrom, type InstanceData } from '../interpreter/InstanceState';
import { InstanceStates, type InstanceStateName } from '../vocabulary/InstanceStates';
import { Run } from '../interpreter/Run';
import type { Db, Queryable } from '../store/Db';
import { isStalePlan } from '../store/StatementNames';
import { queries as SQL } from '../store/generated/sql';
import { parseTimer } from '../timers/parseTimer';
import type { Variables } from '../variables/TypedValue';
import { DefinitionCache } from './DefinitionCache';
import { isUuid } from '../ids';
import { IncidentTypes } from '../vocabulary/IncidentTypes';
import { JobKinds } from '../vocabulary/JobKinds';
import { SubscriptionKinds } from '../vocabulary/SubscriptionKinds';

/** A process_instance row as commands see it. @public */
export interface InstanceRow {
  id: string;
  definition_id: string;
  definition_key: string;
  business_key: string | null;
  parent_instance_id: string | null;
  parent_token_id: string | null;
  root_instance_id: string;
  state: InstanceStateName;
  rev: number;
  data: InstanceData;
}

export interface EngineOptions {
  db: Db;
  /** the time commands see; tests move it to expire locks and fire timers */
  clock?: () => Date;
  /** how many times a command is retried after a concurrent change (optimistic lock) */
  maxRetries?: number;
}

/** Raised inside a transaction when another command changed the instance first. */
class ConcurrentChange extends Error {}

/**
 * Runs commands. Each command is one transaction: load the instance, run its tokens until they wait,
 * save the new state where `rev` is unchanged (optimistic lock; retried on conflict), and write tasks,
 * external tasks, timers, subscriptions, incidents and history in the same transaction.
 * @public
 */
export class Engine {
  readonly db: Db;
  readonly definitions = new DefinitionCache();
  readonly clock: () => Date;
  private readonly maxRetries: number;

  constructor(opts: EngineOptions) {
    this.db = opts.db;
    this.clock = opts.clock ?? (() => new Date());
    this.maxRetries = opts.maxRetries ?? 20;
  }

  /** Runs fn in a transaction, retrying when an instance was changed concurrently. */
  async command<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.tx(fn);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        if (attempt >= this.maxRetries)
          throw Errors.conflict(error instanceof ConcurrentChange ? error.message : 'instance');
        await sleep(Math.random() * Math.min(50, 2 ** attempt));
      }
    }
  }

  /** Starts an instance of the latest version of `key` (or of `definitionId`). */
  startProcess(input: {
    key?: string;
    definitionId?: string;
    businessKey?: string;
    variables?: Variables;
    startNode?: string;
  }): Promise<InstanceRow> {
    return this.command((q) => this.startIn(q, input));
  }

  async startIn(
    q: Queryable,
    input: {
      key?: string;
      definitionId?: string;
      businessKey?: string;
      variables?: Variables;
      startNode?: string;
      parent?: { id: string; tokenId: string; rootId: string };
    },
  ): Promise<InstanceRow> {
    const byKey = !input.definitionId;
    const definitionId =
      input.definitionId ??
      (input.key !== undefined ? this.definitions.latestIdOf(input.key) : undefined) ??
      (await this.latestDefinitionId(q, input.key));
    const { row: def, model } = await this.definitions.get(q, definitionId);
    const id = randomUUID();
    const data = Run.create(id, input.variables ?? {});
    const row: InstanceRow = {
      id,
      definition_id: def.id,
      definition_key: def.key,
      business_key: input.businessKey ?? null,
      parent_instance_id: input.parent?.id ?? null,
      parent_token_id: input.parent?.tokenId ?? null,
      root_instance_id: input.parent?.rootId ?? id,
      state: InstanceStates.active,
      rev: 0,
      data,
    };
    const run = new Run(model, data, this.clock());
    run.start(input.startNode);
    const now = this.clock();
    // A new instance has no open work yet, so its first run's token cleanup has nothing to remove.
    // Started by key, the insert checks that the cached latest version still is the latest (another process may
    // have deployed a newer one): when it is not, nothing is written and the command runs again with the newer one.
    const { rows } = await q.query<{ inserted: number }>(SQL.instanceInsert, [
      id,
      def.id,
      def.key,
      row.business_key,
      row.parent_instance_id,
      row.parent_token_id,
      row.root_instance_id,
      run.ended ?? InstanceStates.active,
      JSON.stringify(data),
      now,
      run.ended ? now : null,
      historyEvents(run),
      byKey,
    ]);
    if (rows[0]?.inserted !== 1) {
      this.definitions.forgetLatest(def.key);
      throw new ConcurrentChange(`process definition ${def.key}`);
    }
    row.rev = 1;
    await this.afterRun(q, row, run, now);
    return row;
  }

  private async latestDefinitionId(q: Queryable, key: string | undefined): Promise<string> {
    const { rows } = await q.query(SQL.definitionLatest, [key]);
    if (!rows[0]) throw Errors.definitionNotFound(key);
    this.definitions.rememberLatest(key!, rows[0].id);
    return rows[0].id as string;
  }

  /**
   * Loads an active instance, applies fn to a Run of it and saves the result. Throws when the instance
   * is unknown or has ended. Use inside `command`. `instance` is its id, or its row when the caller read it
   * already in this transaction (with the task it locked: one round trip less); the row is then updated in place.
   */
  async onInstance(
    q: Queryable,
    instance: string | InstanceRow,
    fn: (run: Run, row: InstanceRow) => void | Promise<void>,
  ): Promise<{ row: InstanceRow; run: Run }> {
    const instanceId = typeof instance === 'string' ? instance : instance.id;
    const row =
      typeof instance !== 'string'
        ? instance
        : isUuid(instanceId)
          ? (await q.query<InstanceRow>(SQL.instanceSelect, [instanceId])).rows[0]
          : undefined;
    if (!row) throw Errors.instanceNotFound(instanceId);
    if (row.state !== InstanceStates.active) throw Errors.instanceEnded(instanceId);
    const { model } = await this.definitions.get(q, row.definition_id);
    const run = new Run(model, row.data, this.clock());
    await fn(run, row);
    const now = this.clock();
    // The save also writes the history and removes the finished tokens' work, only when the rev still matched.
    const { rows } = await q.query<{ updated: number }>(SQL.instanceUpdate, [
      row.id,
      row.rev,
      JSON.stringify(row.data),
      run.ended ?? InstanceStates.active,
      run.ended ? now : null,
      historyEvents(run),
      now,
      cleanedUpTokens(run),
      Boolean(run.ended),
    ]);
    if (rows[0]?.updated !== 1) throw new ConcurrentChange(row.id);
    row.rev += 1;
    row.state = run.ended ?? InstanceStates.active;
    await this.afterRun(q, row, run, now);
    return { row, run };
  }

  /**
   * Writes what a run produced besides the instance row and its history (saved with them): side records, then
   * cross-instance consequences. An ended instance keeps no open work, so the run's tasks, external tasks,
   * timers and subscriptions are not written at all (they used to be written, then deleted with the rest).
   */
  private async afterRun(q: Queryable, row: InstanceRow, run: Run, now: Date): Promise<void> {
    const propagate = run.effects.find((e) => e.kind === 'propagateError') as
      Extract<Effect, { kind: 'propagateError' }> | undefined;
    for (const effect of run.effects) {
      if (
        effect.kind === 'incident' &&
        effect.incidentType === IncidentTypes.unhandledBpmnError &&
        propagate &&
        row.parent_instance_id
      )
        continue;
      if (run.ended && OPEN_WORK.has(effect.kind)) continue;
      await this.applyEffect(q, row, effect, now);
    }
    if (run.ended) {
      if (row.parent_instance_id && run.ended === InstanceStates.completed) {
        const childVars = variablesVisibleFrom(row.data);
        await this.onInstance(q, row.parent_instance_id, (parent) =>
          parent.completeCall(row.parent_token_id!, childVars),
        );
      }
    } else if (propagate && row.parent_instance_id) {
      await this.onInstance(q, row.parent_instance_id, (parent) =>
        parent.throwError(row.parent_token_id!, propagate.errorCode, propagate.errorMessage),
      );
    }
  }

  private async applyEffect(q: Queryable, row: InstanceRow, effect: Effect, now: Date): Promise<void> {
    switch (effect.kind) {
      case 'userTask':
        await q.query(SQL.taskInsert, [
          randomUUID(),
          row.id,
          effect.tokenId,
          row.definition_id,
          effect.elementId,
          effect.name ?? null,
          effect.assignee ?? null,
          effect.candidateGroups,
          effect.candidateUsers,
          effect.formKey ?? null,
          effect.priority,
          effect.dueAt ?? null,
          now,
        ]);
        return;
      case 'externalTask':
        await q.query(SQL.externalTaskInsert, [
          randomUUID(),
          row.id,
          effect.tokenId,
          row.definition_id,
          row.definition_key,
          effect.elementId,
          row.business_key,
          effect.topic,
          effect.priority,
          now,
        ]);
        return;
      case 'timer':
        await q.query(SQL.jobInsert, [
          randomUUID(),
          row.id,
          row.definition_id,
          effect.tokenId,
          effect.elementId,
          JobKinds.timer,
          effect.dueAt,
          effect.repeat ?? null,
          now,
        ]);
        return;
      case 'subscribe':
        await q.query(SQL.subscriptionInsert, [
          randomUUID(),
          row.id,
          row.definition_id,
          effect.tokenId,
          effect.elementId,
          SubscriptionKinds.message,
          effect.messageName,
          now,
        ]);
        return;
      case 'incident':
        await q.query(SQL.incidentInsert, [
          randomUUID(),
          row.id,
          row.definition_id,
          effect.tokenId,
          effect.elementId,
          effect.incidentType,
          effect.message,
          null,
          now,
        ]);
        return;
      case 'call':
        await this.startCalled(q, row, effect);
        return;
      case 'cancelCall': {
        const { rows } = await q.query(SQL.childInstanceByToken, [row.id, effect.tokenId]);
        for (const child of rows) await this.onInstance(q, child.id, (run) => run.terminate('cancelled by its parent'));
        return;
      }
      case 'cleanup':
      case 'propagateError':
        return;
      default:
        return exhaustive(effect, 'effect');
    }
  }

  private async startCalled(q: Queryable, row: InstanceRow, effect: Extract<Effect, { kind: 'call' }>): Promise<void> {
    try {
      await this.startIn(q, {
        key: effect.calledElement,
        businessKey: effect.businessKey ?? row.business_key ?? undefined,
        variables: effect.variables,
        parent: { id: row.id, tokenId: effect.tokenId, rootId: row.root_instance_id },
      });
    } catch (error) {
      if (!(error instanceof CauceError) || error.statusCode !== 404) throw error;
      await q.query(SQL.incidentInsert, [
        randomUUID(),
        row.id,
        row.definition_id,
        effect.tokenId,
        effect.elementId,
        IncidentTypes.failedCallActivity,
        `no process definition '${effect.calledElement}' to call`,
        null,
        this.clock(),
      ]);
    }
  }

  /** Re-arms a cycle timer when its token still waits (non-interrupting boundary timers). */
  nextCycle(repeat: string | null): { dueAt: Date; repeat?: string } | undefined {
    if (!repeat) return undefined;
    const parsed = parseTimer('cycle', repeat, this.clock());
    return parsed.ok ? parsed : undefined;
  }
}

// helpers
/** Effects that arm work of the instance itself: an ended instance has none. */
const OPEN_WORK = new Set<Effect['kind']>(['userTask', 'externalTask', 'timer', 'subscribe']);

/** The run's history as the jsonb array the save statements take; `seq` keeps the order within the rev. */
function historyEvents(run: Run): string {
  return JSON.stringify(
    run.history.map((h, seq) => ({
      seq,
      kind: h.kind,
      element_id: h.elementId ?? null,
      element_type: h.elementType ?? null,
      token_id: h.tokenId ?? null,
      data: h.data ?? null,
    })),
  );
}

function cleanedUpTokens(run: Run): string[] {
  return run.effects.flatMap((e) => (e.kind === 'cleanup' ? [e.tokenId] : []));
}

function isRetryable(error: unknown): boolean {
  if (error instanceof ConcurrentChange || isStalePlan(error)) return true;
  const code = (error as { code?: string })?.code;
  return (
    code === '40001' ||
    code === '40P01' ||
    (code === '23505' && String((error as Error).message).includes('history_event'))
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
