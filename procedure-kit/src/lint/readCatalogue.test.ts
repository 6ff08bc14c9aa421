import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCatalogueDir, readCatalogue } from './readCatalogue';

const template = (topic: string) =>
  JSON.stringify({
    properties: [{ type: 'Hidden', value: topic, binding: { type: 'property', name: 'camunda:topic' } }],
  });

describe('readCatalogue', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the topic bound to camunda:topic from each connector folder and flat template', async () => {
    // given
    dir = await mkdtemp(join(tmpdir(), 'cauce-catalogue-'));
    await mkdir(join(dir, 'affiliation'));
    await writeFile(join(dir, 'affiliation', 'template.json'), template('affiliation.lookup'));
    await mkdir(join(dir, 'broken'));
    await writeFile(join(dir, 'broken', 'template.json'), '{ not json');
    await mkdir(join(dir, 'simulators'));
    await writeFile(join(dir, 'sms.template.json'), `[${template('sms.send')}]`);
    // when
    const catalogue = await readCatalogue(dir);
    // then
    expect([...catalogue.topics.keys()]).toEqual(['affiliation.lookup', 'sms.send']);
  });

  it('tolerates a missing or empty catalogue', async () => {
    // given
    dir = await mkdtemp(join(tmpdir(), 'cauce-catalogue-'));
    // when / then
    expect((await readCatalogue(dir)).topics.size).toBe(0);
    expect((await readCatalogue(join(dir, 'nope'))).topics.size).toBe(0);
    expect((await readCatalogue(undefined)).topics.size).toBe(0);
  });

  it('finds the nearest connectors/ folder above a package', async () => {
    // given
    dir = await mkdtemp(join(tmpdir(), 'cauce-catalogue-'));
    await mkdir(join(dir, 'connectors'));
    await mkdir(join(dir, 'procedures', 'p1'), { recursive: true });
    // when / then
    expect(findCatalogueDir(join(dir, 'procedures', 'p1'))).toBe(join(dir, 'connectors'));
  });
});
