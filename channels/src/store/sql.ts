import { readFileSync } from 'node:fs';

/**
 * The channels' named queries, one `.sql` file each in `./sql/` (`$1` parameters, never concatenated values).
 * Read once at import, so PostgreSQL and PGlite run the same text; `sql.test.ts` keeps this list and the folder equal.
 * @internal
 */
export const SQL = load([
  'migrationLock',
  'migrationTable',
  'migrationApplied',
  'migrationRecord',
  'testDrop',
  'packageInsert',
  'packageDelete',
  'packageSelect',
  'packageLatest',
  'packageLatestAll',
  'requestInsert',
  'requestSelect',
  'requestByReference',
  'requestUpdate',
  'requestAddInstance',
  'requestAddNote',
  'requestClose',
  'requestsByCitizen',
  'sessionInsert',
  'sessionSelect',
  'sessionSave',
  'sessionsOfRequest',
  'sessionQueue',
  'sessionOwnerCitizen',
  'stepInsert',
  'stepLog',
  'stepSupersedeFrom',
  'submissionClaim',
  'submissionSelect',
  'submissionDone',
  'submissionDelete',
  'auditInsert',
  'auditOfCitizen',
  'checkConstraints',
] as const);

// helpers
function load<const N extends string>(names: readonly N[]): Record<N, string> {
  const out = {} as Record<N, string>;
  for (const name of names) out[name] = readFileSync(new URL(`./sql/${name}.sql`, import.meta.url), 'utf8').trim();
  return out;
}
