import type { Browser, BrowserContext, Page } from 'playwright-core';
import { translate } from '@cauce/designer/i18n';
import type { DesignerProduct } from './designerProduct';

/**
 * Test support: a person using the designer in Chromium, by labels, roles and the keyboard. Every page reports what
 * it throws, what it logs as an error and every Content-Security-Policy violation into `problems`, which a suite
 * expects empty at the end.
 * @internal
 */
export function designerDriver(opts: { browser: Browser; product: DesignerProduct; problems: string[] }) {
  const { browser, product, problems } = opts;
  const t = (key: string, vars: Record<string, string | number> = {}) => translate('es', key, vars);

  const driver = {
    t,
    /** A fresh browser context (its own storage: another person), es-ES, 1440×1000. */
    async newPage(): Promise<Page> {
      const context: BrowserContext = await browser.newContext({
        locale: 'es-ES',
        viewport: { width: 1440, height: 1000 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        // a refused request shows as a failed resource: the tests assert those answers themselves
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
      });
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      return page;
    },

    /** Opens the designer and signs `user` in (password `cauce`); waits for the catalogue unless refused. */
    async signIn(user: string, page?: Page): Promise<Page> {
      const p = page ?? (await driver.newPage());
      await p.goto(`${product.address}/disenador/`);
      await p.getByLabel(t('signin.user')).fill(user);
      await p.getByLabel(t('signin.password')).fill('cauce');
      await p.getByRole('button', { name: t('signin.submit') }).click();
      return p;
    },

    /** Signs in and waits for the catalogue's list. */
    async catalogue(user: string, page?: Page): Promise<Page> {
      const p = await driver.signIn(user, page);
      await p.getByRole('heading', { name: t('catalogue.title') }).waitFor();
      await p.locator('.count').waitFor();
      return p;
    },

    /** Presses Tab (at most `limit` times) until the focus is on `selector`: how a keyboard user gets there. */
    async tabTo(page: Page, selector: string, limit = 60): Promise<void> {
      for (let i = 0; i < limit; i++) {
        if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`${limit} Tabs did not reach ${selector}`);
    },

    /** Waits until the autosave status says saved. */
    async saved(page: Page): Promise<void> {
      await page.locator('[data-save="saved"]').waitFor({ timeout: 10_000 });
    },
  };
  return driver;
}

/** The driver's functions. @internal */
export type DesignerDriver = ReturnType<typeof designerDriver>;
