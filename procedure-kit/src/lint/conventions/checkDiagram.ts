import type { Finding } from '../Finding';
import type { ConventionsInput } from './ConventionsInput';

/**
 * Every flow node and sequence flow is drawn (a BPMNShape or BPMNEdge), so the designer, Camunda
 * Modeler and the agent console's map show the whole procedure. A file with no diagram at all gets
 * one finding, not one per element. Findings are errors on the element's line.
 * @internal
 */
export function checkDiagram(input: ConventionsInput, findings: Finding[]): void {
  const { checked } = input;
  const diagrams: any[] = checked.definitions?.diagrams ?? [];
  const file = checked.bpmnFile;
  if (diagrams.length === 0) {
    findings.push({
      file,
      elementId: null,
      line: 1,
      rule: 'package/diagram',
      message: 'the file has no diagram (BPMNDI): lay it out in the designer and save',
      severity: 'error',
    });
    return;
  }
  const drawn = new Set<string>();
  for (const diagram of diagrams)
    for (const shape of diagram.plane?.planeElement ?? []) if (shape.bpmnElement?.id) drawn.add(shape.bpmnElement.id);
  for (const [id, element] of input.elements) {
    if (drawn.has(id) || !(element.$instanceOf?.('bpmn:FlowNode') || element.$instanceOf?.('bpmn:SequenceFlow')))
      continue;
    findings.push({
      file,
      elementId: id,
      line: checked.lines.get(id) || 1,
      rule: 'package/diagram',
      message: 'is not drawn: no BPMNShape/BPMNEdge in the diagram',
      severity: 'error',
    });
  }
}
