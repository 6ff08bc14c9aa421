import type { Browser, Page } from 'playwright-core';

/** Drives the flow harness page in Chromium: open a draft, select, use the panel, read the saved XML. @internal */
export interface FlowPage {
  page: Page;
  /** selects an element by id (as a click on a finding does) and waits for its panel */
  select(elementId: string): Promise<void>;
  /** opens a panel group (they start closed) by its id (`cauceStep`, `cauceCondition`…) */
  openGroup(groupId: string): Promise<void>;
  /** the draft's process.bpmn after the pending save */
  savedXml(): Promise<string>;
  /** a file of the in-memory draft */
  file(path: string): Promise<string | undefined>;
  errors: string[];
}

/** Opens the harness on a draft (its files map) and waits for the diagram. @internal */
export async function openFlowPage(browser: Browser, url: string, files: Record<string, string>): Promise<FlowPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript((text) => sessionStorage.setItem('harness.files', text), JSON.stringify(files));
  await page.goto(url);
  await page.waitForSelector('.djs-container .djs-element');
  await page.waitForFunction(() => (window as any).harness.host?.getSnapshot().status === 'ready');
  return {
    page,
    errors,
    async select(elementId) {
      // the panel follows the selection on the next tick after an import (DEPENDENCY-NOTES)
      await page.waitForFunction((id) => (window as any).harness.host.select(id), elementId);
      await page.waitForFunction((id) => (window as any).harness.host.getSnapshot().selectedId === id, elementId);
      await page.waitForSelector('.bio-properties-panel-header');
    },
    async openGroup(groupId) {
      const header = page.locator(`[data-group-id="group-${groupId}"] .bio-properties-panel-group-header`);
      if (!(await header.evaluate((el) => el.classList.contains('open')))) await header.click();
    },
    async savedXml() {
      await page.evaluate(() => (window as any).harness.host.flush());
      return page.evaluate(() => (window as any).harness.files['process.bpmn'] as string);
    },
    file: (path) => page.evaluate((p) => (window as any).harness.files[p] as string | undefined, path),
  };
}
