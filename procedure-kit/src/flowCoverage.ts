import type { ProcessModel } from '@cauce/engine';

/** A history_event row as the coverage and path functions read it, in (rev, seq) order. @public */
export interface HistoryEvent {
  kind: string;
  element_id: string | null;
  data?: { joined?: number } | null;
}

/**
 * The flow nodes an instance entered, in order: one entry per `activity_start`, except the merged token a
 * parallel or inclusive join starts after its arrivals (each arrival is already listed). An activity
 * interrupted by an error boundary is listed, then its boundary event. Process-level nodes only.
 * @public
 */
export function pathOf(history: HistoryEvent[]): string[] {
  return history
    .filter((e) => e.kind === 'activity_start' && e.element_id && !e.data?.joined)
    .map((e) => e.element_id!);
}

/**
 * The sequence flows an instance took, inferred from its history (the store does not record flows): a node
 * entered through its only incoming flow took that flow; a node with several incoming flows took the one
 * whose source ended last before it started. Start and boundary events have no incoming flow. The inference
 * is exact for one token at a time, which is what the sample procedures run; with parallel branches that
 * end in a different order than they reach a shared merge it may pick the wrong one.
 * @public
 */
export function flowsTaken(model: ProcessModel, history: HistoryEvent[]): string[] {
  const lastEnd = new Map<string, number>();
  const taken: string[] = [];
  history.forEach((event, index) => {
    const id = event.element_id;
    if (!id) return;
    if (event.kind === 'activity_end') lastEnd.set(id, index);
    if (event.kind !== 'activity_start' || event.data?.joined) return;
    const incoming = model.nodes[id]?.incoming ?? [];
    let best: string | undefined;
    let bestAt = -1;
    for (const flowId of incoming) {
      const at = lastEnd.get(model.flows[flowId].source) ?? -1;
      if (at > bestAt) [best, bestAt] = [flowId, at];
    }
    if (best) taken.push(best);
  });
  return taken;
}

/** Sequence-flow coverage of a process by a set of runs. @public */
export interface FlowCoverage {
  total: number;
  covered: number;
  /** 0–100, one decimal */
  percent: number;
  /** ids of the flows no run took, in document order */
  missing: string[];
}

/** Coverage of every sequence flow of the model by the flows taken in any run. @public */
export function flowCoverage(model: ProcessModel, taken: Iterable<string>): FlowCoverage {
  const seen = new Set(taken);
  const all = Object.keys(model.flows);
  const missing = all.filter((id) => !seen.has(id));
  const covered = all.length - missing.length;
  return {
    total: all.length,
    covered,
    percent: all.length ? Math.round((covered / all.length) * 1000) / 10 : 100,
    missing,
  };
}
