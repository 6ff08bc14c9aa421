import { describe, expect, it } from 'vitest';
import { sampleFiles } from '../testing/sampleFiles';
import { diffPackages } from './diffPackages';

describe('diffPackages', () => {
  it('names the elements, form fields and texts a draft changed against the live version', async () => {
    // given the live claim-status and a draft that renames a step, adds a field and rewords a text
    const live = await sampleFiles('claim-status');
    const form = JSON.parse(live['forms/AskReference.schema.json']);
    form.properties.phone = { type: 'string' };
    form.properties.claimReference.maxLength = 20;
    const es = JSON.parse(live['texts/es.json']);
    es.steps.AskReference.web.title = 'Número de expediente';
    const draft = {
      ...live,
      'process.bpmn': live['process.bpmn'].replace(
        'name="Pedir el número de expediente"',
        'name="Pedir el expediente"',
      ),
      'forms/AskReference.schema.json': JSON.stringify(form),
      'texts/es.json': JSON.stringify(es),
    };
    // when
    const diff = await diffPackages(live, draft);
    // then
    expect(diff.elements).toEqual([
      {
        change: 'changed',
        id: 'AskReference',
        kind: 'bpmn:UserTask',
        name: 'Pedir el expediente',
        before: 'Pedir el número de expediente',
        after: 'Pedir el expediente',
      },
    ]);
    expect(diff.fields.map((f) => [f.change, f.id])).toEqual([
      ['changed', 'AskReference.claimReference'],
      ['added', 'AskReference.phone'],
    ]);
    expect(diff.texts).toEqual([
      {
        change: 'changed',
        id: 'steps.AskReference.web.title',
        kind: 'es',
        before: JSON.parse(live['texts/es.json']).steps.AskReference.web.title,
        after: 'Número de expediente',
      },
    ]);
    expect(diff.files).toEqual([]);
  });

  it('shows everything as added before the first publish, and nothing for the same files', async () => {
    // given
    const files = await sampleFiles('claim-status');
    // when
    const first = await diffPackages({}, files);
    const same = await diffPackages(files, { ...files });
    // then
    expect(first.elements.length).toBeGreaterThan(10);
    expect(first.elements.every((e) => e.change === 'added')).toBe(true);
    expect(first.files.map((f) => f.id)).toContain('procedure.json');
    expect(same).toEqual({ elements: [], fields: [], texts: [], files: [] });
  });
});
