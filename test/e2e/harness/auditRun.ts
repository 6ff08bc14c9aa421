import type { Queryable } from '@cauce/engine';

/** What the database says about every instance of one process definition after a run. */
export interface RunAudit {
  instances: number;
  /** distinct business keys: one per instance the test meant to start */
  businessKeys: number;
  completed: number;
  /** process_end history events, in all */
  processEnds: number;
  /** instances whose process_end count is not exactly 1 */
  instancesWithoutOneEnd: number;
  /** (instance_id, rev, seq) present more than once (the table's unique key should make this impossible) */
  duplicateEventKeys: number;
  /** (instance, element) pairs whose activity_end count is not exactly 1: a lost or a doubled step */
  elementsNotEndedOnce: number;
  /** activity_end events of each element, in all */
  activityEnds: Record<string, number>;
  /** instances whose last history rev is not their row's rev: a command committed without its history, or the reverse */
  revMismatches: number;
  /** rows that should be gone once every instance ended */
  openTasks: number;
  openExternalTasks: number;
  openJobs: number;
  openSubscriptions: number;
  incidents: number;
}

/**
 * Reads, in SQL, the figures the crash and multi-node tests assert: every instance ended once, no history event
 * twice, every step once, nothing left behind. One snapshot (one transaction).
 * @internal
 */
export function auditRun(
  db: { tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> },
  definitionKey: string,
): Promise<RunAudit> {
  return db.tx(async (q) => {
    const one = async (sql: string) => (await q.query<{ n: number }>(sql, [definitionKey])).rows[0].n;
    const instances = `select id from process_instance where definition_key = $1`;
    const [counts] = (
      await q.query(
        `select count(*)::int as instances, count(distinct business_key)::int as "businessKeys",
              (count(*) filter (where state = 'COMPLETED'))::int as completed
         from process_instance where definition_key = $1`,
        [definitionKey],
      )
    ).rows;
    const { rows: ends } = await q.query<{ element_id: string; n: number }>(
      `select element_id, count(*)::int as n from history_event
        where kind = 'activity_end' and instance_id in (${instances}) group by element_id order by element_id`,
      [definitionKey],
    );
    return {
      ...counts,
      processEnds: await one(
        `select count(*)::int as n from history_event where kind = 'process_end' and instance_id in (${instances})`,
      ),
      instancesWithoutOneEnd: await one(
        `select count(*)::int as n from process_instance p where p.definition_key = $1
            and (select count(*) from history_event h where h.instance_id = p.id and h.kind = 'process_end') <> 1`,
      ),
      duplicateEventKeys: await one(
        `select count(*)::int as n from (select 1 from history_event where instance_id in (${instances})
           group by instance_id, rev, seq having count(*) > 1) d`,
      ),
      elementsNotEndedOnce: await one(
        `select count(*)::int as n from (select 1 from history_event where kind = 'activity_end' and instance_id in (${instances})
           group by instance_id, element_id having count(*) <> 1) d`,
      ),
      activityEnds: Object.fromEntries(ends.map((r) => [r.element_id, r.n])),
      revMismatches: await one(
        `select count(*)::int as n from process_instance p where p.definition_key = $1
            and p.rev is distinct from (select max(h.rev) from history_event h where h.instance_id = p.id)`,
      ),
      openTasks: await one(`select count(*)::int as n from task where instance_id in (${instances})`),
      openExternalTasks: await one(`select count(*)::int as n from external_task where instance_id in (${instances})`),
      openJobs: await one(`select count(*)::int as n from job where instance_id in (${instances})`),
      openSubscriptions: await one(
        `select count(*)::int as n from event_subscription where instance_id in (${instances})`,
      ),
      incidents: await one(`select count(*)::int as n from incident where instance_id in (${instances})`),
    } as RunAudit;
  });
}
