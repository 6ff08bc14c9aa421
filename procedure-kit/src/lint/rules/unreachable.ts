import { is, type CauceRuleFactory } from './CauceRule';

/**
 * `cauce/unreachable`: every flow node can be reached from a start event. Walks from the start
 * events along sequence flows, into subprocesses (from their start events, or their activities
 * without incoming flows), to boundary events of reached activities, to event subprocesses of
 * reached scopes and from link throw events to their catch events. Reports each element no walk
 * reaches; inside an unreachable subprocess only the subprocess is reported. Compensation
 * handlers (reached through associations) are left alone, and a process with no start event at
 * all is bpmnlint's `start-event-required` finding.
 * @public
 */
export const unreachable: CauceRuleFactory = () => ({
  check(node, reporter) {
    if (!is(node, 'bpmn:Process')) return;
    const nodes = flowNodes(node);
    if (!nodes.some((n) => is(n, 'bpmn:StartEvent'))) return;
    const reached = new Set<any>();
    walkScope(node, reached);
    report(node, reached, reporter);
  },
});

// helpers

/** Reports the unreached nodes of a scope, and looks inside the subprocesses that were reached. */
function report(scope: any, reached: Set<any>, reporter: { report(id: string, message: string): void }): void {
  for (const n of flowNodes(scope)) {
    if (reached.has(n)) {
      if (is(n, 'bpmn:SubProcess')) report(n, reached, reporter);
    } else if (!n.isForCompensation && !(is(n, 'bpmn:BoundaryEvent') && !reached.has(n.attachedToRef))) {
      reporter.report(n.id, 'no path from a start event reaches this element');
    }
  }
}

function flowNodes(scope: any): any[] {
  return (scope.flowElements ?? []).filter((e: any) => is(e, 'bpmn:FlowNode'));
}

/** Marks what can be reached inside a scope (process or subprocess) that is itself reached. */
function walkScope(scope: any, reached: Set<any>): void {
  const nodes = flowNodes(scope);
  const eventSubProcesses = nodes.filter((n) => is(n, 'bpmn:SubProcess') && n.triggeredByEvent);
  const inFlow = nodes.filter((n) => !eventSubProcesses.includes(n));
  let roots = inFlow.filter((n) => is(n, 'bpmn:StartEvent'));
  if (roots.length === 0 && !is(scope, 'bpmn:Process')) {
    roots = inFlow.filter((n) => !(n.incoming ?? []).length && !is(n, 'bpmn:BoundaryEvent') && !n.isForCompensation);
  }
  const queue = [...roots, ...eventSubProcesses];
  while (queue.length) {
    const n = queue.shift();
    if (!n || reached.has(n)) continue;
    reached.add(n);
    for (const flow of n.outgoing ?? []) queue.push(flow.targetRef);
    queue.push(...nodes.filter((b) => is(b, 'bpmn:BoundaryEvent') && b.attachedToRef === n));
    if (is(n, 'bpmn:SubProcess')) walkScope(n, reached);
    const link = linkName(n, 'bpmn:IntermediateThrowEvent');
    if (link !== undefined) queue.push(...nodes.filter((c) => linkName(c, 'bpmn:IntermediateCatchEvent') === link));
  }
}

function linkName(n: any, type: string): string | undefined {
  if (!is(n, type)) return undefined;
  const link = (n.eventDefinitions ?? []).find((d: any) => is(d, 'bpmn:LinkEventDefinition'));
  return link ? (link.name ?? n.name ?? '') : undefined;
}
