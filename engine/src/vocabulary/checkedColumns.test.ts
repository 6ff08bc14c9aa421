import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { queries as SQL } from '../store/generated/sql';
import { databasesUnderTest } from '../store/testing';
import { checkedColumns } from './checkedColumns';

describe.each(databasesUnderTest())('vocabulary checks on $name', (d) => {
  let db: Db;
  beforeEach(async () => {
    db = await d.open();
  });
  afterEach(() => db.close());

  it('allow exactly the words of engine/src/vocabulary, on every engine column that stores one', async () => {
    // given
    const { rows } = await db.query(SQL.checkConstraints);
    // when each check that lists text values is read back as column → values
    const checked = new Map<string, string[]>();
    for (const row of rows) {
      const list = /^CHECK \(\((\w+) = (?:ANY \(ARRAY\[(.*)\]\)|('[^']*'::text))\)\)$/.exec(row.definition);
      if (!list) continue;
      const words = [...(list[2] ?? list[3]).matchAll(/'([^']*)'::text/g)].map((m) => m[1]);
      checked.set(`${row.table_name}.${list[1]}`, words);
    }
    // then
    for (const [column, words] of Object.entries(checkedColumns))
      expect(checked.get(column), `${column}: a new migration needs\n${alterFor(column, words)}`).toEqual(
        Object.values(words),
      );
    expect([...checked.keys()].filter((column) => !(column in checkedColumns))).toEqual([]);
  });

  it('refuses a word outside the vocabulary', async () => {
    // given
    const insert =
      "insert into job (id, element_id, kind, due_at) values ('00000000-0000-4000-8000-000000000001', 'x', 'signal', now())";
    // when
    const refused = db.query(insert);
    // then
    await expect(refused).rejects.toThrow(/job_kind_check/);
  });
});

// helpers
/** The statement that makes a column's check allow exactly these words: what a new migration holds. */
function alterFor(column: string, words: Readonly<Record<string, string>>): string {
  const [table, name] = column.split('.');
  const list = Object.values(words)
    .map((w) => `'${w}'`)
    .join(', ');
  return `alter table ${table} drop constraint if exists ${table}_${name}_check,\n  add constraint ${table}_${name}_check check (${name} in (${list}));`;
}
