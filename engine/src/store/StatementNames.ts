import { createHash } from 'node:crypto';

/**
 * Names of prepared statements on PostgreSQL, one per SQL text (a hash of it), so the server parses and plans
 * each statement once per connection instead of at every call. Bounded: past `limit` distinct texts (SQL built
 * at run time) the others run unnamed. A text whose prepared statement went stale (see `isStalePlan`) runs
 * unnamed from then on.
 * @internal
 */
export class StatementNames {
  private readonly names = new Map<string, string | undefined>();

  constructor(private readonly limit = 1000) {}

  nameOf(text: string): string | undefined {
    if (this.names.has(text)) return this.names.get(text);
    if (this.names.size >= this.limit) return undefined;
    const name = `cauce_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    this.names.set(text, name);
    return name;
  }

  /** The text runs unnamed from now on, on every connection. */
  unname(text: string): void {
    this.names.set(text, undefined);
  }
}

/**
 * PostgreSQL's 0A000 "cached plan must not change result type": a named `select *` prepared before a migration
 * added a column to its table. Run unnamed, the statement is planned again and works.
 * @internal
 */
export function isStalePlan(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  return e?.code === '0A000' && /cached plan must not change result type/.test(String(e.message));
}
