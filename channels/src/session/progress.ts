import type { ProcessModel } from '@cauce/engine';
import type { StepView } from '../contract';

/**
 * Progress through a procedure: the steps answered, the one shown, and an estimate of those left — the user
 * tasks met walking on from the live step along default flows (else the first flow) to an end. The real path
 * depends on answers and connector results, so `total` may change as the session moves.
 * @internal
 */
export function progressOf(
  model: ProcessModel,
  input: { done: string[]; current?: string; live?: string; title: (stepId: string) => string; finished: boolean },
): StepView['progress'] {
  const steps: StepView['progress']['steps'] = [];
  const seen = new Set<string>();
  for (const id of input.done) {
    if (seen.has(id)) continue;
    seen.add(id);
    steps.push({ id, title: input.title(id), state: id === input.current ? 'current' : 'done' });
  }
  if (input.current && !seen.has(input.current)) {
    seen.add(input.current);
    steps.push({ id: input.current, title: input.title(input.current), state: 'current' });
  }
  if (!input.finished && input.live) {
    // the live step itself is still to do when nobody is shown it (handed off, working, identifying)
    for (const id of [input.live, ...ahead(model, input.live)]) {
      if (seen.has(id)) continue;
      seen.add(id);
      steps.push({ id, title: input.title(id), state: 'todo' });
    }
  }
  return { done: steps.filter((s) => s.state === 'done').length, total: steps.length, steps };
}

// helpers
function ahead(model: ProcessModel, from: string): string[] {
  const out: string[] = [];
  const visited = new Set<string>([from]);
  let node = model.nodes[from];
  while (node) {
    const flowId = node.defaultFlow ?? node.outgoing[0];
    const next = flowId ? model.nodes[model.flows[flowId]?.target] : undefined;
    if (!next || visited.has(next.id)) break;
    visited.add(next.id);
    if (next.type === 'userTask') out.push(next.id);
    node = next;
  }
  return out;
}
