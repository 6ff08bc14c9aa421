import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PreviewPage } from './PreviewPage';

describe('PreviewPage', () => {
  it('waits for a step before drawing anything', () => {
    // given a window that is its own parent (opened alone)
    const own = { location: { origin: 'http://x' }, addEventListener() {}, removeEventListener() {} } as never;
    // when
    const html = renderToStaticMarkup(<PreviewPage window={own} />);
    // then
    expect(html).toBe('<p role="status">Esperando el paso que se va a mostrar…</p>');
  });
});
