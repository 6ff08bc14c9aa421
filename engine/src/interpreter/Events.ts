import { randomUUID } from 'node:crypto';
import type { FlowNode } from '../model/ProcessModel';
import type { Variables } from '../variables/TypedValue';
import { Incident } from './Incident';
import type { Token } from './InstanceState';
import type { Run } from './Run';
import { IncidentTypes } from '../vocabulary/IncidentTypes';

/**
 * Events of a run: arming catch events, boundaries and event-gateway targets (a timer job or a message
 * subscription), their firing, end events, and BPMN errors, which climb scopes to the nearest error boundary or
 * become an `unhandledBpmnError` incident (and propagate to a calling parent).
 * @internal
 */
export class Events {
  constructor(private readonly run: Run) {}

  /** Arms a catch event (its own token) or an event-gateway target (on the gateway's token). */
  arm(token: Token, target: FlowNode, self: FlowNode | undefined): void {
    if (self) {
      token.state = 'waiting';
      token.wait = target.event === 'timer' ? 'timer' : 'message';
    }
    token.armed = true;
    if (target.event === 'timer' && target.timer) {
      const due = this.run.expressions.timerDue(target, token);
      this.run.effects.push({
        kind: 'timer',
        tokenId: token.id,
        elementId: target.id,
        dueAt: due.dueAt.toISOString(),
        repeat: due.repeat,
      });
    } else if (target.messageName) {
      this.run.effects.push({
        kind: 'subscribe',
        tokenId: token.id,
        elementId: target.id,
        messageName: target.messageName,
      });
    } else {
      throw new Incident(`event ${target.id} after an event-based gateway must be a timer or message catch`);
    }
  }

  /** Arms the timer and message boundaries of an activity on its token (error boundaries wait for `raise`). */
  armBoundaries(token: Token, node: FlowNode): void {
    for (const id of node.boundaries) {
      const boundary = this.run.node(id);
      if (boundary.event === 'error') continue;
      this.arm(token, boundary, undefined);
    }
  }

  /** A timer fired or a message arrived for this token at `elementId`; false when either is gone. */
  trigger(tokenId: string, elementId: string, variables: Variables): boolean {
    const run = this.run;
    const token = run.data.tokens[tokenId];
    if (!token) return false;
    const target = run.model.nodes[elementId];
    if (!target) return false;
    run.flow.step(token, () => {
      if (target.type === 'boundaryEvent') return this.boundary(token, target, variables);
      if (token.wait === 'eventGateway') {
        run.flow.cleanup(token);
        const gateway = run.node(token.node);
        run.logActivity('activity_end', token.id, gateway.id);
        const flow = gateway.outgoing.find((f) => run.model.flows[f].target === elementId)!;
        delete run.data.tokens[token.id];
        const next: Token = { id: randomUUID(), scope: token.scope, node: elementId, state: 'active', via: flow };
        run.data.tokens[next.id] = next;
        run.logActivity('activity_start', next.id, elementId);
        run.expressions.setVariables(next, variables);
        return run.flow.leave(next);
      }
      if (token.node !== elementId) return;
      run.expressions.setVariables(token, variables);
      run.flow.leave(token);
    });
    run.flow.drain();
    return true;
  }

  /** An end event: an error end raises its error; a terminate end cancels every other token of its scope. */
  end(token: Token, node: FlowNode): void {
    const run = this.run;
    run.logActivity('activity_end', token.id, node.id);
    if (node.event === 'error') return this.raise(token, node.errorCode!, undefined);
    delete run.data.tokens[token.id];
    if (node.event === 'terminate') {
      for (const other of run.tokensIn(token.scope)) run.scopes.cancelToken(other);
    }
    run.scopes.maybeDone(token.scope);
  }

  /** Finds the nearest error boundary (climbing subprocesses) for an error thrown at a token. */
  raise(thrower: Token, errorCode: string, errorMessage: string | undefined): void {
    const run = this.run;
    let current: Token | undefined = thrower;
    while (current) {
      const host: Token = this.multiInstanceHost(current);
      const boundaryId = run.node(host.node).boundaries.find((id) => {
        const b = run.node(id);
        return b.event === 'error' && (!b.errorCode || b.errorCode === errorCode);
      });
      if (boundaryId && (host !== thrower || run.node(thrower.node).type !== 'endEvent')) {
        run.scopes.cancelToken(host);
        const next = run.flow.spawn(host.scope, boundaryId);
        next.vars = undefined;
        return;
      }
      const scope = run.data.scopes[host.scope];
      current = scope.owner ? run.data.tokens[scope.owner] : undefined;
    }
    if (run.data.scopes[run.data.root] && thrower) {
      thrower.state = 'incident';
      run.effects.push({ kind: 'propagateError', errorCode, errorMessage });
      run.effects.push({
        kind: 'incident',
        tokenId: thrower.id,
        elementId: thrower.node,
        incidentType: IncidentTypes.unhandledBpmnError,
        message: `BPMN error '${errorCode}'${errorMessage ? ` (${errorMessage})` : ''} was not caught`,
      });
    }
  }

  // helpers

  private boundary(token: Token, boundary: FlowNode, variables: Variables): void {
    // a non-interrupting cycle timer with firings left is armed again by the store, which knows the job
    if (boundary.cancelActivity) this.run.scopes.cancelToken(token);
    const next = this.run.flow.spawn(token.scope, boundary.id);
    this.run.expressions.setVariables(next, variables);
  }

  /** An iteration token's boundaries belong to its multi-instance body. */
  private multiInstanceHost(token: Token): Token {
    if (!token.iteration) return token;
    const { data } = this.run;
    const iteration = data.scopes[token.scope];
    const body = data.scopes[iteration.parent!];
    return data.tokens[body.owner!];
  }
}
