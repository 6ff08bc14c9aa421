import { randomUUID } from 'node:crypto';
import type { FlowNode } from '../model/ProcessModel';
import type { Effect } from './Effects';
import { Incident } from './Incident';
import type { Token, WaitKind } from './InstanceState';
import type { Run } from './Run';
import { IncidentTypes } from '../vocabulary/IncidentTypes';

/** More entries of one node in one scope within one command than any real model needs: an endless loop. */
const MAX_ENTRIES_PER_COMMAND = 1000;

/**
 * How tokens move in a run: the agenda of tokens to enter their node, entering (history, endless-loop guard,
 * multi-instance, input mappings, then the node's behaviour), leaving along the outgoing flows (output mappings,
 * conditions, default flow), and steps, which turn an `Incident` into an incident at the token.
 * @internal
 */
export class TokenFlow {
  private readonly agenda: Token[] = [];
  /** how often each node was entered per scope in this command (endless-loop guard) */
  private readonly entries = new Map<string, number>();

  constructor(private readonly run: Run) {}

  /** Runs the agenda until every token waits, firing inclusive joins that nothing can reach any more.*/
  drain(): void {
    for (;;) {
      while (this.agenda.length) {
        const token = this.agenda.shift()!;
        if (this.run.data.tokens[token.id] !== token) continue;
        this.step(token, () => this.enter(token));
      }
      if (!this.run.gateways.fireInclusiveJoins()) break;
    }
  }

  /** Runs one step; an Incident leaves the token where it is.*/
  step(token: Token, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof Incident)) throw error;
      token.state = 'incident';
      this.run.effects.push({
        kind: 'incident',
        tokenId: token.id,
        elementId: token.node,
        incidentType: error.incidentType,
        message: error.message,
      });
      this.run.history.push({
        kind: 'incident',
        elementId: token.node,
        tokenId: token.id,
        data: { type: error.incidentType, message: error.message },
      });
    }
  }

  /** A new token (activity instance) at a node of a scope, queued to enter it.*/
  spawn(scopeId: string, nodeId: string, via?: string, extra: Partial<Token> = {}): Token {
    const token: Token = { id: randomUUID(), scope: scopeId, node: nodeId, state: 'active', via, ...extra };
    this.run.data.tokens[token.id] = token;
    this.agenda.push(token);
    return token;
  }

  /** Leaves the token's node: output mappings, history, then outgoing flows.*/
  leave(token: Token): void {
    const node = this.run.node(token.node);
    if (node.outputs.length && !(node.multiInstance && !token.iteration)) {
      const values = this.run.expressions.mapVariables(node.outputs, this.run.visibleVariables(token.id));
      token.vars = undefined;
      this.run.expressions.setVariables(token, values);
    }
    this.cleanup(token);
    this.run.logActivity('activity_end', token.id, node.id);
    if (token.iteration) return this.run.multiInstance.iterationDone(token);
    this.take(token, this.outgoingOf(token, node));
  }

  /** Leaves a gateway (no mappings, no side records).*/
  pass(token: Token, flows: string[]): void {
    this.run.logActivity('activity_end', token.id, token.node);
    this.take(token, flows);
  }

  /** Moves a token along flows: the first reuses nothing, every flow gets a fresh token (activity instance).*/
  take(token: Token, flows: string[]): void {
    delete this.run.data.tokens[token.id];
    for (const flowId of flows) this.spawn(token.scope, this.run.model.flows[flowId].target, flowId);
    if (flows.length === 0) this.run.scopes.maybeDone(token.scope);
  }

  /** The token waits for `kind`; the effect is the record the store writes for it.*/
  wait(token: Token, kind: WaitKind, effect: Effect): void {
    token.state = 'waiting';
    token.wait = kind;
    token.armed = true;
    this.run.effects.push(effect);
  }

  /** The token's open work (tasks, timers, subscriptions) is to be removed by the store.*/
  cleanup(token: Token): void {
    if (token.armed) this.run.effects.push({ kind: 'cleanup', tokenId: token.id });
    token.armed = false;
  }

  // helpers

  private enter(token: Token): void {
    const node = this.run.node(token.node);
    // A cycle with no wait state would spin here forever and block the whole Node process, every instance with it.
    const key = `${token.scope} ${node.id}`;
    const entries = (this.entries.get(key) ?? 0) + 1;
    this.entries.set(key, entries);
    if (entries > MAX_ENTRIES_PER_COMMAND)
      throw new Incident(
        `${node.id} was entered ${MAX_ENTRIES_PER_COMMAND} times in one command without a wait state; ` +
          'is this an endless loop?',
        IncidentTypes.endlessLoop,
      );
    this.run.logActivity('activity_start', token.id, node.id, token.iteration ? { iteration: true } : undefined);
    if (node.multiInstance && !token.iteration) return this.run.multiInstance.start(token, node);
    // local variables a modification gave the token stay beside the input mappings' (which win)
    if (node.inputs.length)
      token.vars = {
        ...token.vars,
        ...this.run.expressions.mapVariables(node.inputs, this.run.visibleVariables(token.id)),
      };
    this.run.activities.behave(token, node);
  }

  private outgoingOf(token: Token, node: FlowNode): string[] {
    const conditional = node.outgoing.filter((f) => this.run.model.flows[f].condition !== undefined);
    if (conditional.length === 0) return node.outgoing;
    const context = this.run.expressions.contextOf(token.id);
    const chosen = node.outgoing.filter(
      (f) =>
        f !== node.defaultFlow &&
        (this.run.model.flows[f].condition === undefined || this.run.expressions.flowCondition(f, context)),
    );
    if (chosen.length === 0 && node.defaultFlow) return [node.defaultFlow];
    return chosen;
  }
}
