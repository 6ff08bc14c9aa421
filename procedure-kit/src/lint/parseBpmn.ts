import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { cauceModdleDescriptor } from '@cauce/schemas';

/** A BPMN moddle tree read with the camunda:* and cauce:* extensions, and moddle's warnings with lines. @public */
export interface ParsedBpmn {
  definitions: any;
  warnings: Array<{ message: string; line?: number; elementId?: string }>;
}

/**
 * Reads BPMN XML for linting: moddle with camunda's and Cauce's descriptors (so `cauce:form` is a
 * property, not an unknown attribute). Then, as bpmn-js's importer does, fills each flow node's
 * `incoming`/`outgoing` from the sequence flows when the XML leaves them out (hand-written BPMN
 * and Camunda 7 do not need them, bpmnlint's rules do). Malformed XML gives `error` with a line.
 * @public
 */
export async function parseBpmn(
  xml: string,
): Promise<{ ok: true; value: ParsedBpmn } | { ok: false; message: string; line?: number }> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    return {
      ok: false,
      message: 'DOCTYPE and entity declarations are not allowed',
      line: lineOfText(xml, /<!DOCTYPE|<!ENTITY/i),
    };
  let parsed;
  try {
    parsed = await new BpmnModdle({ camunda: camundaDescriptor, cauce: cauceModdleDescriptor }).fromXML(
      xml,
      'bpmn:Definitions',
    );
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, message: text.split('\n')[0], line: lineIn(text) };
  }
  linkFlows(parsed.rootElement);
  const warnings = (parsed.warnings ?? []).map((w: { message: string; element?: { id?: string } }) => ({
    message: w.message.split('\n')[0],
    line: lineIn(w.message),
    elementId: w.element?.id,
  }));
  return { ok: true, value: { definitions: parsed.rootElement, warnings } };
}

// helpers

const camundaDescriptor = createRequire(import.meta.url)('camunda-bpmn-moddle/resources/camunda.json');

/** moddle (saxen) counts lines from 0. */
function lineIn(message: string): number | undefined {
  const match = /line: (\d+)/.exec(message);
  return match ? Number(match[1]) + 1 : undefined;
}

function lineOfText(xml: string, pattern: RegExp): number {
  const index = xml.search(pattern);
  return xml.slice(0, Math.max(0, index)).split('\n').length;
}

function linkFlows(definitions: any): void {
  const visit = (container: any) => {
    const elements: any[] = container.flowElements ?? [];
    for (const flow of elements.filter((e) => e.$type === 'bpmn:SequenceFlow')) {
      const source = flow.sourceRef;
      const target = flow.targetRef;
      if (source && !(source.get('outgoing') as any[]).includes(flow)) source.get('outgoing').push(flow);
      if (target && !(target.get('incoming') as any[]).includes(flow)) target.get('incoming').push(flow);
    }
    for (const element of elements) if (element.flowElements) visit(element);
  };
  for (const root of definitions?.rootElements ?? []) if (root.$type === 'bpmn:Process') visit(root);
  for (const root of definitions?.rootElements ?? []) {
    for (const participant of root.participants ?? []) if (participant.processRef) visit(participant.processRef);
  }
}
