import type { LintContext } from '../LintContext';

/** bpmnlint's reporter, as a rule sees it. @public */
export interface Reporter {
  report(id: string, message: string, path?: string[]): void;
}

/** A bpmnlint rule definition. @public */
export interface RuleDefinition {
  meta?: { documentation?: { url?: string } };
  check:
    | ((node: any, reporter: Reporter) => boolean | void)
    | { enter?: (node: any, reporter: Reporter) => boolean | void; leave?: (node: any, reporter: Reporter) => void };
}

/**
 * A Cauce lint rule: a plain bpmnlint rule factory. Its config carries the {@link LintContext}
 * (files, texts, catalogue) that `lintPackage` passes to every Cauce rule.
 * @public
 */
export type CauceRuleFactory = (config: { context: LintContext }) => RuleDefinition;

/** `is(node, 'bpmn:UserTask')` on a moddle element. @internal */
export function is(node: any, type: string): boolean {
  return typeof node?.$instanceOf === 'function' && node.$instanceOf(type);
}
