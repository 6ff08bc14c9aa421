import { describe, expect, it } from 'vitest';
import { tags, textOf } from '../../test/html';
import { testShell } from '../../test/testShell';
import { renderPage } from '../render';
import { CataloguePage, StartPage } from './CataloguePage';
import { ErrorPage } from './ErrorPage';
import { ResumePage, StatusPage } from './ReferencePages';

const entry = {
  id: 'european-health-card',
  title: 'Solicitar la Tarjeta Sanitaria Europea',
  description: 'La tarjeta.',
  channels: ['web' as const],
  identificationLevel: 2,
};

describe('catalogue, reference and error pages', () => {
  it('catalogue: a search form and one heading link per procedure; start page: what identification it needs, Start as a POST', () => {
    const catalogue = renderPage(<CataloguePage shell={testShell('es', '/tramites/')} entries={[entry]} />);
    const nothing = renderPage(<CataloguePage shell={testShell('es', '/tramites/')} entries={[]} q="xyz" />);
    const start = renderPage(<StartPage shell={testShell()} entry={entry} />);
    expect(tags(catalogue, 'form')[0]).toMatchObject({ method: 'get', role: 'search' });
    expect(tags(catalogue, 'a').some((a) => a.href === '/tramites/tramite/european-health-card')).toBe(true);
    expect(nothing).toContain('No hay ningún trámite que coincida con «xyz».');
    expect(start).toContain('con un código que le enviaremos por SMS');
    expect(tags(start, 'form')[0]).toMatchObject({ method: 'post', action: '/tramites/tramite/european-health-card' });
  });

  it('resume and status: the reference field with its hint, and errors linked to it', () => {
    const resume = renderPage(
      <ResumePage shell={testShell('gl')} reference="SR-X" error="Escriba a referencia tal como a recibiu" />,
    );
    const status = renderPage(
      <StatusPage
        shell={testShell('en')}
        status={{
          reference: 'SR-7K4P-Q2',
          type: 'ehic-request',
          state: 'escalated',
          text: 'A specialist is reviewing your details.',
          updatedAt: '2026-11-23T10:00:00.000Z',
        }}
      />,
    );
    expect(tags(resume, 'a').find((a) => a.href === '#f-referencia')).toBeTruthy();
    expect(tags(resume, 'input').find((i) => i.id === 'f-referencia')).toMatchObject({
      'aria-invalid': 'true',
      value: 'SR-X',
      autocomplete: 'off',
    });
    expect(tags(status, 'form')[0].method).toBe('get');
    expect(status).toContain('Being reviewed by a specialist');
    expect(status).toContain('23 November 2026');
  });

  it('error pages: a title and explanation in the language, an incident code for server faults, never internals', () => {
    const notFound = renderPage(<ErrorPage shell={testShell('eu')} kind="not-found" />);
    const server = renderPage(<ErrorPage shell={testShell('gl')} kind="server" incident="INC-ABCDE12345" />);
    const csrf = renderPage(<ErrorPage shell={testShell('en')} kind="csrf" />);
    expect(textOf(notFound, 'h1')).toBe('Ez da orria aurkitu');
    expect(server).toContain('indique este código de incidencia: INC-ABCDE12345');
    expect(textOf(csrf, 'h1')).toBe("We couldn't send the form");
    expect(tags(csrf, 'main')[0]['data-page']).toBe('error');
  });
});
