import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConnectorTemplate } from '@cauce/schemas';
import { readCatalogue } from '@cauce/procedure-kit';
import { ROOT } from '../testing';
import { scaffoldConnector } from './scaffoldConnector';

/** This package's node_modules, where its devDependency camunda-external-task-client-js is. */
const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));

describe('scaffoldConnector', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes a renamed connector whose template is valid and whose topic the catalogue finds', async () => {
    // given
    dir = await mkdtemp(join(tmpdir(), 'cauce-scaffold-'));
    // when
    const result = await scaffoldConnector({ name: 'pensions-claim-state', catalogueDir: dir });
    // then
    expect(result).toMatchObject({
      ok: true,
      topic: 'pensions.claim-state',
      files: ['README.md', 'template.json', 'worker.test.ts', 'worker.ts'],
    });
    const template = JSON.parse(await readFile(join(dir, 'pensions-claim-state', 'template.json'), 'utf8'));
    expect(validateConnectorTemplate(template)).toMatchObject({ ok: true });
    expect(template.id).toBe('cauce.connector.pensions-claim-state');
    expect([...(await readCatalogue(dir)).topics.keys()]).toEqual(['pensions.claim-state']);
    const worker = await readFile(join(dir, 'pensions-claim-state', 'worker.ts'), 'utf8');
    expect(worker).toContain('export interface PensionsClaimStateInputs');
    expect(worker).not.toMatch(/example/i);
  });

  it('refuses a bad name and an existing folder', async () => {
    // given
    dir = await mkdtemp(join(tmpdir(), 'cauce-scaffold-'));
    await mkdir(join(dir, 'taken'));
    // when / then
    expect(await scaffoldConnector({ name: 'Bad_Name', catalogueDir: dir })).toMatchObject({
      ok: false,
      reason: 'name',
    });
    expect(await scaffoldConnector({ name: 'taken', catalogueDir: dir })).toMatchObject({
      ok: false,
      reason: 'exists',
    });
  });

  it('generates a connector whose own tests pass where it is copied', async () => {
    // given a scaffolded connector outside the workspace, with only its two dependencies linked in
    dir = await mkdtemp(join(tmpdir(), 'cauce-scaffold-'));
    await scaffoldConnector({ name: 'appointments-book', topic: 'appointments.book', catalogueDir: dir });
    await mkdir(join(dir, 'node_modules'));
    await symlink(join(ROOT, 'node_modules', 'vitest'), join(dir, 'node_modules', 'vitest'));
    await symlink(
      join(nodeModules, 'camunda-external-task-client-js'),
      join(dir, 'node_modules', 'camunda-external-task-client-js'),
    );
    // when
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', dir, '--reporter', 'dot'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    // then
    expect(run.stdout + run.stderr).toMatch(/4 passed/);
    expect(run.status).toBe(0);
  });
});
