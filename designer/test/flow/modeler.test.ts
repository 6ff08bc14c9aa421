import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFlowHarness, type FlowHarnessServer } from './flowHarness';
import { openFlowPage } from './flowPage';

// The modeler's didi modules in a real Chromium: the Flujo tab (ModelerHost: bpmn-js Modeler, properties panel
// with the bpmn, Camunda Platform and Cauce providers) on an in-memory draft, served by Vite from the sources.
// Each module's .bpmn fixture sits beside it.

let server: FlowHarnessServer;
let browser: Browser;

beforeAll(async () => {
  server = await startFlowHarness();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const fixture = (path: string) => readFileSync(new URL(`../../src/modeler/${path}`, import.meta.url), 'utf8');

describe('the Cauce properties provider', () => {
  it('sets a step’s form, channels, identification level and candidate group as cauce:* attributes', async () => {
    // given a draft with one form and a user task without settings
    const flow = await openFlowPage(browser, server.url, {
      'process.bpmn': fixture('cauce-properties/CaucePropertiesProvider.bpmn'),
      'forms/Ask.schema.json': JSON.stringify({ type: 'object', properties: { decision: { type: 'string' } } }),
    });
    await flow.select('Ask');
    await flow.openGroup('cauceStep');
    // when the specialist picks each setting in the panel
    await flow.page.selectOption('[data-entry-id="cauceForm"] select', 'forms/Ask.schema.json');
    await flow.page.click('[data-entry-id="cauceChannel-web"] input');
    await flow.page.selectOption('[data-entry-id="cauceIdentificationLevel"] select', '1');
    await flow.page.selectOption('[data-entry-id="cauceCandidateGroup"] select', 'agent-l1');
    // then the saved XML carries them
    const xml = await flow.savedXml();
    const task = xml.match(/<bpmn:userTask id="Ask"[^>]*>/)?.[0] ?? '';
    expect(task).toContain('cauce:form="forms/Ask.schema.json"');
    expect(task).toContain('cauce:channels="web"');
    expect(task).toContain('cauce:identificationLevel="1"');
    expect(task).toContain('camunda:candidateGroups="agent-l1"');
    // and Camunda's own form group is not offered on a step
    expect(await flow.page.locator('[data-group-id="group-CamundaPlatform__Form"]').count()).toBe(0);
    expect(flow.errors).toEqual([]);
    await flow.page.close();
  });

  it('creates a form for a step through the draft and names it in cauce:form', async () => {
    // given
    const flow = await openFlowPage(browser, server.url, {
      'process.bpmn': fixture('cauce-properties/CaucePropertiesProvider.bpmn'),
    });
    await flow.select('Ask');
    await flow.openGroup('cauceStep');
    // when
    await flow.page.selectOption('[data-entry-id="cauceForm"] select', '__create__');
    // then
    expect(await flow.file('forms/Ask.schema.json')).toBeDefined();
    expect(await flow.savedXml()).toContain('cauce:form="forms/Ask.schema.json"');
    await flow.page.close();
  });

  it('sets who sees a field (cauce:fieldVisibility) and an end event’s service request', async () => {
    // given
    const flow = await openFlowPage(browser, server.url, {
      'process.bpmn': fixture('cauce-properties/CaucePropertiesProvider.bpmn'),
    });
    await flow.select('Ask');
    // when a visibility rule is added and given a field and one role less
    await flow.page.click('[data-group-id="group-cauceFieldVisibility"] .bio-properties-panel-add-entry');
    await flow.page.fill('[data-entry-id="cauceFieldVisibility-0-field"] input', 'decision');
    await flow.page.click('[data-entry-id="cauceFieldVisibility-0-role-agent-l2"] input');
    await flow.page.click('[data-entry-id="cauceFieldVisibility-0-role-citizen"] input');
    // and the end event gets a state and a responsible
    await flow.select('EndNo');
    await flow.openGroup('cauceServiceRequest');
    await flow.page.selectOption('[data-entry-id="cauceServiceRequestState"] select', 'cancelled');
    await flow.page.selectOption('[data-entry-id="cauceServiceRequestResponsible"] select', 'agent-l2');
    // then
    const xml = await flow.savedXml();
    expect(xml).toMatch(/<cauce:fieldVisibility field="decision" roles="agent-l1,citizen" \/>/);
    expect(xml).toContain('<camunda:property name="serviceRequestState" value="cancelled" />');
    expect(xml).toContain('<camunda:property name="serviceRequestResponsible" value="agent-l2" />');
    expect(flow.errors).toEqual([]);
    await flow.page.close();
  });

  it('edits a gateway flow’s condition as FEEL and offers no script or JavaScript', async () => {
    // given the default flow of a gateway
    const flow = await openFlowPage(browser, server.url, {
      'process.bpmn': fixture('cauce-properties/CaucePropertiesProvider.bpmn'),
    });
    await flow.select('Flow_Decide_Yes');
    await flow.openGroup('cauceCondition');
    // then Camunda's condition group (type: expression | script) is gone
    expect(await flow.page.locator('[data-group-id="group-CamundaPlatform__Condition"]').count()).toBe(0);
    expect(await flow.page.locator('.bio-properties-panel select option[value="script"]').count()).toBe(0);
    // when a FEEL condition is typed in the panel's FEEL editor
    await flow.page.click(
      '[data-entry-id="cauceCondition"] .bio-properties-panel-feel-editor-container [contenteditable]',
    );
    await flow.page.keyboard.type('decision = "yes"');
    await flow.page.waitForTimeout(600);
    // then it is saved as a FEEL formal expression
    const xml = await flow.savedXml();
    expect(xml).toMatch(
      /<bpmn:sequenceFlow id="Flow_Decide_Yes"[^>]*>\s*<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">= decision = "yes"<\/bpmn:conditionExpression>/,
    );
    expect(flow.errors).toEqual([]);
    await flow.page.close();
  });
});

describe('undo and redo', () => {
  it('go back and forth through the command stack, with the buttons and with Ctrl+Z / Ctrl+Y on the canvas', async () => {
    // given a step whose level is changed
    const flow = await openFlowPage(browser, server.url, {
      'process.bpmn': fixture('cauce-properties/CaucePropertiesProvider.bpmn'),
    });
    await flow.select('Ask');
    await flow.openGroup('cauceStep');
    await flow.page.selectOption('[data-entry-id="cauceIdentificationLevel"] select', '2');
    expect(await flow.savedXml()).toContain('cauce:identificationLevel="2"');
    // when undone with the button
    await flow.page.getByRole('button', { name: 'Deshacer' }).click();
    // then
    expect(await flow.savedXml()).not.toContain('cauce:identificationLevel');
    // when redone with the button
    await flow.page.getByRole('button', { name: 'Rehacer' }).click();
    expect(await flow.savedXml()).toContain('cauce:identificationLevel="2"');
    // when undone and redone with the keyboard on the canvas
    await flow.page.locator('.djs-container svg').first().focus();
    await flow.page.keyboard.press('Control+z');
    expect(await flow.savedXml()).not.toContain('cauce:identificationLevel');
    await flow.page.keyboard.press('Control+y');
    expect(await flow.savedXml()).toContain('cauce:identificationLevel="2"');
    await flow.page.close();
  });
});
