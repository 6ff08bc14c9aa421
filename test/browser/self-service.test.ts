import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  audit,
  citizen,
  doAsCitizen,
  finishAsAgent,
  launchChromium,
  pageName,
  scenarioOf,
  startSelfServiceStack,
  WEB_RUNS,
  type PageAudit,
} from '@cauce/channels/self-service/testing';

/**
 * Every sample procedure done end to end by a citizen in Chromium with JavaScript off, on the real service (engine
 * on PGlite, session service, simulators; connectors as CAUCE_SS_CONNECTORS says — see selfServiceStack). Each
 * run picks a different page language, first sends its first question empty (error page), and audits every page
 * it sees: axe-core (WCAG 2.2 AA) finds nothing, plus the checks axe does not make, and each page weighs < 50 KB.
 */

describe('self-service pages in Chromium, JavaScript off', () => {
  let stack: Awaited<ReturnType<typeof startSelfServiceStack>>;
  let browser: Browser;
  const audits: PageAudit[] = [];
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startSelfServiceStack(), launchChromium(chromium)]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    if (audits.length) {
      const sizes = audits.map((a) => a.htmlBytes);
      console.log(
        `[self-service] ${audits.length} pages audited; HTML ${Math.min(...sizes)}–${Math.max(...sizes)} bytes (+ ${audits[0].cssBytes} bytes CSS, cached); axe violations: ${audits.reduce((n, a) => n + a.violations.length, 0)}`,
      );
    }
  });

  it.each(WEB_RUNS)(
    '$procedureId ($scenario) in $language',
    async ({ procedureId, scenario: name, language }) => {
      // given
      const scenario = scenarioOf(procedureId, name);
      stack.scenario?.use(scenario);
      const page = await citizen(browser);
      const seen: PageAudit[] = [];
      const visit = async (label: string) => {
        const result = await audit(page, label.startsWith('catalogue') && !label.includes('(') ? 'es' : language);
        seen.push({ ...result, url: `${label} — ${result.url}` });
      };
      // when
      const run = await doAsCitizen(page, {
        base: stack.base,
        simulatorsUrl: stack.simulatorsUrl,
        procedureId,
        scenario,
        language,
        visit,
        tryEmptyFirst: true,
      });
      let agent;
      if (run.ended === 'handed-off') {
        agent = await finishAsAgent(stack.sessions, run.reference, run.agentSteps);
        await page.goto(`${stack.base}/estado`);
        await page.fill('#f-referencia', run.reference);
        await page.click('main form button[type=submit]');
        await visit('status');
      }
      // then
      audits.push(...seen);
      expect(seen.flatMap((a) => a.violations.map((v) => `${a.url}: ${v.id} ${v.targets.join(', ')}`))).toEqual([]);
      expect(seen.flatMap((a) => a.problems.map((p) => `${a.url}: ${p}`))).toEqual([]);
      expect(seen.some((a) => a.url.includes('with errors'))).toBe(true);
      const want = scenario.expect;
      const request = (
        await stack.db.query('select state, instance_ids from service_request where reference = $1', [run.reference])
      ).rows[0];
      expect(request.state).toBe(want.serviceRequest?.state ?? 'resolved');
      const lastInstance = request.instance_ids[request.instance_ids.length - 1];
      const ended = (
        await stack.db.query(
          "select element_id from history_event where instance_id = $1 and kind = 'activity_end' order by id",
          [lastInstance],
        )
      ).rows.map((r: { element_id: string }) => r.element_id);
      if (want.outcome.endEvent) expect(ended).toContain(want.outcome.endEvent);
      if (run.ended === 'handed-off') {
        expect(agent!.first.identification.reached).toBeGreaterThanOrEqual(scenario.identificationLevel ?? 0);
        expect(agent!.first.status).toBe('step');
        expect(await page.locator('main .tag').textContent()).toBeTruthy();
      } else {
        expect(run.ended).toBe('done');
        expect(await pageName(page)).toBe('done');
        expect(await page.locator('.panel .reference').textContent()).toBe(run.reference);
      }
      await page.context().close();
    },
    180_000,
  );

  it('never weighs 50 KB or more on any page', () => {
    // given the pages audited above
    // then
    expect(audits.length).toBeGreaterThan(20);
    for (const a of audits) expect(a.htmlBytes + a.cssBytes, a.url).toBeLessThan(50 * 1024);
  });
});

export type { Page };
