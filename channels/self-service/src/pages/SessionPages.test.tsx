import { describe, expect, it } from 'vitest';
import { hidden, tags, textOf } from '../../test/html';
import { stepView } from '../../test/sampleViews';
import { testShell } from '../../test/testShell';
import { renderPage } from '../render';
import { CheckAnswersPage } from './CheckAnswersPage';
import { DonePage } from './DonePage';
import { HandedOffPage } from './HandedOffPage';
import { HelpPage, SavePage } from './HelpPage';
import { WorkingPage } from './WorkingPage';

const review = [
  {
    stepId: 'EnterNewAddress',
    title: '¿Cuál es su nuevo domicilio?',
    changeable: true,
    fields: [
      { field: 'newAddress.street', label: 'Calle', value: 'Mayor', text: 'Mayor' },
      { field: 'newAddress.postcode', label: 'Código postal', value: '28013', text: '28013' },
    ],
  },
  {
    stepId: 'Confirm',
    title: 'Confirme',
    changeable: false,
    fields: [{ field: 'decision', label: '¿Es correcto?', value: 'yes', text: 'Sí' }],
  },
];

describe('session pages', () => {
  it('check your answers: a summary list per step, a Change button naming the question for steps that can change', () => {
    // when
    const html = renderPage(<CheckAnswersPage shell={testShell()} view={stepView({ review })} />);
    // then
    expect(textOf(html, 'h1')).toBe('Revise sus respuestas');
    expect(tags(html, 'dt')).toHaveLength(3);
    const changes = tags(html, 'button').filter((b) => b.name === 'toStep');
    expect(changes.map((b) => b.value)).toEqual(['EnterNewAddress', 'EnterNewAddress']);
    expect(html).toContain('Cambiar<span class="visually-hidden"> Código postal</span>');
    expect(html).toContain('Ya no se puede cambiar');
    expect(tags(html, 'form').find((f) => f.action?.endsWith('/cambiar'))?.method).toBe('post');
    expect(hidden(html, '_csrf')).toBe('token-1');
  });

  it('confirmation: panel with the reference, the outcome, what next, answers without change buttons', () => {
    // when
    const html = renderPage(
      <DonePage
        shell={testShell('ca')}
        view={stepView({
          status: 'done',
          step: undefined,
          review,
          actions: [],
          outcome: { state: 'resolved', text: 'Resolta.' },
          texts: { confirmation: 'La vostra referència és SR-7K4P-Q2.', end: 'Gràcies.' },
        })}
      />,
    );
    // then
    expect(textOf(html, 'h1')).toBe('Tràmit acabat');
    expect(html).toContain('<strong class="reference">SR-7K4P-Q2</strong>');
    expect(html).toContain('class="panel panel-success"');
    expect(tags(html, 'button')).toHaveLength(0);
    expect(tags(html, 'a').some((a) => a.href === '/tramites/estado?referencia=SR-7K4P-Q2')).toBe(true);
  });

  it('hand-off: the reference, the procedure’s hand-off text and what happens next', () => {
    const html = renderPage(
      <HandedOffPage shell={testShell()} view={stepView({ status: 'handed-off', step: undefined, actions: [] })} />,
    );
    expect(textOf(html, 'h1')).toBe('Una persona continuará su solicitud');
    expect(html).toContain('Una persona de nuestro equipo continuará su solicitud.');
    expect(html).toContain('SR-7K4P-Q2');
  });

  it('help: an optional note with a hint and a POST; save: the reference and how to come back', () => {
    const help = renderPage(<HelpPage shell={testShell()} view={stepView()} />);
    const save = renderPage(<SavePage shell={testShell()} view={stepView()} />);
    expect(tags(help, 'textarea')[0]).toMatchObject({ id: 'f-note', name: 'note', 'aria-describedby': 'f-note-hint' });
    expect(help).toContain('¿En qué necesita ayuda? (opcional)');
    expect(tags(help, 'form')[0]).toMatchObject({
      method: 'post',
      action: '/tramites/solicitud/7d1e3c2a-0000-4000-8000-000000000001/ayuda',
    });
    expect(textOf(save, 'h1')).toBe('Su solicitud está guardada');
    expect(save).toContain('continuar más tarde con la referencia SR-7K4P-Q2');
  });

  it('working: refreshes to the next wait round, and stops after the last one', () => {
    const waiting = renderPage(
      <WorkingPage shell={testShell()} view={stepView({ status: 'working', step: undefined })} wait={2} maxWaits={3} />,
    );
    const slow = renderPage(
      <WorkingPage shell={testShell()} view={stepView({ status: 'working', step: undefined })} wait={3} maxWaits={3} />,
    );
    expect(tags(waiting, 'meta').find((m) => m['http-equiv'] === 'refresh')?.content).toBe(
      '0; url=/tramites/solicitud/7d1e3c2a-0000-4000-8000-000000000001?espera=3',
    );
    expect(tags(slow, 'meta').some((m) => m['http-equiv'] === 'refresh')).toBe(false);
    expect(slow).toContain('Está tardando más de lo normal');
    expect(tags(waiting, 'p').find((p) => p.role === 'status')).toBeTruthy();
  });
});
