import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import { designerTestApp, type DesignerTestApp } from './testing/designerTestApp';
import { sampleFiles } from './testing/sampleFiles';
import { SQL } from './store/sql';
import { writePackageZip } from './zip/writePackageZip';

describe.each(databasesUnderTest())('/api/designer on $name', (d) => {
  let db: Db;
  let t: DesignerTestApp;
  const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url: `/api/designer${path}`, headers: { ...t.as('specialist'), ...headers }, payload });
  beforeAll(async () => {
    db = await d.open();
    t = await designerTestApp(db);
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/designer/procedures/import',
      headers: { ...t.as('specialist'), 'content-type': 'application/zip' },
      payload: Buffer.from(writePackageZip('claim-status', await sampleFiles('claim-status'))),
    });
    expect(imported.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.app.close();
    if (db.kind === 'pglite') await db.query(SQL.testDrop);
    await db.close();
  });

  it('creates an empty procedure whose check lists what is missing, and refuses to publish it', async () => {
    // when
    const created = await call('POST', '/procedures', {
      id: 'nueva-ayuda',
      title: { es: 'Nueva ayuda' },
      from: 'empty',
    });
    const findings = await call('POST', '/procedures/nueva-ayuda/check', {});
    const publish = await call('POST', '/procedures/nueva-ayuda/publish', { rev: 1, reason: 'primera' });
    // then
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      id: 'nueva-ayuda',
      rev: 1,
      state: 'draft',
      liveVersion: null,
      versions: [],
    });
    expect(Object.keys(created.json().files)).toEqual(
      expect.arrayContaining(['procedure.json', 'process.bpmn', 'texts/es.json']),
    );
    expect(findings.json().some((f: { severity: string }) => f.severity === 'error')).toBe(true);
    expect(findings.json()[0]).toEqual(
      expect.objectContaining({ rule: expect.any(String), file: expect.any(String), line: expect.any(Number) }),
    );
    expect(publish.statusCode).toBe(422);
    expect(publish.json()).toMatchObject({ code: 'CAUCE_ERR_CHECK_FAILED', findings: expect.any(Array) });
    expect(t.published).toEqual([]);
  });

  it('keeps every save, refuses a stale one with who saved and when, and never loses it silently', async () => {
    // given
    const opened = (await call('GET', '/procedures/nueva-ayuda')).json();
    const files = { ...opened.files, 'texts/es.json': '{"language":"es","steps":{},"common":{"intro":"Hola"}}' };
    // when
    const saved = await call('PUT', '/procedures/nueva-ayuda/draft', { files }, { 'if-match': `"${opened.rev}"` });
    const stale = await call(
      'PUT',
      '/procedures/nueva-ayuda/draft',
      { files: opened.files },
      {
        'if-match': String(opened.rev),
        'x-test-role': 'specialist',
      },
    );
    const noRev = await call('PUT', '/procedures/nueva-ayuda/draft', { files });
    const revisions = await call('GET', '/procedures/nueva-ayuda/revisions');
    // then
    expect(saved.json()).toMatchObject({ rev: opened.rev + 1, updatedBy: 'specialist-user' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CAUCE_ERR_DRAFT_CONFLICT',
      rev: opened.rev + 1,
      updatedBy: 'specialist-user',
    });
    expect(noRev.json().code).toBe('CAUCE_ERR_BODY_INVALID');
    expect(revisions.json().map((r: { rev: number }) => r.rev)).toEqual([opened.rev + 1, opened.rev]);
  });

  it('refuses a save with DOCTYPE, malformed JSON or a path outside the package, keeping the draft', async () => {
    // given
    const opened = (await call('GET', '/procedures/nueva-ayuda')).json();
    const bad = [{ 'process.bpmn': '<!DOCTYPE x><x/>' }, { 'forms/A.schema.json': '{ nope' }, { '../etc/passwd': 'x' }];
    // when
    const answers = [];
    for (const change of bad)
      answers.push(
        await call(
          'PUT',
          '/procedures/nueva-ayuda/draft',
          { files: { ...opened.files, ...change } },
          { 'if-match': String(opened.rev) },
        ),
      );
    // then
    expect(answers.map((a) => [a.statusCode, a.json().code])).toEqual(
      bad.map(() => [422, 'CAUCE_ERR_PACKAGE_INVALID']),
    );
    expect((await call('GET', '/procedures/nueva-ayuda')).json().rev).toBe(opened.rev);
  });

  it('publishes a checked draft as the next version, shows the difference, rolls back and audits both', async () => {
    // given claim-status (manifest 1.0.0) imported
    const opened = (await call('GET', '/procedures/claim-status')).json();
    // when
    const published = await call('POST', '/procedures/claim-status/publish', {
      rev: opened.rev,
      reason: 'primera versión',
    });
    const es = JSON.parse(opened.files['texts/es.json']);
    es.steps.AskReference.web.title = 'Su número de expediente';
    const files = { ...opened.files, 'texts/es.json': JSON.stringify(es, null, 2) };
    await call('PUT', '/procedures/claim-status/draft', { files }, { 'if-match': String(opened.rev) });
    const diff = await call('GET', '/procedures/claim-status/diff');
    const rollback = await call('POST', '/procedures/claim-status/rollback', { version: 2, reason: 'volver' });
    const staleRev = await call('POST', '/procedures/claim-status/publish', { rev: opened.rev, reason: 'x' });
    const after = (await call('GET', '/procedures/claim-status')).json();
    // then
    expect(published.json()).toEqual({
      version: 2,
      kind: 'publish',
      deploymentId: 'deployment-1',
      warnings: expect.any(Number),
    });
    expect(t.published[0].pkg.manifest.version).toBe('2.0.0');
    expect(t.published[0].pkg.id).toBe('claim-status');
    expect(diff.json()).toMatchObject({
      liveVersion: 2,
      elements: [],
      fields: [],
      texts: [{ change: 'changed', id: 'steps.AskReference.web.title', kind: 'es', after: 'Su número de expediente' }],
    });
    expect(rollback.json()).toMatchObject({ version: 3, kind: 'rollback' });
    expect(t.published[1].pkg.manifest.version).toBe('3.0.0');
    expect(staleRev.json().code).toBe('CAUCE_ERR_DRAFT_CONFLICT');
    expect(after).toMatchObject({ state: 'published', liveVersion: 3 });
    expect(
      after.versions.map((v: { version: number; kind: string; fromVersion: number | null }) => [
        v.version,
        v.kind,
        v.fromVersion,
      ]),
    ).toEqual([
      [3, 'rollback', 2],
      [2, 'publish', null],
    ]);
    expect(t.audited.map((a) => [a.procedureId, a.version, a.kind, a.reason, a.userId])).toEqual([
      ['claim-status', 2, 'publish', 'primera versión', 'specialist-user'],
      ['claim-status', 3, 'rollback', 'volver', 'specialist-user'],
    ]);
  });

  it('lists variables for placeholders, previews a step through the injected renderer and knows unknown steps', async () => {
    // when
    const variables = await call('GET', '/procedures/claim-status/variables');
    const preview = await call('POST', '/procedures/claim-status/preview', { step: 'AskReference', language: 'en' });
    const unknown = await call('POST', '/procedures/claim-status/preview', { step: 'Nope', language: 'en' });
    const templates = await call('GET', '/catalogue/templates');
    // then
    expect(variables.json().variables).toEqual(expect.arrayContaining(['citizenId', 'claimReference', 'claim.state']));
    expect(preview.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(preview.body).toBe('<!doctype html><p>claim-status AskReference en</p>');
    expect(unknown.json()).toMatchObject({
      code: 'CAUCE_ERR_STEP_NOT_FOUND',
      message: "the process of 'claim-status' has no step 'Nope'",
    });
    expect(templates.json().length).toBeGreaterThanOrEqual(11);
  });

  it('copies a procedure under a new id that checks like the original, and archives it out of the catalogue', async () => {
    // when
    const copy = await call('POST', '/procedures', {
      id: 'claim-status-copia-1',
      title: { es: 'Copia' },
      from: { procedureId: 'claim-status' },
    });
    const findings = (await call('POST', '/procedures/claim-status-copia-1/check', {})).json();
    const archived = await call('POST', '/procedures/claim-status-copia-1/archive');
    const save = await call(
      'PUT',
      '/procedures/claim-status-copia-1/draft',
      { files: copy.json().files },
      { 'if-match': '1' },
    );
    const list = (await call('GET', '/procedures?language=en')).json();
    const archivedList = (await call('GET', '/procedures?state=archived')).json();
    const search = (await call('GET', '/procedures?q=COMO%20VA')).json();
    // then
    expect(findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(archived.json()).toMatchObject({ id: 'claim-status-copia-1', archivedBy: 'specialist-user' });
    expect(save.json().code).toBe('CAUCE_ERR_PROCEDURE_ARCHIVED');
    expect(list.map((p: { id: string }) => p.id)).not.toContain('claim-status-copia-1');
    expect(list.find((p: { id: string }) => p.id === 'claim-status')).toMatchObject({
      title: 'How is my application going? Benefit application status',
      state: 'published',
      liveVersion: 3,
    });
    expect(archivedList.map((p: { id: string }) => p.id)).toEqual(['claim-status-copia-1']);
    expect(search.map((p: { id: string }) => p.id)).toEqual(['claim-status']);
  });
});
