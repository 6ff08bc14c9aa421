import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StepView } from '../api/types';
import type { ConsoleCommands } from '../store/ConsoleCommands';
import { initialState } from '../store/ConsoleState';
import { Store } from '../store/Store';
import { ConsoleProvider } from '../store/useStore';
import { StepForm } from './StepForm';

const six = ['a', 'b', 'c', 'd', 'e', 'f'];
const step: NonNullable<StepView['step']> = {
  id: 'S',
  title: 'Paso',
  text: '',
  form: {
    type: 'object',
    required: ['office', 'topic'],
    properties: {
      office: { type: 'string', enum: six },
      topic: { type: 'string', enum: six.slice(0, 5) },
      callMe: { type: 'boolean' },
      children: { type: 'integer' },
      note: { type: 'string', maxLength: 2000, 'x-cauce-widget': 'textarea', 'x-cauce-sensitive': true },
    },
  },
  labels: { office: { label: 'Oficina' }, topic: { label: 'Tema', help: 'El principal' }, callMe: { label: 'Llamar' } },
};
const render = (view: Partial<StepView> = {}) => {
  const full = { answers: {}, errors: [], actions: [], review: [], step, ...view } as unknown as StepView;
  return renderToStaticMarkup(
    <ConsoleProvider store={new Store(initialState('es'))} commands={{} as ConsoleCommands}>
      <StepForm view={full} step={step} busy={false} />
    </ConsoleProvider>,
  );
};

describe('StepForm', () => {
  it('asks a choice past five options with a select, up to five with radios, and yes/no with one checkbox', () => {
    // when
    const html = render();
    // then
    expect(html).toMatch(/<select id="f-office" name="office" aria-required="true">/);
    expect(html.match(/type="radio"[^>]*name="topic"/g)).toHaveLength(5);
    expect(html).toContain('<input type="checkbox" id="f-callMe" name="callMe" value="true"/>');
    expect(html).toContain('<input id="f-children" type="text" inputMode="decimal"');
    expect(html).toMatch(/<textarea id="f-note" name="note" rows="3" maxLength="2000">/);
    expect(html).toContain('Oficina<span class="required" aria-hidden="true"> *</span>');
    expect(html).not.toContain('Llamar<span class="required"');
  });

  it('fills in the answers the view carries and ties hints and errors to their fields', () => {
    // when
    const html = render({
      answers: { office: 'c', topic: 'b', callMe: true },
      errors: [{ field: 'topic', message: 'Elija uno' }],
    });
    // then
    expect(html).toContain('<option value="c" selected="">c</option>');
    expect(html).toMatch(/id="f-topic-1"[^>]*checked=""/);
    expect(html).toMatch(/id="f-callMe"[^>]*checked=""/);
    expect(html).toContain('<fieldset class="choice invalid" aria-describedby="f-topic-help f-topic-error"');
    expect(html).toContain('<p id="f-topic-error" class="field-error">Elija uno</p>');
    expect(html).toContain('<a href="#f-topic">Tema: Elija uno</a>');
  });
});
