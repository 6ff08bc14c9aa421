import { describe, expect, it } from 'vitest';
import { checkProcedure } from '@cauce/procedure-kit';
import { loadSample } from './index';

// Every sample passing package/data is packages.test.ts's "passes every schema and cross-file check".
describe('package/data: the data paths of the texts name variables the procedure can have', () => {
  it('reports an unknown variable, an unknown property and a placeholder the variable lacks, with file and path', async () => {
    // given european-health-card with three wrong data paths in es
    const pkg = loadSample('european-health-card');
    const data = pkg.texts.es!.data!;
    data['ghost'] = 'Fantasma';
    data['citizen.nickname'] = 'Apodo';
    data['citizen.address'] = { label: 'Domicilio', text: '{{street}}, {{door}}' };
    // when
    const findings = (await checkProcedure(pkg)).filter((f) => f.rule === 'package/data');
    // then
    expect(findings.map((f) => `${f.file} ${f.path} ${f.message}`)).toEqual(
      expect.arrayContaining([
        "texts/es.json /data/ghost 'ghost' is not a variable the procedure can have (a start variable, a form field or a connector output of a topic the process uses)",
        "texts/es.json /data/citizen.nickname 'citizen.nickname' is not a variable the procedure can have (a start variable, a form field or a connector output of a topic the process uses)",
        "texts/es.json /data/citizen.address/text '{{door}}' is not a property of 'citizen.address'",
      ]),
    );
    expect(findings).toHaveLength(3);
    expect(findings.every((f) => f.line > 1 && f.severity === 'error')).toBe(true);
  });
});
