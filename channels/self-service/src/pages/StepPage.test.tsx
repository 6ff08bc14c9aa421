import { describe, expect, it } from 'vitest';
import { hidden, ids, tags, textOf } from '../../test/html';
import { stepView } from '../../test/sampleViews';
import { testShell } from '../../test/testShell';
import { renderPage } from '../render';
import { StepPage } from './StepPage';

describe('StepPage', () => {
  it('renders one step as a plain form post: one h1, the step text, CSRF token, step and submission ids', () => {
    // when
    const html = renderPage(<StepPage shell={testShell()} view={stepView()} />);
    // then
    expect(html.startsWith('<!doctype html><html lang="es">')).toBe(true);
    expect(tags(html, 'h1')).toHaveLength(1);
    expect(textOf(html, 'h1')).toBe('Compruebe su domicilio');
    expect(textOf(html, 'title')).toBe(
      'Compruebe su domicilio – Solicitar la Tarjeta Sanitaria Europea – Trámites en línea',
    );
    expect(html).toContain('<p class="body">Suele llegar en unos diez días.</p>');
    const form = tags(html, 'form').find((f) => f.action?.endsWith('/respuesta'))!;
    expect(form).toMatchObject({
      method: 'post',
      action: '/tramites/solicitud/7d1e3c2a-0000-4000-8000-000000000001/respuesta',
    });
    expect(hidden(html, '_csrf')).toBe('token-1');
    expect(hidden(html, 'stepId')).toBe('ConfirmRequest');
    expect(hidden(html, 'submissionId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(tags(html, 'script').every((s) => 'defer' in s)).toBe(true);
  });

  it('after a refused post: error summary first, role=alert, links to fields that exist, answers kept, "Error:" in the title', () => {
    // given
    const view = stepView({
      answers: { addressConfirmed: 'no' },
      errors: [
        { field: 'travellingSoon', message: 'Responda a esta pregunta' },
        { field: '', message: 'Algo general' },
      ],
    });
    // when
    const html = renderPage(<StepPage shell={testShell()} view={view} />);
    // then
    expect(html.indexOf('class="error-summary"')).toBeLessThan(html.indexOf('<h1'));
    expect(tags(html, 'div').find((d) => d.class === 'error-summary')).toMatchObject({
      role: 'alert',
      'aria-labelledby': 'error-summary-title',
    });
    const links = tags(html, 'a')
      .filter((a) => a.href?.startsWith('#f-'))
      .map((a) => a.href.slice(1));
    expect(links).toEqual(['f-travellingSoon', 'f-addressConfirmed']);
    for (const id of links) expect(ids(html)).toContain(id);
    expect(html).toContain('>Va a viajar antes de recibir la tarjeta: responda a esta pregunta</a>');
    expect(textOf(html, 'title').startsWith('Error: ')).toBe(true);
    expect(tags(html, 'input').find((i) => i.id === 'f-addressConfirmed-2')).toHaveProperty('checked');
  });

  it('offers Back to the last step that may still change, as a POST, and only when the session allows it', () => {
    // given
    const review = [
      { stepId: 'A', title: 'A', changeable: false, fields: [{ field: 'a', label: 'A', value: 'x', text: 'x' }] },
      { stepId: 'B', title: 'B', changeable: true, fields: [{ field: 'b', label: 'B', value: 'y', text: 'y' }] },
      { stepId: 'C', title: 'C', changeable: true, fields: [] },
    ];
    // when
    const withBack = renderPage(
      <StepPage shell={testShell()} view={stepView({ review, actions: ['next', 'back', 'help', 'save'] })} />,
    );
    const without = renderPage(
      <StepPage shell={testShell()} view={stepView({ review, actions: ['next', 'help', 'save'] })} />,
    );
    const revisingB = renderPage(
      <StepPage
        shell={testShell()}
        view={stepView({ review, revising: true, step: { ...stepView().step!, id: 'B' }, actions: ['next', 'back'] })}
      />,
    );
    // then
    expect(tags(withBack, 'button').find((b) => b.class === 'back-link')).toMatchObject({ name: 'toStep', value: 'B' });
    expect(tags(without, 'button').some((b) => b.class === 'back-link')).toBe(false);
    expect(tags(revisingB, 'button').some((b) => b.class === 'back-link')).toBe(false);
    expect(revisingB).toContain('Está cambiando una respuesta anterior');
  });

  it('links to check answers, save and help only when there are answers and the session allows them', () => {
    // when
    const none = renderPage(<StepPage shell={testShell()} view={stepView({ actions: ['next'] })} />);
    const all = renderPage(
      <StepPage
        shell={testShell()}
        view={stepView({
          review: [
            { stepId: 'A', title: 'A', changeable: true, fields: [{ field: 'a', label: 'A', value: 1, text: '1' }] },
          ],
        })}
      />,
    );
    // then
    expect(none).not.toContain('session-actions');
    expect(
      tags(all, 'a')
        .map((a) => a.href)
        .filter((h) => /\/(respuestas|guardar|ayuda)$/.test(h)),
    ).toEqual([
      '/tramites/solicitud/7d1e3c2a-0000-4000-8000-000000000001/respuestas',
      '/tramites/solicitud/7d1e3c2a-0000-4000-8000-000000000001/guardar',
      '/tramites/solicitud/7d1e3c2a-0000-4000-8000-000000000001/ayuda',
    ]);
  });

  it('weighs a few kilobytes', () => {
    const html = renderPage(<StepPage shell={testShell()} view={stepView()} />);
    expect(Buffer.byteLength(html)).toBeLessThan(8 * 1024);
  });
});
