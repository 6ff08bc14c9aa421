import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPackageDir } from '../lintPackage';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const procedures = join(root, 'procedures');
const connectorsDir = join(root, 'connectors');
const samples = readdirSync(procedures, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(procedures, e.name, 'procedure.json')))
  .map((e) => e.name);
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('package/data: the data paths of the texts name variables the procedure can have', () => {
  it.each(samples)('finds nothing to say about %s', async (name) => {
    // given / when
    const { findings } = await checkPackageDir(join(procedures, name), { conventions: true, connectorsDir });
    // then
    expect(findings.filter((f) => f.rule === 'package/data')).toEqual([]);
  });

  it('reports an unknown variable, an unknown property and a placeholder the variable lacks, with file and path', async () => {
    // given a copy of european-health-card with three wrong data paths in es
    const dir = join(mkdtempSync(join(tmpdir(), 'cauce-data-')), 'european-health-card');
    made.push(dir);
    cpSync(join(procedures, 'european-health-card'), dir, { recursive: true });
    const es = JSON.parse(readFileSync(join(dir, 'texts/es.json'), 'utf8'));
    es.data['ghost'] = 'Fantasma';
    es.data['citizen.nickname'] = 'Apodo';
    es.data['citizen.address'] = { label: 'Domicilio', text: '{{street}}, {{door}}' };
    writeFileSync(join(dir, 'texts/es.json'), JSON.stringify(es, null, 2));
    // when
    const { findings } = await checkPackageDir(dir, { conventions: true, connectorsDir });
    // then
    const data = findings.filter((f) => f.rule === 'package/data');
    expect(data.map((f) => `${f.file} ${f.path} ${f.message}`)).toEqual(
      expect.arrayContaining([
        "texts/es.json /data/ghost 'ghost' is not a variable the procedure can have (a start variable, a form field or a connector output of a topic the process uses)",
        "texts/es.json /data/citizen.nickname 'citizen.nickname' is not a variable the procedure can have (a start variable, a form field or a connector output of a topic the process uses)",
        "texts/es.json /data/citizen.address/text '{{door}}' is not a property of 'citizen.address'",
      ]),
    );
    expect(data).toHaveLength(3);
    expect(data.every((f) => f.line > 1 && f.severity === 'error')).toBe(true);
  });
});
