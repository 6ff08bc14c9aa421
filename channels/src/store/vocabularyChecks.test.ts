import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import { CHANNELS, LANGUAGES, ROLES, SERVICE_REQUEST_STATES } from '@cauce/schemas';
import { migrateChannels } from './migrateChannels';
import { SQL } from './sql';

/** Every column that stores a word of the vocabulary, and the list (@cauce/schemas) its CHECK must allow. */
const VOCABULARY: Record<string, readonly string[]> = {
  'service_request.entry_channel': CHANNELS,
  'service_request.state': SERVICE_REQUEST_STATES,
  'session.channel': CHANNELS,
  'session.language': LANGUAGES,
  'session.owner_role': ROLES,
  'step_answer.actor_role': ROLES,
  'step_answer.channel': CHANNELS,
  'audit_log.role': ROLES,
  'audit_log.channel': CHANNELS,
};
/** Text lists checked by the database that are the channels' own words, not the shared vocabulary. */
const OWN_WORDS = new Set(['session.state']);
const TABLES = ['procedure_package', 'service_request', 'session', 'step_answer', 'session_submission', 'audit_log'];

describe.each(databasesUnderTest())('vocabulary checks on $name', (d) => {
  let db: Db;
  beforeEach(async () => {
    db = await d.open();
    await migrateChannels(db);
  });
  afterEach(async () => {
    if (db.kind === 'pglite') await db.query(SQL.testDrop);
    await db.close();
  });

  it('allow exactly the words of @cauce/schemas, on every column that stores one', async () => {
    // given
    const { rows } = await db.query<{ table_name: string; definition: string }>(SQL.checkConstraints, [TABLES]);
    // when each check that lists text values is read back as column → values
    const checked = new Map<string, string[]>();
    for (const row of rows) {
      const list = /^CHECK \(\((\w+) = ANY \(ARRAY\[(.*)\]\)\)\)$/.exec(row.definition);
      if (!list || !list[2].includes("'::text")) continue;
      checked.set(
        `${row.table_name}.${list[1]}`,
        [...list[2].matchAll(/'([^']*)'::text/g)].map((m) => m[1]),
      );
    }
    // then
    for (const [column, words] of Object.entries(VOCABULARY)) expect(checked.get(column), column).toEqual(words);
    const unexplained = [...checked.keys()].filter((column) => !(column in VOCABULARY) && !OWN_WORDS.has(column));
    expect(unexplained).toEqual([]);
  });
});
