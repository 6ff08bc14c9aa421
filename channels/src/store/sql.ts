import { queries } from './generated/sql';

/**
 * The channels' named queries, one `.sql` file each in `./sql/` (`$1` parameters, never concatenated values),
 * bundled into the committed `generated/sql.ts` (channelsSqlBundle.ts), so PostgreSQL and PGlite run the same text.
 * @internal
 */
export const SQL = queries;
