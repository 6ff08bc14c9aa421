import { h } from '@bpmn-io/properties-panel/preact';
import { FeelEntry, isFeelEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';

/** Whether a sequence flow leaves an element whose outgoing flows may carry conditions. @internal */
export function isConditionalFlow(element: any): boolean {
  const source = element.source?.businessObject;
  if (!element.businessObject?.$instanceOf?.('bpmn:SequenceFlow') || !source) return false;
  return (
    source.$instanceOf('bpmn:ExclusiveGateway') ||
    source.$instanceOf('bpmn:InclusiveGateway') ||
    (source.$instanceOf('bpmn:Activity') && !source.$instanceOf('bpmn:SubProcess'))
  );
}

/**
 * The condition of a sequence flow, edited as FEEL with the panel's FEEL editor (never a script): stored as
 * `<conditionExpression xsi:type="bpmn:tFormalExpression" language="feel">= …</conditionExpression>`, the form the
 * engine evaluates. Writing a condition on the gateway's default flow makes it an ordinary flow (as Camunda's
 * provider does), in the same command; clearing it removes the expression.
 * @internal
 */
export function conditionEntries(element: any): any[] {
  return [{ id: 'cauceCondition', element, component: ConditionEntry, isEdited: isFeelEntryEdited }];
}

// helpers

function ConditionEntry(props: { element: any; id: string }) {
  const { element, id } = props;
  const commandStack = useService('commandStack');
  const bpmnFactory = useService('bpmnFactory');
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  return h(FeelEntry, {
    element,
    id,
    feel: 'required',
    label: translate('Condition (FEEL)'),
    description: translate('When this path is taken, e.g. decision = "yes"'),
    debounce,
    getValue: () => {
      const body: string | undefined = element.businessObject.get('conditionExpression')?.get('body');
      if (body === undefined) return '';
      return body.trimStart().startsWith('=') ? body.trim() : `=${body.trim()}`;
    },
    setValue: (value: string | undefined) => {
      const text = (value ?? '').replace(/^\s*=\s*/, '').trim();
      const commands: any[] = [];
      const source = element.source;
      if (text !== '' && source.businessObject.get('default') === element.businessObject) {
        commands.push({
          cmd: 'element.updateProperties',
          context: { element: source, properties: { default: undefined } },
        });
      }
      const expression =
        text === '' ? undefined : bpmnFactory.create('bpmn:FormalExpression', { body: `= ${text}`, language: 'feel' });
      if (expression) expression.$parent = element.businessObject;
      commands.push({
        cmd: 'element.updateProperties',
        context: { element, properties: { conditionExpression: expression } },
      });
      commandStack.execute('properties-panel.multi-command-executor', commands);
    },
  });
}
