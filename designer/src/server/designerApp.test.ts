import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildApp, databasesUnderTest, type Db } from '@cauce/engine';
import { SPA_CSP, spaBuildInputs } from '@cauce/engine/spa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESIGNER_CSP, DESIGNER_ROOT, designerApp, designerSources } from './designerApp';

describe('designerApp()', () => {
  let db: Db;
  let dist: string;
  let app: ReturnType<typeof buildApp>;
  beforeAll(async () => {
    db = await databasesUnderTest()[0].open();
    dist = await mkdtemp(join(tmpdir(), 'cauce-designer-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    app = buildApp({ db, plugins: [{ plugin: designerApp({ distDir: dist, build: 'never' }), prefix: '/disenador' }] });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the SPA at /disenador/ (deep links too) with the strict CSP', async () => {
    // when
    const bare = await app.inject({ url: '/disenador' });
    const deep = await app.inject({ url: '/disenador/procedimientos/ayuda/publicar' });
    // then
    expect([bare.statusCode, bare.headers.location]).toEqual([301, '/disenador/']);
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-security-policy']).toBe(DESIGNER_CSP);
    // only what bpmn-js needs is added to the shared policy
    expect(
      DESIGNER_CSP.replace(" style-src-attr 'unsafe-inline';", '').replace(
        "font-src 'self' data:;",
        "font-src 'self';",
      ),
    ).toBe(SPA_CSP);
    expect(DESIGNER_CSP).toMatch(/script-src 'self';/);
    expect(deep.body).toContain('<div id="root">');
  });

  it('rebuilds when the SPA, the bpmn-js modules or the workspace code it bundles change', () => {
    // when
    const inputs = spaBuildInputs(designerSources()).map((path) => relative(DESIGNER_ROOT, path));
    // then
    expect(inputs).toEqual(
      expect.arrayContaining([
        join('src', 'app'),
        join('src', 'modeler'),
        join('..', 'schemas', 'src'),
        join('..', 'forms', 'src'),
        join('..', 'procedure-kit', 'src'),
      ]),
    );
  });
});
