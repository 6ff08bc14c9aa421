import { evaluateCondition, evaluateFeel } from '../feel/Feel';
import type { FlowNode, Mapping } from '../model/ProcessModel';
import { parseTimer } from '../timers/parseTimer';
import { inferTyped, plainValues, type TypedValue, type Variables } from '../variables/TypedValue';
import { Incident } from './Incident';
import type { Scope, Token } from './InstanceState';
import type { Run } from './Run';

/**
 * Variables and expressions of a run: where a variable is set (Camunda's rule), input/output mappings, FEEL
 * conditions and timer expressions. A failing expression throws an `Incident` at the token that evaluated it.
 * @internal
 */
export class Expressions {
  constructor(private readonly run: Run) {}

  /** The variables visible from a token as plain values: what FEEL sees. */
  contextOf(tokenId: string): Record<string, unknown> {
    return plainValues(this.run.visibleVariables(tokenId));
  }

  /** Sets variables where they already live (innermost first), else on the root scope — Camunda's rule. */
  setVariables(token: Token, variables: Variables): void {
    const { data } = this.run;
    for (const [name, value] of Object.entries(variables)) {
      if (token.vars && name in token.vars) {
        token.vars[name] = value;
        continue;
      }
      let scope: Scope | undefined = data.scopes[token.scope];
      let target = data.scopes[data.root];
      while (scope) {
        if (name in scope.vars) {
          target = scope;
          break;
        }
        scope = scope.parent ? data.scopes[scope.parent] : undefined;
      }
      target.vars[name] = value;
    }
  }

  mapVariables(mappings: Mapping[], visible: Variables): Variables {
    const context = plainValues(visible);
    const out: Variables = {};
    // `=expr` is FEEL, anything else a string constant (the mapping's documented meaning)
    for (const m of mappings)
      out[m.name] = inferTyped(m.name, m.expression === undefined ? null : this.mapping(m.expression, context));
    return out;
  }

  /** A FEEL expression (with or without its leading `=`) as a typed variable named `name`. */
  typed(name: string, expression: string | undefined, context: Record<string, unknown>): TypedValue {
    return inferTyped(
      name,
      expression === undefined
        ? null
        : this.mapping(expression.startsWith('=') ? expression : `=${expression}`, context),
    );
  }

  /** `=expr` is FEEL; anything else is a string constant. */
  mapping(text: string, context: Record<string, unknown>): unknown {
    if (!text.startsWith('=')) return text;
    const result = evaluateFeel(text, context);
    if (!result.ok) throw new Incident(result.message);
    return result.value;
  }

  /** Stored expression text (a collection, a cardinality, a business key) as FEEL, with or without its `=`. */
  feel(text: string, context: Record<string, unknown>): unknown {
    return this.mapping(`=${text.trim().replace(/^=\s*/, '')}`, context);
  }

  /** The condition of a sequence flow. */
  flowCondition(flowId: string, context: Record<string, unknown>): boolean {
    return this.condition(this.run.model.flows[flowId].condition!, context, flowId);
  }

  condition(text: string, context: Record<string, unknown>, where?: string): boolean {
    const result = evaluateCondition(text, context);
    if (!result.ok) throw new Incident(`${where ? `${where}: ` : ''}${result.message}`);
    return result.value as boolean;
  }

  timerDue(node: FlowNode, token: Token): { dueAt: Date; repeat?: string } {
    const timer = node.timer!;
    let text = timer.expression;
    if (text.startsWith('=')) text = String(this.mapping(text, this.contextOf(token.id)));
    const parsed = parseTimer(timer.kind, text, this.run.now);
    if (!parsed.ok) throw new Incident(`timer ${node.id}: ${parsed.message}`);
    return parsed;
  }
}
