import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import { DraftStore } from './DraftStore';
import { migrateDesigner } from './migrateDesigner';
import { SQL } from './sql';

describe.each(databasesUnderTest())('DraftStore on $name', (d) => {
  let db: Db;
  let store: DraftStore;
  beforeEach(async () => {
    db = await d.open();
    await migrateDesigner(db);
    store = new DraftStore(db);
  });
  afterEach(async () => {
    if (db.kind === 'pglite') await db.query(SQL.testDrop);
    await db.close();
  });

  it('keeps every save as a revision with its author, and refuses a stale one with who saved and when', async () => {
    // given a draft two specialists opened at revision 1
    await store.create('my-procedure', { 'procedure.json': '{}' }, 'marta');
    // when the first saves, then the second saves over revision 1
    const first = await store.save('my-procedure', 1, { 'procedure.json': '{"a":1}' }, 'marta');
    const second = store.save('my-procedure', 1, { 'procedure.json': '{"b":2}' }, 'pablo');
    // then the second is refused with the current revision, author and time, and nothing of it is stored
    expect(first.rev).toBe(2);
    await expect(second).rejects.toMatchObject({
      code: 'CAUCE_ERR_DRAFT_CONFLICT',
      statusCode: 409,
      details: { rev: 2, updatedBy: 'marta', updatedAt: first.at.toISOString() },
    });
    const draft = await store.get('my-procedure');
    expect(draft).toMatchObject({ rev: 2, files: { 'procedure.json': '{"a":1}' }, updated_by: 'marta' });
    expect((await store.revisions('my-procedure')).map((r) => [r.rev, r.author])).toEqual([
      [2, 'marta'],
      [1, 'marta'],
    ]);
  });

  it('refuses a second procedure with the same id, and knows no draft of an unknown one', async () => {
    // given
    await store.create('twice', {}, 'marta');
    // when / then
    await expect(store.create('twice', {}, 'pablo')).rejects.toMatchObject({ code: 'CAUCE_ERR_PROCEDURE_EXISTS' });
    await expect(store.save('nobody', 1, {}, 'marta')).rejects.toMatchObject({ code: 'CAUCE_ERR_DRAFT_NOT_FOUND' });
    await expect(store.get('nobody')).rejects.toMatchObject({ code: 'CAUCE_ERR_DRAFT_NOT_FOUND' });
  });

  it('numbers versions once each, lists them newest first and archives a procedure once', async () => {
    // given
    await store.create('versioned', { 'procedure.json': '{}' }, 'marta');
    const version = { id: 'versioned', files: {}, reason: 'first', by: 'marta', deploymentId: 'd1' };
    // when
    await store.addVersion({ ...version, version: 1, kind: 'publish', fromVersion: null });
    await store.addVersion({ ...version, version: 2, kind: 'rollback', fromVersion: 1 });
    const taken = await store
      .addVersion({ ...version, version: 2, kind: 'publish', fromVersion: null })
      .catch((e) => e);
    const archived = await store.archive('versioned', 'marta');
    // then
    expect(taken).toMatchObject({ code: 'CAUCE_ERR_VERSION_TAKEN' });
    expect((await store.versions('versioned')).map((v) => [v.version, v.kind, v.from_version])).toEqual([
      [2, 'rollback', 1],
      [1, 'publish', null],
    ]);
    expect((await store.version('versioned'))?.version).toBe(2);
    expect((await store.version('versioned', 1))?.kind).toBe('publish');
    expect(archived.archived_by).toBe('marta');
    await expect(store.archive('versioned', 'marta')).rejects.toMatchObject({ code: 'CAUCE_ERR_PROCEDURE_ARCHIVED' });
    expect((await store.list()).map((p) => [p.id, p.live_version, p.archived_at !== null])).toEqual([
      ['versioned', 2, true],
    ]);
  });
});
