// Types of the bpmn.io packages that ship none, as far as the designer's modeler uses them (declared once, here).
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: any;
  export const BpmnPropertiesProviderModule: any;
  export const CamundaPlatformPropertiesProviderModule: any;
  export function useService(name: string): any;
}
declare module '@bpmn-io/properties-panel' {
  export const TextFieldEntry: any;
  export const TextAreaEntry: any;
  export const SelectEntry: any;
  export const CheckboxEntry: any;
  export const FeelEntry: any;
  export const ListGroup: any;
  export const Group: any;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
  export function isCheckboxEntryEdited(node: unknown): boolean;
  export function isFeelEntryEdited(node: unknown): boolean;
}
declare module 'bpmn-js-element-templates' {
  export const ElementTemplatesPropertiesProviderModule: any;
  export const ElementTemplatesCoreModule: any;
}
declare module '@bpmn-io/element-template-chooser' {
  const ElementTemplateChooserModule: any;
  export default ElementTemplateChooserModule;
}
declare module 'bpmn-js-bpmnlint' {
  const LintingModule: any;
  export default LintingModule;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  const CamundaPlatformBehaviors: any;
  export default CamundaPlatformBehaviors;
}
