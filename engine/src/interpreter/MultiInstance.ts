import { randomUUID } from 'node:crypto';
import type { FlowNode } from '../model/ProcessModel';
import { inferTyped, plainValues, type Variables } from '../variables/TypedValue';
import { Incident } from './Incident';
import type { Scope, Token } from './InstanceState';
import type { Run } from './Run';

/**
 * Multi-instance activities: the activity's token owns a body scope (with nrOfInstances, nrOfActiveInstances,
 * nrOfCompletedInstances); each iteration is a scope of its own with loopCounter and the element variable, run in
 * parallel or one after another, until all are done or the completion condition holds.
 * @internal
 */
export class MultiInstance {
  constructor(private readonly run: Run) {}

  /** The activity's token enters its body: evaluate the collection or cardinality, start the first iterations. */
  start(token: Token, node: FlowNode): void {
    const { expressions } = this.run;
    const mi = node.multiInstance!;
    const context = expressions.contextOf(token.id);
    let items: unknown[] | undefined;
    let total: number;
    if (mi.collection) {
      const value = expressions.feel(mi.collection, context);
      if (!Array.isArray(value)) throw new Incident(`multi-instance collection ${mi.collection} is not a list`);
      items = value;
      total = value.length;
    } else {
      total = Number(expressions.feel(mi.loopCardinality!, context));
      if (!Number.isInteger(total) || total < 0)
        throw new Incident(`loopCardinality ${mi.loopCardinality} is not a whole number`);
    }
    const body = this.run.scopes.open(token, node, 'multiInstance');
    body.mi = { total, next: 0, items };
    body.vars = {
      nrOfInstances: inferTyped('n', total),
      nrOfActiveInstances: inferTyped('n', 0),
      nrOfCompletedInstances: inferTyped('n', 0),
    };
    token.state = 'waiting';
    token.wait = 'multiInstance';
    this.run.events.armBoundaries(token, node);
    if (total === 0) return this.done(token, body);
    const start = mi.sequential ? 1 : total;
    for (let i = 0; i < start; i++) this.startIteration(body, node);
  }

  /** An iteration's token left the activity: count it, then start the next, finish, or wait for the others. */
  iterationDone(token: Token): void {
    const run = this.run;
    const iteration = run.data.scopes[token.scope];
    const body = run.data.scopes[iteration.parent!];
    delete run.data.tokens[token.id];
    delete run.data.scopes[iteration.id];
    this.bump(body, 'nrOfActiveInstances', -1);
    this.bump(body, 'nrOfCompletedInstances', 1);
    const owner = run.data.tokens[body.owner!];
    const node = run.node(owner.node);
    const mi = node.multiInstance!;
    const context = run.expressions.contextOf(owner.id);
    Object.assign(context, plainValues(body.vars));
    const done = mi.completionCondition ? run.expressions.condition(mi.completionCondition, context) : false;
    if (done) {
      for (const scope of Object.values(run.data.scopes)) if (scope.parent === body.id) run.scopes.cancel(scope.id);
      return this.done(owner, body);
    }
    if (mi.sequential && body.mi!.next < body.mi!.total) return this.startIteration(body, node);
    if (Number(body.vars.nrOfActiveInstances.value) === 0) this.done(owner, body);
  }

  // helpers

  private startIteration(body: Scope, node: FlowNode): void {
    const index = body.mi!.next++;
    const vars: Variables = { loopCounter: inferTyped('loopCounter', index) };
    if (node.multiInstance!.elementVariable && body.mi!.items)
      vars[node.multiInstance!.elementVariable] = inferTyped('item', body.mi!.items[index]);
    const iteration: Scope = { id: randomUUID(), parent: body.id, node: node.id, kind: 'iteration', vars };
    this.run.data.scopes[iteration.id] = iteration;
    this.bump(body, 'nrOfActiveInstances', 1);
    this.run.flow.spawn(iteration.id, node.id, undefined, { iteration: true });
  }

  /** The body is done: its scope goes and the activity's token leaves the activity. */
  private done(owner: Token, body: Scope): void {
    delete this.run.data.scopes[body.id];
    owner.child = undefined;
    owner.state = 'active';
    this.run.flow.leave(owner);
  }

  private bump(scope: Scope, name: string, by: number): void {
    scope.vars[name] = inferTyped(name, Number(scope.vars[name]?.value ?? 0) + by);
  }
}
