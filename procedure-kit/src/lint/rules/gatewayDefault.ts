import { stripFeelPrefix } from '@cauce/engine/feel';
import { is, type CauceRuleFactory } from './CauceRule';

/**
 * `cauce/gateway-default`: an exclusive or inclusive gateway whose outgoing flows all carry
 * conditions and that has no default flow stops the instance with an incident when every
 * condition is false. Reported unless the conditions visibly cover every case: one of them is
 * `true`, or two are complements (`x = v` / `x != v`, `x < v` / `x >= v`, `x > v` / `x <= v`,
 * `c` / `not(c)`). Anything cleverer is left to the specialist: mark a default flow.
 * @public
 */
export const gatewayDefault: CauceRuleFactory = () => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:ExclusiveGateway') && !is(node, 'bpmn:InclusiveGateway')) return;
    const outgoing: any[] = node.outgoing ?? [];
    if (node.default || outgoing.length === 0) return;
    // A flow without a condition is always taken (bpmnlint's conditional-flows reports it).
    if (outgoing.some((f) => !f.conditionExpression)) return;
    const conditions = outgoing.map((f) => normalise(String(f.conditionExpression.body ?? '')));
    if (exhaustive(conditions)) return;
    const kind = is(node, 'bpmn:ExclusiveGateway') ? 'exclusive' : 'inclusive';
    reporter.report(
      node.id,
      `${kind} gateway has no default flow and its conditions may all be false (the instance would stop with an incident); mark one outgoing flow as default`,
      ['default'],
    );
  },
});

// helpers

const COMPLEMENT: Record<string, string> = { '=': '!=', '!=': '=', '<': '>=', '>=': '<', '>': '<=', '<=': '>' };

function normalise(text: string): string {
  let body = stripFeelPrefix(text.trim());
  const juel = /^[$#]\{\s*([\s\S]*?)\s*\}$/.exec(body);
  if (juel) body = juel[1];
  return body.replace(/\s+/g, ' ').trim();
}

function exhaustive(conditions: string[]): boolean {
  if (conditions.includes('true')) return true;
  const comparisons = conditions.map((c) => /^(.+?) ?(!=|<=|>=|=|<|>) ?(.+)$/.exec(c));
  for (let i = 0; i < conditions.length; i++) {
    for (let j = 0; j < conditions.length; j++) {
      if (i === j) continue;
      if (conditions[j] === `not(${conditions[i]})` || conditions[j] === `not (${conditions[i]})`) return true;
      const a = comparisons[i];
      const b = comparisons[j];
      if (a && b && a[1] === b[1] && a[3] === b[3] && COMPLEMENT[a[2]] === b[2]) return true;
    }
  }
  return false;
}
