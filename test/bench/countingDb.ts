import type { Db, Queryable } from '@cauce/engine';

/** Per-statement figures: how often it ran and how long callers waited for it (ms, wall clock). @internal */
export interface StatementStats {
  count: number;
  ms: number;
}

/** A Db that counts and times what goes through it (the bench's query profile). @internal */
export interface CountingDb extends Db {
  readonly stats: Map<string, StatementStats>;
  /** transactions run, and the wall time spent in them outside their statements (BEGIN, COMMIT, engine JS) */
  readonly txStats: StatementStats & { outsideMs: number };
  reset(): void;
}

/**
 * Wraps a Db: every statement is labelled by the start of its SQL (comments dropped) and counted. The overhead is a Map lookup and
 * two `performance.now()` calls per statement.
 * @internal
 */
export function countingDb(db: Db): CountingDb {
  const stats = new Map<string, StatementStats>();
  const txStats = { count: 0, ms: 0, outsideMs: 0 };
  const labels = new Map<string, string>();
  const counted = (on: Queryable, inside?: { ms: number }): Queryable => ({
    async query(text, params) {
      const t0 = performance.now();
      try {
        return await on.query(text, params);
      } finally {
        const ms = performance.now() - t0;
        let label = labels.get(text);
        if (label === undefined) labels.set(text, (label = labelOf(text)));
        const s = stats.get(label) ?? { count: 0, ms: 0 };
        s.count++;
        s.ms += ms;
        stats.set(label, s);
        if (inside) inside.ms += ms;
      }
    },
  });
  const outer = counted(db);
  return {
    kind: db.kind,
    stats,
    txStats,
    query: (text, params) => outer.query(text, params),
    async tx(fn) {
      const t0 = performance.now();
      const inside = { ms: 0 };
      try {
        return await db.tx((q) => fn(counted(q, inside)));
      } finally {
        const ms = performance.now() - t0;
        txStats.count++;
        txStats.ms += ms;
        txStats.outsideMs += ms - inside.ms;
      }
    },
    listen: (channel, onNotify) => db.listen(channel, onNotify),
    close: () => db.close(),
    reset() {
      stats.clear();
      txStats.count = 0;
      txStats.ms = 0;
      txStats.outsideMs = 0;
    },
  };
}

/** The profile as lines: statements by total wait, with counts per instance. @internal */
export function profileLines(db: CountingDb, instances: number, top = 12): string[] {
  const all = [...db.stats].sort((a, b) => b[1].ms - a[1].ms);
  const queries = all.reduce((sum, [, s]) => sum + s.count, 0);
  const ms = all.reduce((sum, [, s]) => sum + s.ms, 0);
  const lines = [
    `${(queries / instances).toFixed(1)} statements and ${(db.txStats.count / instances).toFixed(2)} transactions per instance ` +
      `(+ BEGIN and COMMIT per transaction); waited ${(ms / instances).toFixed(2)} ms in statements and ` +
      `${(db.txStats.outsideMs / instances).toFixed(2)} ms in transactions outside statements, per instance (summed over concurrent callers)`,
  ];
  for (const [label, s] of all.slice(0, top)) {
    lines.push(
      `${(s.count / instances).toFixed(2).padStart(6)}/inst ${(s.ms / s.count).toFixed(2).padStart(6)} ms avg ${((100 * s.ms) / ms).toFixed(1).padStart(5)}%  ${label}`,
    );
  }
  return lines;
}

// helpers
function labelOf(text: string): string {
  const sql = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('--'))
    .join(' ');
  return sql.replace(/\s+/g, ' ').trim().slice(0, 90);
}
