import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rules (axe's tags): what the designer is held to (issue 10, item 11). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One axe-core finding: rule, impact, the first few elements. @internal */
export interface AxeFinding {
  id: string;
  impact: string;
  nodes: string[];
}

/**
 * Runs axe-core with the WCAG 2.2 AA tags on the screen shown, leaving out the inside of bpmn-js's canvas
 * (`.djs-container`: not accessible upstream; the Esquema tab is the accessible view of the flow).
 * @internal
 */
export async function wcagViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: object,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [document], exclude: [['.djs-container']] },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
}
