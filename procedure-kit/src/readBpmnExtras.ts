import type { LoadedBpmn } from '@cauce/engine';

/**
 * What procedures need from the BPMN beyond the flow: the `camunda:property` entries of each end event (the
 * service-request state it stands for) and the ids the BPMN DI draws.
 * @public
 */
export interface BpmnExtras {
  /** end event id → its camunda:properties (`serviceRequestState`, `serviceRequestResponsible`); `{}` when it has none */
  endEventProperties: Record<string, Record<string, string>>;
  /** ids referenced by a BPMNShape or BPMNEdge (`bpmnElement`) */
  diagramElements: Set<string>;
}

/**
 * Reads {@link BpmnExtras} from what `loadBpmn` compiled (every executable process, subprocesses included), so
 * namespace prefixes, attribute order, CDATA and comments are the XML parser's business, not ours.
 * @public
 */
export function readBpmnExtras(loaded: LoadedBpmn): BpmnExtras {
  const endEventProperties: BpmnExtras['endEventProperties'] = {};
  for (const process of loaded.processes) {
    for (const node of Object.values(process.nodes)) {
      if (node.type === 'endEvent') endEventProperties[node.id] = { ...node.properties };
    }
  }
  return { endEventProperties, diagramElements: new Set(loaded.diagramElements) };
}
