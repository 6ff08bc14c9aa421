import { queries } from '../generated/sql';

/**
 * The designer's named queries, one `.sql` file each in `../sql/` (`$1` parameters, never concatenated values),
 * bundled into the committed `../generated/sql.ts` (designerSqlBundle.ts) and typed with their rows (QueryRows.ts).
 * @internal
 */
export const SQL = queries;
