import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageVariables } from './packageVariables';
import { catalogueOf, readCatalogue } from './readCatalogue';
import { readPackage } from './readPackage';
import { validatePackage } from './validatePackage';

const fixture = (path: string) => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

describe('packageVariables', () => {
  it('lists start variables, scenario and form fields and the outputs of the connectors the process uses', async () => {
    // given the good package and its connector catalogue
    const checked = await validatePackage(await readPackage(fixture('good-package')));
    const catalogue = await readCatalogue(fixture('connectors'));
    // when
    const names = packageVariables(checked, catalogue);
    // then
    expect(names).toEqual(expect.arrayContaining(['citizenId', 'language', 'channel', 'nif', 'addressConfirmed']));
    expect(names).toEqual(
      expect.arrayContaining(['affiliation', 'affiliation.status', 'affiliation.address.street', 'cardRequestId']),
    );
    expect(names).toEqual([...names].sort());
  });

  it('reads a catalogue held in memory as readCatalogue reads the same templates from a folder', async () => {
    // given
    const folder = await readCatalogue(fixture('connectors'));
    const templates = await Promise.all(
      ['affiliation', 'tse'].map(async (name) =>
        JSON.parse(await readFile(fixture(`connectors/${name}/template.json`), 'utf8')),
      ),
    );
    // when
    const memory = catalogueOf(templates);
    // then
    expect([...memory.topics.keys()]).toEqual([...folder.topics.keys()]);
    expect(memory.outputs).toEqual(folder.outputs);
    expect(memory.topics.get('tse.issue')).toBe('fixture.tse.issue');
  });
});
