/**
 * One numbered schema migration, bundled from `engine/sql/migrations/NNNNNN_name.sql` into generated/sql.ts.
 * `breaking` marks a change older engines cannot run against (first line `--! breaking-change`).
 * @public
 */
export interface Migration {
  id: number;
  name: string;
  breaking: boolean;
  sql: string;
}
