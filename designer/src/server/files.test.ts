import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import { checkPackageDir } from '@cauce/procedure-kit';
import { listSamples } from '@cauce/procedures';
import { designerTestApp, type DesignerTestApp } from './testing/designerTestApp';
import { sampleFiles } from './testing/sampleFiles';
import { SQL } from './store/sql';
import { readPackageZip } from './zip/readPackageZip';
import { writePackageZip } from './zip/writePackageZip';

describe.each(databasesUnderTest())('/api/designer files in and out on $name', (d) => {
  let db: Db;
  let t: DesignerTestApp;
  const upload = (zip: Uint8Array | Buffer, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/designer/procedures/import',
      headers: { ...t.as('specialist'), 'content-type': 'application/zip', ...headers },
      payload: Buffer.from(zip),
    });
  beforeAll(async () => {
    db = await d.open();
    t = await designerTestApp(db);
  });
  afterAll(async () => {
    await t?.app.close();
    if (db.kind === 'pglite') await db.query(SQL.testDrop);
    await db.close();
  });

  it('round-trips the six samples: import, export, the same package by content, and `cauce validate` accepts it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cauce-export-'));
    try {
      for (const id of listSamples()) {
        // given
        const files = await sampleFiles(id);
        // when
        const imported = await upload(writePackageZip(id, files));
        const exported = await t.app.inject({
          url: `/api/designer/procedures/${id}/export`,
          headers: t.as('specialist'),
        });
        const back = await readPackageZip(exported.rawPayload);
        // then
        expect(imported.statusCode, id).toBe(201);
        expect(exported.headers['content-type']).toBe('application/zip');
        expect(back).toEqual(files);
        for (const [path, text] of Object.entries(back)) {
          await mkdir(dirname(join(dir, id, path)), { recursive: true });
          await writeFile(join(dir, id, path), text);
        }
        const { findings } = await checkPackageDir(join(dir, id), { conventions: true });
        expect(
          findings.filter((f) => f.severity === 'error'),
          id,
        ).toEqual([]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('exports the connectors’ templates a package uses, for Camunda Modeler', async () => {
    // given change-of-address, imported by the test above or now
    const files = await sampleFiles('change-of-address');
    await upload(writePackageZip('change-of-address', files));
    // when
    const exported = await t.app.inject({
      url: '/api/designer/procedures/change-of-address/export',
      headers: t.as('specialist'),
    });
    // then
    const entries = zipEntries(exported.rawPayload);
    const templates = JSON.parse(entries['change-of-address/element-templates.json']);
    expect(templates.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining(['es.cauce.connectors.affiliation.get-citizen']),
    );
  });

  it('refuses every bad upload with a clear message and leaves the draft as it was', async () => {
    // given claim-status imported once, at some revision
    const files = await sampleFiles('claim-status');
    await upload(writePackageZip('claim-status', files));
    const before = (
      await t.app.inject({ url: '/api/designer/procedures/claim-status', headers: t.as('specialist') })
    ).json();
    const xml = files['process.bpmn'];
    const variant = (changes: Record<string, string>) => writePackageZip('claim-status', { ...files, ...changes });
    const cases: Array<[string, Uint8Array | Buffer, number, string, RegExp]> = [
      ['not a zip', Buffer.from('just text'), 400, 'CAUCE_ERR_UPLOAD_INVALID', /zip/],
      ['over 20 MB', Buffer.alloc(20 * 1024 * 1024 + 10), 413, 'CAUCE_ERR_UPLOAD_TOO_LARGE', /20 MB/],
      ['a ../ name', zipOf({ '../procedure.json': '{}' }), 400, 'CAUCE_ERR_UPLOAD_INVALID', /relative path/],
      ['an absolute name', zipOf({ '/procedure.json': '{}' }), 400, 'CAUCE_ERR_UPLOAD_INVALID', /absolute/],
      [
        'a zip bomb',
        zipOf({ 'procedure.json': new Uint8Array(51 * 1024 * 1024) }),
        413,
        'CAUCE_ERR_UPLOAD_TOO_LARGE',
        /50 MB/,
      ],
      [
        'too many entries',
        zipOf(Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`scenarios/s${i}.json`, '{}']))),
        413,
        'CAUCE_ERR_UPLOAD_TOO_LARGE',
        /2001 entries/,
      ],
      [
        'XML with DOCTYPE',
        variant({
          'process.bpmn': xml.replace(
            '<bpmn:definitions',
            '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><bpmn:definitions',
          ),
        }),
        422,
        'CAUCE_ERR_PACKAGE_INVALID',
        /DOCTYPE/,
      ],
      [
        'a script task',
        variant({
          'process.bpmn': xml.replace(
            '</bpmn:process>',
            '<bpmn:scriptTask id="Run" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask></bpmn:process>',
          ),
        }),
        422,
        'CAUCE_ERR_PACKAGE_INVALID',
        /Run/,
      ],
      [
        'a JavaScript condition',
        variant({
          'process.bpmn': xml.replace(
            'language="feel">= nextAction = &quot;retry&quot;',
            'language="javascript">nextAction == "retry"',
          ),
        }),
        422,
        'CAUCE_ERR_PACKAGE_INVALID',
        /javascript|JavaScript/,
      ],
      [
        'a form outside the subset',
        variant({
          'forms/AskReference.schema.json': JSON.stringify({
            type: 'object',
            properties: { x: { type: 'string', 'x-cauce-widget': 'rich-editor' } },
          }),
        }),
        422,
        'CAUCE_ERR_PACKAGE_INVALID',
        /AskReference/,
      ],
      [
        'malformed JSON',
        variant({ 'texts/es.json': '{ "steps": ' }),
        422,
        'CAUCE_ERR_PACKAGE_INVALID',
        /texts\/es\.json/,
      ],
      ['a file outside the format', variant({ 'notes.txt': 'hi' }), 422, 'CAUCE_ERR_PACKAGE_INVALID', /notes\.txt/],
    ];
    for (const [what, zip, status, code, message] of cases) {
      // when
      const response = await upload(zip);
      // then
      expect([what, response.statusCode, response.json().code], what).toEqual([what, status, code]);
      expect(response.json().message, what).toMatch(message);
    }
    const after = (
      await t.app.inject({ url: '/api/designer/procedures/claim-status', headers: t.as('specialist') })
    ).json();
    expect(after.rev).toBe(before.rev);
    expect(after.files).toEqual(before.files);
  }, 120_000);

  it('imports into the procedure the manifest names as a new revision, refusing a stale If-Match', async () => {
    // given
    const files = await sampleFiles('benefit-certificate');
    const first = await upload(writePackageZip('benefit-certificate', files));
    const changed = { ...files, 'texts/es.json': files['texts/es.json'].replace('"steps"', '"steps" ') };
    // when
    const stale = await upload(writePackageZip('benefit-certificate', changed), { 'if-match': '"99"' });
    const again = await upload(writePackageZip('benefit-certificate', changed), {
      'if-match': `"${first.json().rev}"`,
    });
    // then
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CAUCE_ERR_DRAFT_CONFLICT',
      rev: first.json().rev,
      updatedBy: 'specialist-user',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().rev).toBe(first.json().rev + 1);
  });
});

// helpers
function zipOf(entries: Record<string, Uint8Array | string>): Buffer {
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]))),
  );
}

function zipEntries(zip: Buffer): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));
}
