import { randomUUID } from 'node:crypto';
import type { FlowNode } from '../model/ProcessModel';
import { type Scope, type Token } from './InstanceState';
import { InstanceStates } from '../vocabulary/InstanceStates';
import type { Run } from './Run';

/**
 * Scopes of a run (the process, subprocesses, multi-instance bodies and iterations) and cancellation: a scope
 * with no token left completes its owner (or the instance), and cancelling a token cancels its inner scopes and
 * its open work (a called child instance, tasks, timers, subscriptions).
 * @internal
 */
export class Scopes {
  constructor(private readonly run: Run) {}

  /** A child scope owned by a token (subprocess, multi-instance body), starting with the token's local variables. */
  open(owner: Token, node: FlowNode, kind: Scope['kind']): Scope {
    const scope: Scope = { id: randomUUID(), parent: owner.scope, node: node.id, kind, owner: owner.id, vars: {} };
    if (owner.vars) Object.assign(scope.vars, owner.vars);
    this.run.data.scopes[scope.id] = scope;
    owner.child = scope.id;
    return scope;
  }

  /** A scope with no token left is done: the process completes; a subprocess's token leaves it with its variables. */
  maybeDone(scopeId: string): void {
    const run = this.run;
    if (run.tokensIn(scopeId).length > 0) return;
    const scope = run.data.scopes[scopeId];
    if (!scope) return;
    if (scope.kind === 'process') return run.finish(InstanceStates.completed);
    if (scope.kind === 'subProcess') {
      const owner = run.data.tokens[scope.owner!];
      delete run.data.scopes[scopeId];
      owner.child = undefined;
      owner.vars = { ...(owner.vars ?? {}), ...scope.vars };
      owner.state = 'active';
      run.flow.step(owner, () => run.flow.leave(owner));
    }
  }

  /** The token goes, with its inner scopes and its open work. */
  cancelToken(token: Token): void {
    const run = this.run;
    if (token.child) this.cancel(token.child);
    if (token.wait === 'call') run.effects.push({ kind: 'cancelCall', tokenId: token.id });
    run.flow.cleanup(token);
    run.logActivity('activity_cancel', token.id, token.node);
    delete run.data.tokens[token.id];
  }

  /** Every token of the scope and of its inner scopes is cancelled; the scope goes unless it is the process's. */
  cancel(scopeId: string): void {
    const { data } = this.run;
    for (const t of this.run.tokensIn(scopeId)) this.cancelToken(t);
    for (const s of Object.values(data.scopes)) if (s.parent === scopeId) this.cancel(s.id);
    if (scopeId !== data.root) delete data.scopes[scopeId];
  }
}
