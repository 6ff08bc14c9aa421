import { is, type CauceRuleFactory } from './CauceRule';
import { stepOf } from './stepOf';

/**
 * `cauce/text-key`: every step has its texts in the reference language, `texts/es.json`, under its
 * `cauce:textKey` (or its id). Without them no channel can show the step. Other languages are
 * `cauce/text-languages`'s business; an invalid texts/es.json is reported by validation instead.
 * @public
 */
export const textKey: CauceRuleFactory = ({ context }) => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    const { key } = stepOf(node, context);
    const es = context.texts.es;
    if (es.status === 'missing') {
      reporter.report(node.id, `no texts/es.json: the step's texts ('${key}') must be in the reference language`, [
        'textKey',
      ]);
    } else if (es.status === 'ok' && !Object.hasOwn(es.texts.steps, key)) {
      reporter.report(node.id, `texts/es.json has no step '${key}' (the reference language)`, ['textKey']);
    }
  },
});
