import * as feelin from 'feelin';
import { feelSyntaxError, isJuel, stripFeelPrefix } from '@cauce/engine/feel';
import { is, type CauceRuleFactory } from './CauceRule';

/**
 * `cauce/feel-syntax`: conditions are FEEL (`addressConfirmed = "yes"`, optionally `=`-prefixed).
 * Reports, on the sequence flow or element that owns it, a condition that does not parse, a
 * condition in another language, and JUEL beyond a plain `${variable.path}` (the engine never
 * evaluates JUEL or JavaScript). Also `a == "yes"` and `a > > 3`: FEEL parses them (the right side
 * as a unary test) and they evaluate to null, so the engine's deploy-time syntax check lets them
 * through and they become incidents at run time. Covers sequence flow conditions, conditional
 * events and multi-instance completion conditions.
 * @public
 */
export const feelSyntax: CauceRuleFactory = () => ({
  check(node, reporter) {
    if (is(node, 'bpmn:SequenceFlow') && node.conditionExpression) {
      check(node.conditionExpression, node.id, 'condition', reporter);
    } else if (is(node, 'bpmn:ConditionalEventDefinition') && node.condition) {
      check(node.condition, node.$parent?.id ?? node.id, 'condition', reporter);
    } else if (is(node, 'bpmn:MultiInstanceLoopCharacteristics') && node.completionCondition) {
      check(node.completionCondition, node.$parent?.id ?? node.id, 'completion condition', reporter);
    }
  },
});

// helpers

function check(
  expression: any,
  id: string,
  what: string,
  reporter: { report(id: string, message: string): void },
): void {
  const language = typeof expression.language === 'string' ? expression.language.toLowerCase() : undefined;
  const body = String(expression.body ?? '').trim();
  if (language && language !== 'feel') {
    reporter.report(id, `${what} in ${expression.language} is not supported; write it in FEEL`);
    return;
  }
  if (body === '') {
    reporter.report(id, `${what} is empty`);
    return;
  }
  let feel = body;
  if (isJuel(body)) {
    const inner = body.replace(/^[$#]\{\s*|\s*\}$/g, '');
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(inner)) {
      reporter.report(
        id,
        `${what} ${body} is JUEL; write it in FEEL (e.g. ${inner.replace(/&&/g, 'and').replace(/\|\|/g, 'or').replace(/==/g, '=')})`,
      );
      return;
    }
    feel = inner;
  }
  const problem = feelSyntaxError(feel);
  if (problem) reporter.report(id, `${what} ${body} is not valid FEEL: ${problem}`);
  else if (doubledComparison(feel))
    reporter.report(
      id,
      `${what} ${body} compares with two operators in a row, which is always null in FEEL; FEEL compares with a single = (a = "yes"), and != for not equal`,
    );
}

const { parseExpression } = feelin as unknown as {
  parseExpression(
    expression: string,
    context: object,
    dialect?: string,
  ): { iterate(spec: { enter(node: { name: string; node: { getChild(name: string): unknown } }): void }): void };
};

/** A comparison whose right side is itself a unary test (`= "yes"`, `> 3`): how `==` and `> >` parse. */
function doubledComparison(expression: string): boolean {
  let found = false;
  try {
    parseExpression(stripFeelPrefix(expression), {}).iterate({
      enter(node) {
        if (node.name === 'Comparison' && node.node.getChild('SimplePositiveUnaryTest')) found = true;
      },
    });
  } catch {
    return false; // a syntax error is feelSyntaxError's to report
  }
  return found;
}
