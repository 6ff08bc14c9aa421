/**
 * Edits of a BPMN element's `bpmn:extensionElements`, each one undoable command (`modeling.updateProperties` or
 * `modeling.updateModdleProperties`), so one change in the panel is one step back with Ctrl+Z. New moddle elements
 * are made with `bpmnFactory` and given their `$parent` before the command takes them in.
 * @internal
 */
export interface ExtensionServices {
  modeling: any;
  bpmnFactory: any;
}

/** The extension elements of a type (`cauce:FieldVisibility`, `camunda:Properties`) on an element's business object. @internal */
export function extensionsOf(businessObject: any, type: string): any[] {
  const values: any[] = businessObject.get('extensionElements')?.get('values') ?? [];
  return values.filter((value) => value.$instanceOf(type));
}

/** Adds one extension element (creating `bpmn:extensionElements` if needed) in one command. @internal */
export function addExtension(element: any, extension: any, services: ExtensionServices): void {
  const { modeling, bpmnFactory } = services;
  const businessObject = element.businessObject;
  const container = businessObject.get('extensionElements');
  if (!container) {
    const created = bpmnFactory.create('bpmn:ExtensionElements', { values: [extension] });
    created.$parent = businessObject;
    extension.$parent = created;
    modeling.updateProperties(element, { extensionElements: created });
    return;
  }
  extension.$parent = container;
  modeling.updateModdleProperties(element, container, { values: [...container.get('values'), extension] });
}

/** Removes one extension element in one command. @internal */
export function removeExtension(element: any, extension: any, services: ExtensionServices): void {
  const container = element.businessObject.get('extensionElements');
  if (!container) return;
  const values = container.get('values').filter((value: any) => value !== extension);
  services.modeling.updateModdleProperties(element, container, { values });
}

/** The value of a `camunda:property` of the element's `camunda:properties`, or undefined. @internal */
export function camundaProperty(businessObject: any, name: string): string | undefined {
  for (const properties of extensionsOf(businessObject, 'camunda:Properties')) {
    const found = (properties.get('values') ?? []).find((property: any) => property.name === name);
    if (found && found.value !== undefined) return String(found.value);
  }
  return undefined;
}

/**
 * Sets (or, with `undefined`, removes) a `camunda:property` in one command: creates `camunda:properties` when the
 * element has none, changes the property's value when it exists.
 * @internal
 */
export function setCamundaProperty(
  element: any,
  name: string,
  value: string | undefined,
  services: ExtensionServices,
): void {
  const { modeling, bpmnFactory } = services;
  const businessObject = element.businessObject;
  const containers = extensionsOf(businessObject, 'camunda:Properties');
  for (const properties of containers) {
    const values: any[] = properties.get('values') ?? [];
    const found = values.find((property) => property.name === name);
    if (!found) continue;
    if (value === undefined) {
      modeling.updateModdleProperties(element, properties, { values: values.filter((p) => p !== found) });
    } else {
      modeling.updateModdleProperties(element, found, { value });
    }
    return;
  }
  if (value === undefined) return;
  const property = bpmnFactory.create('camunda:Property', { name, value });
  const properties = containers[0];
  if (properties) {
    property.$parent = properties;
    modeling.updateModdleProperties(element, properties, { values: [...(properties.get('values') ?? []), property] });
    return;
  }
  const created = bpmnFactory.create('camunda:Properties', { values: [property] });
  property.$parent = created;
  addExtension(element, created, services);
}
