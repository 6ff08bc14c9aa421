import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  audit,
  citizen,
  doAsCitizen,
  finishAsAgent,
  launchChromium,
  pageName,
  protocolAnswer,
  scenarioOf,
  scrollsSideways,
  settle,
  startSelfServiceStack,
  trackDocuments,
  type PageAudit,
} from '@cauce/channels/self-service/testing';

/**
 * The journeys around a procedure, in Chromium with JavaScript off: asking a person for help, saving and resuming
 * on another device, "¿Cómo va lo mío?", checking and changing answers, switching language mid-way, the working
 * page, the error pages (404, someone else's session, a forged form) and reflow at 320 px. Every page is audited
 * as in self-service.test.ts; screenshots go to /tmp/self-service-*.png.
 */
/** Wait rounds of the working page here (2 s each): the slow pensions system answers well within them. */
const MAX_WAITS = 6;

describe('self-service journeys in Chromium, JavaScript off', () => {
  let stack: Awaited<ReturnType<typeof startSelfServiceStack>>;
  let browser: Browser;
  const findings: string[] = [];
  beforeAll(async () => {
    // the pensions system answers slowly here, so the benefit certificate shows the working page
    [stack, browser] = await Promise.all([
      startSelfServiceStack({ waitMs: 2000, maxWaits: MAX_WAITS, slowSystems: { pensions: 6000 } }),
      launchChromium(chromium),
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function check(page: Page, label: string, lang: string): Promise<PageAudit> {
    const result = await audit(page, lang);
    for (const v of result.violations) findings.push(`${label}: axe ${v.id} ${v.targets.join(', ')}`);
    for (const p of result.problems) findings.push(`${label}: ${p}`);
    return result;
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `/tmp/self-service-${name}.png`, fullPage: true });
  }

  it('audits find what they should (a page with known faults is not clean)', async () => {
    // given
    const page = await citizen(browser);
    await page.setContent(
      '<!doctype html><html><head><title>x</title></head><body><main><img src="x.png"><input type="radio" name="a" value="0"><a href="#nowhere" class="x">x</a></main></body></html>',
    );
    // when
    const result = await audit(page);
    // then
    expect(result.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
    expect(result.problems.join(' ')).toContain("choice 'a' is not in a fieldset with a legend");
    await page.context().close();
  });

  it('asks a person for help: the agent continues with every answer kept and nothing asked again', async () => {
    // given a citizen identified, on the first question, in Galician
    const scenario = scenarioOf('european-health-card', 'card-requested-online');
    stack.scenario?.use(scenario);
    const page = await citizen(browser);
    const run = await doAsCitizen(page, {
      base: stack.base,
      simulatorsUrl: stack.simulatorsUrl,
      procedureId: 'european-health-card',
      scenario,
      language: 'gl',
      visit: async () => {},
      stopAt: 'ConfirmRequest',
    });
    await check(page, 'step (gl)', 'gl');
    expect(
      await page
        .locator('input[name=addressConfirmed]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['yes', 'no']);
    await shot(page, 'step');
    // when
    await page.click('nav.session-actions a[href$="/ayuda"]');
    await check(page, 'help (gl)', 'gl');
    await shot(page, 'help');
    await page.fill('#f-note', 'Non sei se o meu enderezo está ben');
    await page.click('main form button[type=submit]');
    await check(page, 'handed-off (gl)', 'gl');
    await shot(page, 'handed-off');
    const agent = await finishAsAgent(stack.sessions, run.reference, [
      { step: 'ConfirmRequest', answers: { addressConfirmed: 'yes', travellingSoon: 'no' } },
      { step: 'InformRequested', answers: {} },
    ]);
    // then
    expect(await pageName(page)).toBe('handed-off');
    expect(await page.locator('.panel .reference').textContent()).toBe(run.reference);
    expect(agent.first).toMatchObject({
      status: 'step',
      step: { id: 'ConfirmRequest' },
      identification: { reached: 1 },
    });
    expect(agent.first.data.citizen).toMatchObject({ id: scenario.variables?.citizenId });
    expect(agent.last.status).toBe('done');
    await page.click('footer a[href$="/estado"]');
    await page.fill('#f-referencia', run.reference.toLowerCase().replace(/-/g, ' '));
    await page.click('main form button[type=submit]');
    await check(page, 'status (gl)', 'gl');
    await shot(page, 'status');
    expect(await page.locator('main .tag').textContent()).toBe('Resolta');
    expect(findings).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('saves and resumes on another device after identifying again; a wrong reference is explained', async () => {
    // given a citizen who starts, identifies and saves
    const scenario = scenarioOf('claim-status', 'approved');
    stack.scenario?.use(scenario);
    const first = await citizen(browser);
    const run = await doAsCitizen(first, {
      base: stack.base,
      simulatorsUrl: stack.simulatorsUrl,
      procedureId: 'claim-status',
      scenario,
      language: 'en',
      visit: async () => {},
      stopAt: 'AskReference',
    });
    await first.click('nav.session-actions a[href$="/guardar"]');
    await check(first, 'save (en)', 'en');
    await shot(first, 'save');
    expect(await first.locator('.panel .reference').textContent()).toBe(run.reference);
    // when on another device
    const second = await citizen(browser);
    await second.goto(`${stack.base}/continuar?lang=en`);
    await second.fill('#f-referencia', 'SR-2222-22');
    await second.click('main form button[type=submit]');
    await check(second, 'resume with a wrong reference (en)', 'en');
    await shot(second, 'resume-error');
    const wrong = await second.locator('.error-summary a').textContent();
    await second.fill('#f-referencia', run.reference.replace(/-/g, '').toLowerCase());
    await second.click('main form button[type=submit]');
    await settle(second);
    // then nothing personal until identified again, then the same step
    expect(await pageName(second)).toBe('identify');
    await check(second, 'identify on resume (en)', 'en');
    for (const input of await second.locator('form[action$="/identificacion"] input.input').all()) {
      await input.fill(await protocolAnswer(stack.simulatorsUrl, '99000001C', (await input.getAttribute('name'))!));
    }
    await second.click('form[action$="/identificacion"] button.button');
    await settle(second);
    expect(wrong).toMatch(/reference/i);
    expect(await second.locator('input[name=stepId]').getAttribute('value')).toBe('AskReference');
    await second.fill('#f-claimReference', 'exp-2023-000001');
    await second.click('form[action$="/respuesta"] button');
    await settle(second);
    await second.click('form[action$="/respuesta"] button');
    await settle(second);
    expect(await pageName(second)).toBe('done');
    expect(findings).toEqual([]);
    await first.context().close();
    await second.context().close();
  }, 120_000);

  it('checks and changes an answer, switches language mid-way, and ends with the changed answer', async () => {
    // given a citizen who has entered a new address (level 2: protocol and one-time code)
    const scenario = scenarioOf('change-of-address', 'corrected-online-with-email');
    stack.scenario?.use(scenario);
    const page = await citizen(browser);
    await doAsCitizen(page, {
      base: stack.base,
      simulatorsUrl: stack.simulatorsUrl,
      procedureId: 'change-of-address',
      scenario,
      language: 'es',
      visit: async (label) => {
        if (label === 'identify')
          await shot(
            page,
            `identify-${await page.locator('form[action$="/identificacion"] input[name=method]').first().getAttribute('value')}`,
          );
      },
      stopAt: 'EnterNewAddress',
    });
    await page.fill('[name="newAddress.street"]', 'Calle Mayor');
    await page.fill('[name="newAddress.number"]', '1');
    await page.fill('[name="newAddress.postcode"]', '2801');
    await page.fill('[name="newAddress.municipality"]', 'Madrid');
    await page.fill('[name="newAddress.province"]', 'Madrid');
    await page.click('form[action$="/respuesta"] button');
    await check(page, 'address with an invalid postcode', 'es');
    await shot(page, 'step-errors');
    expect(await page.locator('#f-newAddress-postcode').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-newAddress-street').inputValue()).toBe('Calle Mayor');
    await page.fill('[name="newAddress.postcode"]', '28013');
    await page.click('form[action$="/respuesta"] button');
    await settle(page);
    // when: check answers, change the address, switch to Basque
    await page.click('nav.session-actions a[href$="/respuestas"]');
    await check(page, 'check answers', 'es');
    await shot(page, 'check-answers');
    await page.locator('button[name=toStep][value=EnterNewAddress]').first().click();
    await settle(page);
    expect(await page.locator('input[name=stepId]').getAttribute('value')).toBe('EnterNewAddress');
    expect(await page.locator('#f-newAddress-postcode').inputValue()).toBe('28013');
    await page.click('header a[hreflang=eu]');
    await check(page, 'revising, switched to Basque', 'eu');
    expect(await page.locator('html').getAttribute('lang')).toBe('eu');
    await page.fill('[name="newAddress.postcode"]', '28014');
    await page.click('form[action$="/respuesta"] button');
    await settle(page);
    // then
    expect(await page.locator('input[name=stepId]').getAttribute('value')).toBe('ConfirmNewAddress');
    await page.check('input[name=decision][value=confirm]');
    await page.check('input[name=notifyBy][value=none]');
    await page.click('form[action$="/respuesta"] button');
    await settle(page);
    await page.click('form[action$="/respuesta"] button');
    await settle(page);
    expect(await pageName(page)).toBe('done');
    await check(page, 'done (eu)', 'eu');
    await shot(page, 'done');
    expect(await page.locator('main').textContent()).toContain('28014');
    expect(findings).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('is enhanced with JavaScript on: focus goes to the error summary, a second click while sending posts nothing more, axe finds nothing', async () => {
    // given a citizen with JavaScript on, on the first question of the appointment booking
    const scenario = scenarioOf('appointment-booking', 'booked-online-with-sms');
    stack.scenario?.use(scenario);
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'es-ES' });
    const page = await context.newPage();
    trackDocuments(page);
    await page.goto(`${stack.base}/tramite/appointment-booking`);
    await page.click('button.button-start');
    await settle(page);
    expect(await page.locator('input[name=stepId]').getAttribute('value')).toBe('YourDetails');
    // when it is sent empty
    await page.locator('form[action$="/respuesta"] button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    // then the error summary has the focus, so a screen reader reads it first
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    const errors = await check(page, 'step with errors (JavaScript on)', 'es');
    // when the answers are filled in and the button is clicked twice at once
    await page.fill('[name=citizenId]', '99000001C');
    await page.fill('[name=phone]', '600000001');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    // (the answer is held on its way until the second click is done, as on a slow line)
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route(
      (url) => url.pathname.endsWith('/respuesta'),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    const button = page.locator('form[action$="/respuesta"] button[type=submit]');
    await button.click({ noWaitAfter: true });
    await expect.poll(() => posts.length).toBe(1);
    await button.click({ noWaitAfter: true }).catch(() => undefined);
    release();
    await settle(page);
    // then one answer was posted and the next question is shown
    expect(posts).toHaveLength(1);
    expect(await page.locator('input[name=stepId]').getAttribute('value')).toBe('ChooseOffice');
    const next = await check(page, 'next step (JavaScript on)', 'es');
    expect([...errors.violations, ...next.violations]).toEqual([]);
    expect(findings).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows a working page while connectors are slow, and moves on by itself without JavaScript', async () => {
    // given a citizen about to ask for a certificate, from a pensions system slower than the session service waits
    const scenario = scenarioOf('benefit-certificate', 'by-email-online');
    stack.scenario?.use(scenario);
    stack.scenario?.slow(3000); // each of the two connectors after the step: as slow as the pensions system in total
    const page = await citizen(browser);
    try {
      const run = await doAsCitizen(page, {
        base: stack.base,
        simulatorsUrl: stack.simulatorsUrl,
        procedureId: 'benefit-certificate',
        scenario,
        language: 'es',
        visit: async () => {},
        stopAt: 'ChooseDelivery',
      });
      await page.check('input[name=delivery][value=email]');
      const started = Date.now();
      // when the citizen continues (the click follows the refresh chain to its end)
      const posted = page.waitForResponse((r) => r.request().method() === 'POST');
      const clicked = page.click('form[action$="/respuesta"] button');
      await posted;
      // then, seen from a second tab meanwhile: a request still working after the last wait round says so, without refreshing
      const tab = await page.context().newPage();
      trackDocuments(tab);
      await tab.goto(`${run.sessionUrl}?espera=${MAX_WAITS}`);
      expect(await pageName(tab)).toBe('working');
      expect(await tab.locator('meta[http-equiv=refresh]').count()).toBe(0);
      const slowAudit = await audit(tab, 'es');
      findings.push(
        ...slowAudit.violations.map((v) => `working, slow: axe ${v.id}`),
        ...slowAudit.problems.map((p) => `working, slow: ${p}`),
      );
      await tab.screenshot({ path: '/tmp/self-service-working.png', fullPage: true });
      // and the first tab showed the refreshing working page, then moved on by itself once the connectors answered
      await clicked;
      await settle(page);
      // (Chromium drops the body of a page replaced at once by its refresh; the URLs show the chain it followed)
      const urls = (page as unknown as { documents: Array<{ url: string }> }).documents.map(
        (d) => new URL(d.url).search,
      );
      expect(urls).toEqual(expect.arrayContaining(['?espera=1']));
      expect(await page.locator('input[name=stepId]').getAttribute('value')).toBe('InformSent');
      expect(Date.now() - started).toBeGreaterThan(5000);
    } finally {
      stack.scenario?.slow(0);
    }
    expect(findings).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('answers typed error pages in the citizen’s language: not found, someone else’s session, a forged form', async () => {
    // given a session of one citizen
    const scenario = scenarioOf('appointment-booking', 'booked-online-with-sms');
    stack.scenario?.use(scenario);
    const owner = await citizen(browser);
    const run = await doAsCitizen(owner, {
      base: stack.base,
      simulatorsUrl: stack.simulatorsUrl,
      procedureId: 'appointment-booking',
      scenario,
      language: 'es',
      visit: async () => {},
      stopAt: 'YourDetails',
    });
    const other = await citizen(browser);
    // when
    const notFound = await other.goto(`${stack.base}/no-existe?lang=en`);
    const notFoundTitle = await other.locator('h1').textContent();
    await check(other, '404 (en)', 'en');
    await shot(other, 'not-found');
    const foreign = await other.goto(`${run.sessionUrl}?lang=ca`);
    const foreignTitle = await other.locator('h1').textContent();
    await check(other, 'someone else’s session (ca)', 'ca');
    await owner
      .locator('form[action$="/respuesta"] input[name=_csrf]')
      .evaluate((el) => ((el as HTMLInputElement).value = 'forged'));
    await owner.fill('#f-citizenId', '99000001C');
    await owner.click('form[action$="/respuesta"] button');
    await check(owner, 'forged form (es)', 'es');
    await shot(owner, 'csrf');
    // then
    expect(notFound?.status()).toBe(404);
    expect(notFoundTitle).toBe('Page not found');
    expect(foreign?.status()).toBe(404);
    expect(foreignTitle).toBe("No s'ha trobat la pàgina");
    expect(await pageName(owner)).toBe('error');
    expect(await owner.locator('h1').textContent()).toBe('No hemos podido enviar el formulario');
    expect(await owner.locator('main').textContent()).not.toMatch(/at \w+ \(|Error:|stack/);
    const view = await stack.sessions
      .view({ role: 'citizen', userId: 'nobody' }, run.sessionUrl.split('/').pop()!)
      .catch((e) => e);
    expect(view.code).toBe('CAUCE_ERR_SESSION_NOT_FOUND');
    expect(findings).toEqual([]);
    await owner.context().close();
    await other.context().close();
  }, 120_000);

  it('reflows at 320 CSS pixels (400% zoom) without scrolling sideways', async () => {
    // given
    const page = await citizen(browser, { width: 320, height: 640 });
    const wide = await citizen(browser, { width: 640, height: 800 });
    // when
    const sideways: string[] = [];
    for (const path of ['/', '/tramite/change-of-address', '/estado?referencia=SR-2222-22', '/continuar']) {
      await page.goto(`${stack.base}${path}`);
      if (await scrollsSideways(page)) sideways.push(path);
      await check(page, `320px ${path}`, 'es');
    }
    await shot(page, 'catalogue-320');
    await wide.goto(`${stack.base}/tramite/european-health-card`);
    await shot(wide, 'start-640');
    // then
    expect(sideways).toEqual([]);
    expect(findings).toEqual([]);
    await page.context().close();
    await wide.context().close();
  }, 60_000);

  it('shows where the keyboard is on every tab stop (focus visible), starting with the skip link', async () => {
    // given
    const page = await citizen(browser);
    await page.goto(`${stack.base}/tramite/european-health-card`);
    // when
    const stops: Array<{ what: string; visible: boolean }> = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (el === document.body) return { what: 'body (past the last tab stop)', visible: true };
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const marked =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
            style.boxShadow !== 'none' ||
            style.backgroundColor === 'rgb(255, 221, 0)';
          return {
            what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30)}`,
            visible: marked && box.width > 0 && box.height > 0,
          };
        }),
      );
      if (i === 3) await shot(page, 'focus');
    }
    // then
    expect(stops[0].what).toContain('Saltar al contenido principal');
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    await page.context().close();
  });
});
