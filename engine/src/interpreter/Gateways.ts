import { randomUUID } from 'node:crypto';
import type { FlowNode } from '../model/ProcessModel';
import { Incident } from './Incident';
import type { Token } from './InstanceState';
import type { Run } from './Run';

/**
 * Gateways as Camunda 7 runs them: exclusive and inclusive choice by FEEL conditions (default flow last), a parallel
 * join that waits for a token on every incoming flow, and an inclusive join that waits while any other token of its
 * scope can still reach it.
 * @internal
 */
export class Gateways {
  constructor(private readonly run: Run) {}

  /** The first outgoing flow whose condition holds, else the default flow; neither is an incident. */
  chooseExclusive(token: Token, node: FlowNode): string {
    const { model, expressions } = this.run;
    const context = expressions.contextOf(token.id);
    for (const flowId of node.outgoing) {
      if (flowId === node.defaultFlow) continue;
      const flow = model.flows[flowId];
      if (flow.condition === undefined || expressions.flowCondition(flowId, context)) return flowId;
    }
    if (node.defaultFlow) return node.defaultFlow;
    throw new Incident(
      `no outgoing sequence flow of gateway ${node.id} has a true condition, and there is no default flow`,
    );
  }

  /** Every outgoing flow whose condition holds, else the default flow; none is an incident. */
  chooseInclusive(token: Token, node: FlowNode): string[] {
    const { model, expressions } = this.run;
    const context = expressions.contextOf(token.id);
    const chosen = node.outgoing.filter(
      (f) =>
        f !== node.defaultFlow && (model.flows[f].condition === undefined || expressions.flowCondition(f, context)),
    );
    if (chosen.length) return chosen;
    if (node.defaultFlow) return [node.defaultFlow];
    throw new Incident(
      `no outgoing sequence flow of inclusive gateway ${node.id} has a true condition, and there is no default flow`,
    );
  }

  /** Parallel join: fires once every incoming flow has a waiting token, consuming one per flow. */
  arriveParallel(token: Token, node: FlowNode): void {
    if (node.incoming.length <= 1) return this.forkAll(token, node);
    token.state = 'joining';
    const waiting = this.run.tokensIn(token.scope).filter((t) => t.node === node.id && t.state === 'joining');
    const picked: Token[] = [];
    for (const flowId of node.incoming) {
      const t = waiting.find((w) => w.via === flowId && !picked.includes(w));
      if (!t) return;
      picked.push(t);
    }
    this.fireJoin(picked, node, (merged) => this.forkAll(merged, node));
  }

  /** An inclusive join only collects tokens here; `fireInclusiveJoins` decides when it fires. */
  arriveInclusive(token: Token): void {
    token.state = 'joining';
  }

  /** Fires one inclusive join that no other token of its scope can still reach; false when none can fire. */
  fireInclusiveJoins(): boolean {
    const run = this.run;
    const joining = Object.values(run.data.tokens).filter(
      (t) => t.state === 'joining' && run.model.nodes[t.node]?.type === 'inclusiveGateway',
    );
    for (const t of joining) {
      if (run.data.tokens[t.id] !== t) continue;
      const node = run.node(t.node);
      const others = run.tokensIn(t.scope).filter((o) => !(o.node === node.id && o.state === 'joining'));
      if (others.some((o) => o.node === node.id || run.model.reach[o.node]?.includes(node.id))) continue;
      const arrived = run.tokensIn(t.scope).filter((o) => o.node === node.id && o.state === 'joining');
      this.fireJoin(arrived, node, (merged) =>
        run.flow.step(merged, () => run.flow.take(merged, this.chooseInclusive(merged, node))),
      );
      return true;
    }
    return false;
  }

  // helpers

  /** The arrived tokens end at the join; one merged token starts and leaves it (its own activity instance). */
  private fireJoin(arrived: Token[], node: FlowNode, then: (merged: Token) => void): void {
    const run = this.run;
    for (const t of arrived) {
      run.logActivity('activity_end', t.id, node.id);
      delete run.data.tokens[t.id];
    }
    const merged: Token = { id: randomUUID(), scope: arrived[0].scope, node: node.id, state: 'active' };
    run.data.tokens[merged.id] = merged;
    run.logActivity('activity_start', merged.id, node.id, { joined: arrived.length });
    run.logActivity('activity_end', merged.id, node.id);
    then(merged);
  }

  private forkAll(token: Token, node: FlowNode): void {
    if (node.incoming.length <= 1) this.run.logActivity('activity_end', token.id, node.id);
    this.run.flow.take(token, node.outgoing);
  }
}
