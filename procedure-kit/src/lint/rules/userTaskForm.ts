import { is, type CauceRuleFactory } from './CauceRule';

/**
 * `cauce/user-task-form`: every user task is a step, and a step shows and collects its answers
 * through a form (`cauce:form="forms/<step>.schema.json"`). A step with nothing to ask still needs
 * an empty form, so every channel can render it the same way.
 * @public
 */
export const userTaskForm: CauceRuleFactory = () => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    if (typeof node.form === 'string' && node.form.trim() !== '') return;
    reporter.report(
      node.id,
      `user task has no cauce:form; add forms/${node.id}.schema.json and set cauce:form="forms/${node.id}.schema.json"`,
      ['form'],
    );
  },
});
