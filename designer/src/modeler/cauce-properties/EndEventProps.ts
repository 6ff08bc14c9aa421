import { h } from '@bpmn-io/properties-panel/preact';
import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { SERVICE_REQUEST_STATES, VIEWER_ROLES } from '@cauce/schemas/browser';
import { camundaProperty, setCamundaProperty } from './extensionEdits';

/**
 * The entries of an end event: the state the service request takes when the procedure ends there and who has it
 * then — the `camunda:property` pair `serviceRequestState` / `serviceRequestResponsible` that
 * `readCauceEndEvent` (@cauce/schemas) reads. Empty removes the property (the defaults apply).
 * @internal
 */
export function endEventEntries(element: any): any[] {
  return [
    {
      id: 'cauceServiceRequestState',
      element,
      property: 'serviceRequestState',
      values: SERVICE_REQUEST_STATES,
      label: 'Service request state',
      empty: 'Resolved (default)',
      component: PropertyEntry,
      isEdited: isSelectEntryEdited,
    },
    {
      id: 'cauceServiceRequestResponsible',
      element,
      property: 'serviceRequestResponsible',
      values: VIEWER_ROLES,
      label: 'Responsible',
      empty: 'Whoever acted last (default)',
      component: PropertyEntry,
      isEdited: isSelectEntryEdited,
    },
  ];
}

// helpers

function PropertyEntry(props: {
  element: any;
  id: string;
  property: string;
  values: readonly string[];
  label: string;
  empty: string;
}) {
  const { element, id, property, values, label, empty } = props;
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const translate = useService('translate');
  return h(SelectEntry, {
    element,
    id,
    label: translate(label),
    getValue: () => camundaProperty(element.businessObject, property) ?? '',
    setValue: (value: string) =>
      setCamundaProperty(element, property, value === '' ? undefined : value, { modeling, bpmnFactory }),
    getOptions: () => {
      const current = camundaProperty(element.businessObject, property);
      return [
        { value: '', label: translate(empty) },
        ...values.map((value) => ({ value, label: translate(`${property} ${value}`) })),
        ...(current && !values.includes(current) ? [{ value: current, label: current }] : []),
      ];
    },
  });
}
