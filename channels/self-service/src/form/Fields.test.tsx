import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fieldsets, ids, tags } from '../../test/html';
import { EVERY_WIDGET, EVERY_WIDGET_LABELS, stepView } from '../../test/sampleViews';
import { testShell } from '../../test/testShell';
import { stepFields } from '../pages/StepPage';
import { errorTarget, Fields } from './Fields';

const shell = testShell('es');
const fieldsWith = (answers: Record<string, unknown> = {}, errors: Record<string, string> = {}) =>
  stepFields(
    stepView({
      step: { id: 'S', title: 'T', text: '', form: EVERY_WIDGET, labels: EVERY_WIDGET_LABELS },
      answers,
      errors: Object.entries(errors).map(([field, message]) => ({ field, message })),
    }),
    shell,
  );
const fields = fieldsWith();
const render = (answers: Record<string, unknown> = {}, errors: Record<string, string> = {}) =>
  renderToStaticMarkup(<Fields fields={fieldsWith(answers, errors)} t={shell.t} />);

describe('Fields', () => {
  it('gives every input, select and textarea a label pointing at its id', () => {
    // when
    const html = render();
    // then
    const labelled = new Set(tags(html, 'label').map((l) => l.for));
    const controls = [...tags(html, 'input'), ...tags(html, 'select'), ...tags(html, 'textarea')];
    expect(controls.length).toBeGreaterThan(8);
    for (const c of controls) expect(labelled.has(c.id), c.id).toBe(true);
  });

  it('puts radio and checkbox groups and object fields in a fieldset whose first child is a legend', () => {
    // when
    const html = render();
    // then
    const sets = fieldsets(html);
    expect(sets).toHaveLength(3);
    for (const set of sets) expect(set).toMatch(/^<fieldset[^>]*><legend class="legend">[^<]+<\/legend>/);
    expect(sets[0]).toContain('name="topics"');
    expect(sets[1]).toContain('name="wantsCallback"');
    expect(sets[2]).toContain('name="newAddress.street"');
  });

  it('posts option values, not indexes, and shows the answers given', () => {
    // when
    const html = render({
      officeId: 'CAISS-BCN-01',
      topics: ['health'],
      wantsCallback: true,
      newAddress: { street: 'Calle Mayor' },
    });
    // then
    expect(tags(html, 'option').map((o) => o.value)).toEqual(['', 'CAISS-MAD-01', 'CAISS-BCN-01']);
    expect(html).toMatch(/<select[^>]*name="officeId"[^>]*>.*<option value="CAISS-BCN-01" selected="">/);
    const topics = tags(html, 'input').filter((i) => i.name === 'topics');
    expect(topics.map((i) => [i.value, 'checked' in i])).toEqual([
      ['pensions', false],
      ['health', true],
    ]);
    expect(
      tags(html, 'input')
        .filter((i) => i.name === 'wantsCallback')
        .map((i) => [i.value, 'checked' in i]),
    ).toEqual([
      ['true', true],
      ['false', false],
    ]);
    expect(tags(html, 'input').find((i) => i.name === 'newAddress.street')?.value).toBe('Calle Mayor');
  });

  it('marks fields in error with aria-invalid, a message above them and aria-describedby to hint and message', () => {
    // when
    const html = render({}, { wantsCallback: 'Elija una opción', 'newAddress.postcode': 'El formato no es válido.' });
    // then
    const invalid = [...tags(html, 'input'), ...tags(html, 'select')]
      .filter((c) => c['aria-invalid'] === 'true')
      .map((c) => c.id);
    expect(invalid).toEqual(['f-wantsCallback', 'f-wantsCallback-2', 'f-newAddress-postcode']);
    const callbackSet = fieldsets(html)[1];
    expect(callbackSet).toMatch(/<fieldset class="fieldset" aria-describedby="f-wantsCallback-error">/);
    expect(html).toContain(
      '<p id="f-wantsCallback-error" class="error-message"><span class="visually-hidden">Error: </span>Elija una opción</p>',
    );
    expect(tags(html, 'input').find((i) => i.id === 'f-newAddress-postcode')?.['aria-describedby']).toBe(
      'f-newAddress-postcode-error',
    );
    for (const id of tags(html, 'fieldset').flatMap((f) => (f['aria-describedby'] ?? '').split(' ').filter(Boolean)))
      expect(ids(html)).toContain(id);
  });

  it('says which fields are optional, and gives checkbox groups a "select all that apply" hint', () => {
    // when
    const html = render();
    // then
    expect(html).toContain('Fecha preferida (opcional)</label>');
    expect(html).toContain('Piso (opcional)</label>');
    expect(html).not.toContain('Oficina (opcional)');
    expect(html).toContain('<div id="f-topics-hint" class="hint">Seleccione todas las que correspondan.</div>');
  });

  it('links errors to the first input of a field, and problems without a field to the first field', () => {
    expect(errorTarget(fields, 'wantsCallback')).toBe('f-wantsCallback');
    expect(errorTarget(fields, 'newAddress')).toBe('f-newAddress-street');
    expect(errorTarget(fields, '')).toBe('f-officeId');
    expect(errorTarget([], '')).toBe('main');
  });
});
