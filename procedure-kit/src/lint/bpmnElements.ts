/**
 * Every flow element of a BPMN moddle tree by id (processes, participants' processes and
 * subprocesses, at any depth), for the checks that cross from JSON files into the BPMN.
 * @internal
 */
export function bpmnElements(definitions: any): Map<string, any> {
  const byId = new Map<string, any>();
  const visit = (container: any) => {
    for (const element of container?.flowElements ?? []) {
      if (element.id) byId.set(element.id, element);
      if (element.flowElements) visit(element);
    }
  };
  for (const root of definitions?.rootElements ?? []) if (root.$type === 'bpmn:Process') visit(root);
  return byId;
}
