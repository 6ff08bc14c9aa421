/**
 * The element templates a BPMN uses: those an element names (`camunda:modelerTemplate`) and those bound to a topic
 * one of its service tasks has (`camunda:topic`), in the catalogue's order — what an export adds as
 * `element-templates.json` for Camunda Modeler.
 * @internal
 */
export function templatesUsed(xml: string | undefined, templates: readonly unknown[]): unknown[] {
  if (!xml) return [];
  const named = new Set([...xml.matchAll(/camunda:modelerTemplate="([^"]+)"/g)].map((m) => m[1]));
  const topics = new Set([...xml.matchAll(/camunda:topic="([^"]+)"/g)].map((m) => m[1]));
  return templates.filter((t) => named.has(String((t as { id?: unknown }).id)) || topics.has(topicOf(t) ?? ''));
}

// helpers
function topicOf(template: unknown): string | undefined {
  const properties = (template as { properties?: unknown })?.properties;
  if (!Array.isArray(properties)) return undefined;
  const bound = properties.find((p) => p?.binding?.type === 'property' && p.binding.name === 'camunda:topic');
  return typeof bound?.value === 'string' ? bound.value : undefined;
}
