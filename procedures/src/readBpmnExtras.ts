/**
 * What the engine's ProcessModel leaves out but procedures need: the `camunda:property` entries of each
 * end event (the service-request state it stands for) and the ids the BPMN DI draws.
 * @public
 */
export interface BpmnExtras {
  /** end event id → its camunda:properties (`serviceRequestState`, `serviceRequestResponsible`) */
  endEventProperties: Record<string, Record<string, string>>;
  /** ids referenced by a BPMNShape or BPMNEdge (`bpmnElement`) */
  diagramElements: Set<string>;
}

/**
 * Reads {@link BpmnExtras} with a small scanner over the XML, any namespace prefix. The engine's model keeps
 * no camunda:properties, and this package has no XML parser of its own; the BPMN has already been loaded by
 * `loadBpmn`, so the document is well formed.
 * @public
 */
export function readBpmnExtras(xml: string): BpmnExtras {
  const endEventProperties: Record<string, Record<string, string>> = {};
  const endEvents = /<(?:[\w-]+:)?endEvent\b([^>]*?)\/>|<(?:[\w-]+:)?endEvent\b([^>]*)>([\s\S]*?)<\/(?:[\w-]+:)?endEvent>/g;
  for (const m of xml.matchAll(endEvents)) {
    const id = attributes(m[1] ?? m[2]).id;
    if (!id) continue;
    const props: Record<string, string> = {};
    const body = m[3] ?? '';
    for (const p of body.matchAll(/<(?:[\w-]+:)?property\b([^>]*?)\/?>/g)) {
      const a = attributes(p[1]);
      if (a.name !== undefined && a.value !== undefined) props[a.name] = a.value;
    }
    endEventProperties[id] = props;
  }
  const diagramElements = new Set<string>();
  for (const m of xml.matchAll(/<(?:[\w-]+:)?BPMN(?:Shape|Edge)\b([^>]*?)\/?>/g)) {
    const ref = attributes(m[1]).bpmnElement;
    if (ref) diagramElements.add(ref);
  }
  return { endEventProperties, diagramElements };
}

// helpers
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[a[1]] = unescapeXml(a[2]);
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
