import { h } from '@bpmn-io/properties-panel/preact';
import {
  CheckboxEntry,
  ListGroup,
  SelectEntry,
  TextFieldEntry,
  isCheckboxEntryEdited,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { VIEWER_ROLES } from '@cauce/schemas/browser';
import { NO_DRAFT, type CauceDraftPort } from './CauceDraftPort';
import { addExtension, extensionsOf, removeExtension, type ExtensionServices } from './extensionEdits';

/**
 * The step's `cauce:FieldVisibility` list as a panel list group: one item per field, with the field (picked from
 * the step's form when the draft has it) and a checkbox per role that may see it. Adding and removing an item and
 * each change are one undoable command each.
 * @internal
 */
export function fieldVisibilityGroup(element: any, injector: any): any {
  const translate = injector.get('translate');
  const services: ExtensionServices = { modeling: injector.get('modeling'), bpmnFactory: injector.get('bpmnFactory') };
  const rules = extensionsOf(element.businessObject, 'cauce:FieldVisibility');
  return {
    id: 'cauceFieldVisibility',
    label: translate('Who sees each field'),
    component: ListGroup,
    element,
    add: (event: Event) => {
      event.stopPropagation();
      const rule = services.bpmnFactory.create('cauce:FieldVisibility', { field: '', roles: 'agent-l1,agent-l2' });
      addExtension(element, rule, services);
    },
    items: rules.map((rule, index) => {
      const id = `cauceFieldVisibility-${index}`;
      return {
        id,
        label: rule.get('field') || translate('(field)'),
        autoFocusEntry: `${id}-field`,
        remove: () => removeExtension(element, rule, services),
        entries: [
          { id: `${id}-field`, element, rule, component: FieldEntry, isEdited: isTextFieldEntryEdited },
          ...VIEWER_ROLES.map((role) => ({
            id: `${id}-role-${role}`,
            element,
            rule,
            role,
            component: RoleEntry,
            isEdited: isCheckboxEntryEdited,
          })),
        ],
      };
    }),
  };
}

// helpers

function FieldEntry(props: { element: any; id: string; rule: any }) {
  const { element, id, rule } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const draft: CauceDraftPort = useService('config.cauce')?.draft ?? NO_DRAFT;
  const form = element.businessObject.get('cauce:form');
  const fields = form ? draft.formFields(form) : [];
  const common = {
    element,
    id,
    label: translate('Field'),
    getValue: () => rule.get('field') ?? '',
    setValue: (value: string) => modeling.updateModdleProperties(element, rule, { field: value }),
  };
  if (fields.length === 0) return h(TextFieldEntry, { ...common, debounce });
  const current = rule.get('field');
  return h(SelectEntry, {
    ...common,
    getOptions: () => [
      { value: '', label: translate('(choose a field)') },
      ...[...fields, ...(current && !fields.includes(current) ? [current] : [])].map((f) => ({ value: f, label: f })),
    ],
    isEdited: isSelectEntryEdited,
  });
}

function RoleEntry(props: { element: any; id: string; rule: any; role: string }) {
  const { element, id, rule, role } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const roles = (): string[] =>
    String(rule.get('roles') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return h(CheckboxEntry, {
    element,
    id,
    label: translate(`Role ${role}`),
    getValue: () => roles().includes(role),
    setValue: (on: boolean) => {
      const next = VIEWER_ROLES.filter((r) => (r === role ? on : roles().includes(r)));
      modeling.updateModdleProperties(element, rule, { roles: next.join(',') });
    },
  });
}
