import { describe, expect, it } from 'vitest';
import { tags, textOf } from '../../test/html';
import { testShell } from '../../test/testShell';
import { LANGUAGES } from '../i18n';
import { renderPage } from '../render';
import { Layout, withLang } from './Layout';

describe('Layout', () => {
  it('sets lang, a skip link to main, and names every language in itself with lang and hreflang', () => {
    // when
    const html = renderPage(
      <Layout shell={testShell('eu', '/tramites/estado?referencia=SR-1')} page="status" title="Nola doa nirea?">
        <p>x</p>
      </Layout>,
    );
    // then
    expect(html).toContain('<html lang="eu">');
    expect(tags(html, 'a')[0]).toMatchObject({ href: '#main', class: 'skip-link' });
    expect(tags(html, 'main')[0]).toMatchObject({ id: 'main', 'data-page': 'status' });
    const switches = tags(html, 'a').filter((a) => a.hreflang);
    expect(switches.map((a) => [a.lang, a.href])).toEqual(
      LANGUAGES.map((l) => [l, `/tramites/estado?referencia=SR-1&lang=${l}`]),
    );
    expect(switches.find((a) => a['aria-current'] === 'true')?.lang).toBe('eu');
    expect(textOf(html, 'nav')).toBe('EspañolCatalàEuskaraGalegoEnglish');
    expect(textOf(html, 'title')).toBe('Nola doa nirea? – Izapideak sarean');
  });

  it('refreshes only when asked, with delay 0 (the server paces it)', () => {
    const plain = renderPage(
      <Layout shell={testShell()} page="working" title="t">
        <p>x</p>
      </Layout>,
    );
    const refreshing = renderPage(
      <Layout shell={testShell()} page="working" title="t" refresh="/tramites/solicitud/s1?espera=2">
        <p>x</p>
      </Layout>,
    );
    expect(tags(plain, 'meta').some((m) => m['http-equiv'] === 'refresh')).toBe(false);
    expect(tags(refreshing, 'meta').find((m) => m['http-equiv'] === 'refresh')?.content).toBe(
      '0; url=/tramites/solicitud/s1?espera=2',
    );
  });

  it('replaces a lang parameter already there', () => {
    expect(withLang('/tramites/?lang=es&q=tarjeta', 'gl')).toBe('/tramites/?lang=gl&q=tarjeta');
  });
});
