import { is, type CauceRuleFactory } from './CauceRule';

/**
 * `cauce/form-file`: the form a step names must be a file of the package. The path is relative to
 * the package folder (`forms/ConfirmAddress.schema.json`).
 * @public
 */
export const formFile: CauceRuleFactory = ({ context }) => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:UserTask') || typeof node.form !== 'string' || node.form.trim() === '') return;
    const path = node.form.trim().replace(/^\.\//, '');
    if (context.files.has(path)) return;
    reporter.report(node.id, `cauce:form '${node.form}' is not a file of the package`, ['form']);
  },
});
