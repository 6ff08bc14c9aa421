import { describe, expect, it } from 'vitest';
import { memoryAddressBar } from './memoryAddressBar';
import { NavigationStore } from './NavigationStore';
import { pathOf, routeOf } from './Route';
import { SelectionStore } from './SelectionStore';

const BASE = '/disenador/';

describe('the designer’s routes', () => {
  it('give each screen and tab an address and read it back; anything unknown is the catalogue', () => {
    // given
    const editor = { screen: 'editor', id: 'ayuda alquiler', tab: 'textos' } as const;
    // then
    expect(pathOf(editor, BASE)).toBe('/disenador/procedimientos/ayuda%20alquiler/textos');
    expect(routeOf(pathOf(editor, BASE), BASE)).toEqual(editor);
    expect(routeOf('/disenador/entrar', BASE)).toEqual({ screen: 'signin' });
    expect(routeOf('/disenador/procedimientos/x/nada', BASE)).toEqual({ screen: 'editor', id: 'x', tab: 'flujo' });
    expect(routeOf('/disenador/otra/cosa', BASE)).toEqual({ screen: 'catalogue' });
    expect(routeOf('/disenador/procedimientos/%E0%A4%A', BASE)).toMatchObject({ id: '%E0%A4%A' });
  });

  it('push a history entry per screen, replace it per tab, and follow back', () => {
    // given
    const bar = memoryAddressBar('/disenador/');
    const nav = new NavigationStore(bar, BASE);
    // when
    nav.go({ screen: 'editor', id: 'a', tab: 'flujo' });
    nav.tab('publicar');
    const entries = [...bar.entries];
    bar.back();
    // then
    expect(entries).toEqual(['/disenador/', '/disenador/procedimientos/a/publicar']);
    expect(nav.getSnapshot().route).toEqual({ screen: 'catalogue' });
    // a new screen moves the focus (ticket), a tab does not
    expect(nav.getSnapshot().ticket).toBe(2);
  });

  it('select(target) opens the tab that shows the target and leaves it pending until that tab takes it', () => {
    // given
    const nav = new NavigationStore(memoryAddressBar('/disenador/procedimientos/a/comprobaciones'), BASE);
    const selection = new SelectionStore(nav);
    // when
    selection.select({ file: 'forms/Datos.schema.json', field: 'nif' });
    const forms = { route: nav.getSnapshot().route, pending: selection.getSnapshot().pending };
    selection.select({ elementId: 'Task_1', file: 'process.bpmn', line: 12 });
    const flow = nav.getSnapshot().route;
    selection.done(forms.pending!.ticket);
    const stillPending = selection.getSnapshot().pending;
    selection.done(stillPending!.ticket);
    // then
    expect(forms.route).toMatchObject({ tab: 'formularios' });
    expect(forms.pending).toMatchObject({ tab: 'formularios', target: { field: 'nif' } });
    expect(flow).toMatchObject({ tab: 'flujo' });
    expect(stillPending).toMatchObject({ tab: 'flujo', target: { elementId: 'Task_1' } });
    expect(selection.getSnapshot().pending).toBeUndefined();
  });
});
