import type { Scenario, ScenarioAction } from '@cauce/schemas';

/** A connector action of a scenario (`{ connector, outcome, … }`). @internal */
export type LiveConnectorAction = Exclude<ScenarioAction, { step: string }>;

/** What the real worker reported for one attempt at a task (its `onEvent`). @internal */
export type WorkerReport =
  | { type: 'completed' }
  | { type: 'bpmn-error'; code: string; message: string }
  | { type: 'failure'; message: string; retries: number }
  | { type: 'report-failed'; message: string };

/** The task a worker attempt is about, as the camunda client hands it over. @internal */
export interface AttemptedTask {
  id: string;
  topicName: string;
  activityId: string;
  businessKey: string | null;
}

/** One scenario connector action as the worker performed it. @internal */
export interface ActionRecord {
  action: LiveConnectorAction;
  /** the element of the task the worker handled for it */
  element?: string;
  /** the attempts' reports, in order; the last one decides */
  reports: WorkerReport[];
  /** the worker's calls to its system were made to fail (fault injection) */
  faulted: boolean;
  /** someone else's action was done in the system first, so that it answers the scenario's outcome */
  provoked: boolean;
  /** what the connector's `run` returned (the worker completes with these, once checked) */
  outputs?: unknown;
  /** no more attempts will be matched to this action */
  final: boolean;
}

/**
 * Matches what the real connector workers do to the connector actions of the scenario running now, for
 * `cauce test --live`. Each worker attempt on a task of the scenario's instance (its business key) is given to
 * the first action not yet done on the same topic (and element, when the action names one), in the scenario's
 * order, and every later attempt on that task too until the worker is done with it (completed, BPMN error, or
 * failure with no retries left); the reports are kept for the runner to compare. An action with
 * `outcome: failure` gets its attempts faulted (the caller makes the system answer 503): with `retries` 0 (the
 * default) every attempt until the worker gives up and an incident is raised, else only the first. Attempts on other instances are not
 * matched and never faulted. Scenarios run one at a time, so one ledger serves a whole `cauce test` run.
 * @internal
 */
export class ConnectorLedger {
  #businessKey: string | undefined;
  #records = new Map<number, ActionRecord>();
  /** task id → the records of its attempts awaiting a report, oldest first */
  #awaiting = new Map<string, ActionRecord[]>();
  /** task id → the action its failing attempts keep belonging to */
  #sticky = new Map<string, ActionRecord>();

  /** Starts a scenario: its instance has this business key. Forgets the previous one. */
  begin(businessKey: string, scenario: Scenario): void {
    this.#businessKey = businessKey;
    this.#records = new Map();
    this.#awaiting = new Map();
    this.#sticky = new Map();
    scenario.steps.forEach((action, index) => {
      if (!('step' in action))
        this.#records.set(index, { action, reports: [], faulted: false, provoked: false, final: false });
    });
  }

  /**
   * A worker starts an attempt on `task`: returns whether its calls must fail (`fault`), and the action it is
   * matched to (`action`, undefined for tasks of other instances or not in the scenario).
   */
  attempt(task: AttemptedTask): { fault: boolean; action?: LiveConnectorAction; record?: ActionRecord } {
    if (!this.#businessKey || task.businessKey !== this.#businessKey) return { fault: false };
    const record = this.#sticky.get(task.id) ?? this.#nextFor(task);
    if (!record) return { fault: false };
    record.element ??= task.activityId;
    const { action } = record;
    const fault = action.outcome === 'failure';
    record.faulted ||= fault;
    // A task stays with its action until the worker is done with it (a passing glitch is retried); only a
    // failure with retries left ends the action at its first attempt, the next attempt being the next action's.
    if (action.outcome === 'failure' && (action.retries ?? 0) > 0) {
      this.#sticky.delete(task.id);
      record.final = true;
    } else this.#sticky.set(task.id, record);
    this.#awaiting.set(task.id, [...(this.#awaiting.get(task.id) ?? []), record]);
    return { fault, action, record };
  }

  /** The connector's `run` returned `outputs` in the open attempt on `taskId`. */
  answered(taskId: string, outputs: unknown): void {
    const record = this.#awaiting.get(taskId)?.at(-1);
    if (record) record.outputs = outputs;
  }

  /** Every connector action of the scenario the worker is done with, by step index. */
  performed(): Array<[number, ActionRecord]> {
    return [...this.#records.entries()].filter(([index]) => this.done(index));
  }

  /** The worker reported the outcome of its oldest open attempt on `taskId`. */
  report(taskId: string, report: WorkerReport): void {
    const [record, ...rest] = this.#awaiting.get(taskId) ?? [];
    if (!record) return;
    this.#awaiting.set(taskId, rest);
    record.reports.push(report);
    const givenUp = report.type !== 'failure' || report.retries === 0;
    if (givenUp && this.#sticky.get(taskId) === record) {
      this.#sticky.delete(taskId);
      record.final = true;
    }
  }

  /** The action at step `index` once the worker is done with it (every attempt reported), else undefined. */
  done(index: number): ActionRecord | undefined {
    const record = this.#records.get(index);
    if (!record?.final || !record.reports.length) return undefined;
    for (const pending of this.#awaiting.values()) if (pending.includes(record)) return undefined;
    return record;
  }

  /** Whether a worker has started on the action at step `index`. */
  started(index: number): boolean {
    return (this.#records.get(index)?.element ?? undefined) !== undefined;
  }

  // helpers

  #nextFor(task: AttemptedTask): ActionRecord | undefined {
    for (const record of this.#records.values()) {
      if (record.element !== undefined) continue;
      if (record.action.connector !== task.topicName) continue;
      if (record.action.element && record.action.element !== task.activityId) continue;
      return record;
    }
    return undefined;
  }
}
