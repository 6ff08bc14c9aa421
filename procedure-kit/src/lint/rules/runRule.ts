import { createRequire } from 'node:module';
import { parseBpmn } from '../parseBpmn';
import { emptyContext, type LintContext } from '../LintContext';
import type { CauceRuleFactory } from './CauceRule';

/**
 * Runs one rule through bpmnlint's real Linter over BPMN XML, as `lintPackage` does, and returns
 * its reports. For the rules' own tests.
 * @internal
 */
export async function runRule(
  factory: CauceRuleFactory,
  xml: string,
  context: Partial<LintContext> = {},
): Promise<Array<{ id: string; message: string }>> {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.message}`);
  const full = emptyContext(context);
  const linter = new Linter({
    resolver: {
      resolveRule: () => (config: object) => factory({ ...config, context: full }),
      resolveConfig: () => undefined,
    },
  });
  const results = await linter.lint(parsed.value.definitions, { rules: { 'cauce/rule': 'error' } });
  return (results['cauce/rule'] ?? []).map((r: { id: string; message: string }) => ({ id: r.id, message: r.message }));
}

// helpers

const { Linter } = createRequire(import.meta.url)('bpmnlint');
