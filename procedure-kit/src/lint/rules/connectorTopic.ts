import { is, type CauceRuleFactory } from './CauceRule';

/**
 * `cauce/connector-topic`: an external task (`camunda:type="external"`) waits for a worker of its
 * `camunda:topic`; with no connector for that topic in the catalogue
 * (`connectors/<name>/template.json`, the topic bound to `camunda:topic`) nothing ever completes it.
 * Topics written as expressions are decided at run time and not checked.
 * @public
 */
export const connectorTopic: CauceRuleFactory = ({ context }) => ({
  check(node, reporter) {
    const external = EXTERNAL.some((type) => is(node, type)) && node.type === 'external';
    if (!external) return;
    const id = node.id ?? node.$parent?.id;
    const topic = typeof node.topic === 'string' ? node.topic.trim() : '';
    if (topic === '') {
      reporter.report(id, 'external task without camunda:topic: no worker can fetch it', ['topic']);
    } else if (!/[$#]\{/.test(topic) && !context.topics.has(topic)) {
      reporter.report(id, `no connector in the catalogue (${context.catalogueLabel}) serves topic '${topic}'`, [
        'topic',
      ]);
    }
  },
});

// helpers

/** Elements camunda-bpmn-moddle lets carry camunda:type/topic. */
const EXTERNAL = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask', 'bpmn:MessageEventDefinition'];
