import { randomUUID } from 'node:crypto';
import { exhaustive } from '@cauce/schemas';
import { Errors } from '../errorCodes';
import { evaluateCondition, evaluateFeel } from '../feel/Feel';
import type { FlowNode, Mapping, ProcessModel } from '../model/ProcessModel';
import { parseTimer } from '../timers/parseTimer';
import { inferTyped, plainValues, type TypedValue, type Variables } from '../variables/TypedValue';
import type { Effect, HistoryRecord } from './Effects';
import {
  InstanceStates,
  variablesVisibleFrom,
  type InstanceData,
  type InstanceStateName,
  type Scope,
  type Token,
  type WaitKind,
} from './InstanceState';

/** More entries of one node in one scope within one command than any real model needs: an endless loop. */
const MAX_ENTRIES_PER_COMMAND = 1000;

/** Thrown inside a step when an expression fails: the token becomes an incident, the run goes on. */
class Incident {
  constructor(
    readonly message: string,
    readonly incidentType = 'failedExpression',
  ) {}
}

/**
 * Runs tokens of one process instance until every token waits. Pure: it changes `data` in memory and
 * collects effects (tasks, timers, subscriptions…) and history records for the store to write in the
 * same transaction. Semantics follow BPMN 2.0 as Camunda 7 implements it: a parallel join waits for a
 * token on every incoming flow; an inclusive join waits while any other token of its scope can still
 * reach it.
 * @public
 */
export class Run {
  readonly effects: Effect[] = [];
  readonly history: HistoryRecord[] = [];
  ended?: InstanceStateName;
  private readonly agenda: Token[] = [];
  /** how often each node was entered per scope in this command (endless-loop guard) */
  private readonly entries = new Map<string, number>();

  constructor(
    readonly model: ProcessModel,
    readonly data: InstanceData,
    readonly now: Date,
  ) {}

  /** A fresh instance state with its root scope. */
  static create(instanceId: string, variables: Variables): InstanceData {
    return {
      root: instanceId,
      scopes: { [instanceId]: { id: instanceId, node: '', kind: 'process', vars: { ...variables } } },
      tokens: {},
    };
  }

  // ---- commands -------------------------------------------------------------------------------

  start(startNode?: string): void {
    this.history.push({
      kind: 'process_start',
      elementId: this.model.id,
      data: { variables: Object.keys(this.data.scopes[this.data.root].vars) },
    });
    for (const node of startNode ? [startNode] : this.initialNodes()) this.spawn(this.data.root, node);
    this.drain();
  }

  /** A wait state finished (user task, external task, receive task, message catch, call activity). */
  complete(tokenId: string, variables: Variables = {}, local: Variables = {}): void {
    const token = this.mustToken(tokenId);
    this.step(token, () => {
      this.cleanup(token);
      Object.assign((token.vars ??= {}), local);
      // with output mappings the activity is its own variable scope (Camunda 7): only the outputs leave it
      if (this.node(token.node).outputs.length) Object.assign(token.vars, variables);
      else this.setVariables(token, variables);
      if (token.wait === 'eventGateway') throw new Incident('an event-based gateway is completed by its events');
      this.leave(token);
    });
    this.drain();
  }

  /** A call activity's child ended: map its variables out and continue. */
  completeCall(tokenId: string, childVars: Variables): void {
    const token = this.mustToken(tokenId);
    const node = this.node(token.node);
    this.step(token, () => {
      const out: Variables = {};
      for (const m of node.callOut) {
        if (m.all) Object.assign(out, childVars);
        else if (m.sourceExpression && m.target)
          out[m.target] = this.evalTyped(m.target, m.sourceExpression, plainValues(childVars));
        else if (m.source && m.target && childVars[m.source]) out[m.target] = childVars[m.source];
      }
      this.setVariables(token, out);
      this.leave(token);
    });
    this.drain();
  }

  /** A timer of this token fired: its catch event, a boundary event, or an event-gateway target. */
  fireTimer(tokenId: string, elementId: string): boolean {
    return this.trigger(tokenId, elementId, {});
  }

  /** A message reached this token (catch event, receive task, boundary, event-gateway target). */
  deliverMessage(tokenId: string, elementId: string, variables: Variables): boolean {
    return this.trigger(tokenId, elementId, variables);
  }

  /** A BPMN error thrown at a token (external task bpmnError, or an error from a called child). */
  throwError(tokenId: string, errorCode: string, errorMessage: string | undefined, variables: Variables = {}): void {
    const token = this.mustToken(tokenId);
    this.setVariables(token, variables);
    this.raise(token, errorCode, errorMessage);
    this.drain();
  }

  /** Deletes the instance: every token is cancelled. */
  terminate(reason?: string): void {
    this.cancelScope(this.data.root);
    this.finish(InstanceStates.terminated, reason);
  }

  /** Variables visible from a token (or the root), innermost first wins. */
  visibleVariables(tokenId?: string): Variables {
    return variablesVisibleFrom(this.data, tokenId);
  }

  /** Sets variables from outside (REST), on the root scope unless they exist deeper. */
  setRootVariables(variables: Variables): void {
    Object.assign(this.data.scopes[this.data.root].vars, variables);
  }

  // ---- process instance modification (Camunda's /modification; process-scope activities only) ---

  /** `cancel` by activity: every token of the process scope at it goes, with its open work and inner scopes. */
  cancelActivity(activityId: string): number {
    const tokens = this.tokensIn(this.data.root).filter((t) => t.node === activityId);
    for (const token of tokens) this.cancelToken(token);
    return tokens.length;
  }

  /** `cancel` by activity instance (a token of the process scope); false when there is none. */
  cancelActivityInstance(tokenId: string): boolean {
    const token = this.data.tokens[tokenId];
    if (!token || token.scope !== this.data.root) return false;
    this.cancelToken(token);
    return true;
  }

  /**
   * `startBeforeActivity`: a fresh token enters the activity in the process scope and runs until it waits.
   * `variables` are set where they live, else on the process scope; `local` ones on the new activity instance.
   */
  startBeforeActivity(activityId: string, variables: Variables = {}, local: Variables = {}): void {
    const token = this.spawn(
      this.data.root,
      activityId,
      undefined,
      Object.keys(local).length ? { vars: { ...local } } : {},
    );
    this.setVariables(token, variables);
    this.drain();
  }

  /** The process scope's variables become exactly these (a revision back to what an earlier step saw). */
  replaceRootVariables(variables: Variables): void {
    this.data.scopes[this.data.root].vars = { ...variables };
  }

  /** After a modification: an instance left with no token ends EXTERNALLY_TERMINATED, as in Camunda. */
  endIfNoToken(reason: string): void {
    if (this.ended || Object.keys(this.data.tokens).length > 0) return;
    this.finish(InstanceStates.terminated, reason);
  }

  // ---- token movement -------------------------------------------------------------------------

  private drain(): void {
    for (;;) {
      while (this.agenda.length) {
        const token = this.agenda.shift()!;
        if (this.data.tokens[token.id] !== token) continue;
        this.step(token, () => this.enter(token));
      }
      if (!this.fireInclusiveJoins()) break;
    }
  }

  /** Runs one step; an Incident leaves the token where it is. */
  private step(token: Token, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof Incident)) throw error;
      token.state = 'incident';
      this.effects.push({
        kind: 'incident',
        tokenId: token.id,
        elementId: token.node,
        incidentType: error.incidentType,
        message: error.message,
      });
      this.history.push({
        kind: 'incident',
        elementId: token.node,
        tokenId: token.id,
        data: { type: error.incidentType, message: error.message },
      });
    }
  }

  private spawn(scopeId: string, nodeId: string, via?: string, extra: Partial<Token> = {}): Token {
    const token: Token = { id: randomUUID(), scope: scopeId, node: nodeId, state: 'active', via, ...extra };
    this.data.tokens[token.id] = token;
    this.agenda.push(token);
    return token;
  }

  private enter(token: Token): void {
    const node = this.node(token.node);
    // A cycle with no wait state would spin here forever and block the whole Node process, every instance with it.
    const key = `${token.scope} ${node.id}`;
    const entries = (this.entries.get(key) ?? 0) + 1;
    this.entries.set(key, entries);
    if (entries > MAX_ENTRIES_PER_COMMAND)
      throw new Incident(
        `${node.id} was entered ${MAX_ENTRIES_PER_COMMAND} times in one command without a wait state; is this an endless loop?`,
        'endlessLoop',
      );
    this.history.push({
      kind: 'activity_start',
      elementId: node.id,
      elementType: node.type,
      tokenId: token.id,
      data: token.iteration ? { iteration: true } : undefined,
    });
    if (node.multiInstance && !token.iteration) return this.startMultiInstance(token, node);
    // local variables a modification gave the token stay beside the input mappings' (which win)
    if (node.inputs.length)
      token.vars = { ...token.vars, ...this.mapVariables(node.inputs, this.visibleVariables(token.id)) };
    this.behave(token, node);
  }

  private behave(token: Token, node: FlowNode): void {
    switch (node.type) {
      case 'startEvent':
      case 'intermediateThrowEvent':
      case 'task':
      case 'manualTask':
      case 'boundaryEvent':
        return this.leave(token);
      case 'endEvent':
        return this.end(token, node);
      case 'scriptTask': {
        const value = this.evalTyped(
          node.resultVariable ?? 'result',
          node.script ?? 'null',
          plainValues(this.visibleVariables(token.id)),
        );
        if (node.resultVariable) this.setVariables(token, { [node.resultVariable]: value });
        return this.leave(token);
      }
      case 'userTask': {
        const context = plainValues(this.visibleVariables(token.id));
        const text = (v?: string) => (v === undefined ? undefined : String(this.evalMapping(v, context) ?? ''));
        const list = (v?: string) =>
          (text(v) ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        const due = text(node.dueDate);
        if (due && Number.isNaN(Date.parse(due)))
          throw new Incident(`camunda:dueDate of ${node.id} gave '${due}', not an ISO 8601 date`);
        this.wait(token, 'task', {
          kind: 'userTask',
          tokenId: token.id,
          elementId: node.id,
          name: node.name,
          assignee: text(node.assignee) || undefined,
          candidateGroups: list(node.candidateGroups),
          candidateUsers: list(node.candidateUsers),
          formKey: node.formKey,
          dueAt: due ? new Date(due).toISOString() : undefined,
          priority: 50,
        });
        return this.armBoundaries(token, node);
      }
      case 'serviceTask':
      case 'sendTask':
      case 'businessRuleTask': {
        const priority = node.taskPriority
          ? Number(this.evalMapping(node.taskPriority, plainValues(this.visibleVariables(token.id)))) || 0
          : 0;
        this.wait(token, 'external', {
          kind: 'externalTask',
          tokenId: token.id,
          elementId: node.id,
          topic: node.topic!,
          priority,
        });
        return this.armBoundaries(token, node);
      }
      case 'receiveTask':
        this.wait(token, 'message', {
          kind: 'subscribe',
          tokenId: token.id,
          elementId: node.id,
          messageName: node.messageName!,
        });
        return this.armBoundaries(token, node);
      case 'intermediateCatchEvent':
        return this.armEvent(token, node, node);
      case 'exclusiveGateway':
        return this.pass(token, [this.chooseExclusive(token, node)]);
      case 'inclusiveGateway':
        if (node.incoming.length > 1) return this.arriveInclusive(token);
        return this.pass(token, this.chooseInclusive(token, node));
      case 'parallelGateway':
        return this.arriveParallel(token, node);
      case 'eventBasedGateway':
        token.state = 'waiting';
        token.wait = 'eventGateway';
        for (const flowId of node.outgoing) this.armEvent(token, this.node(this.model.flows[flowId].target), undefined);
        return;
      case 'subProcess': {
        const scope = this.newScope(token, node, 'subProcess');
        token.state = 'waiting';
        token.wait = 'subProcess';
        this.armBoundaries(token, node);
        for (const start of node.startNodes ?? []) this.spawn(scope.id, start);
        return;
      }
      case 'callActivity': {
        const visible = this.visibleVariables(token.id);
        const context = plainValues(visible);
        const variables: Variables = {};
        let businessKey: string | undefined;
        for (const m of node.callIn) {
          if (m.all) Object.assign(variables, visible);
          else if (m.businessKey) businessKey = String(this.evalMapping(asFeel(m.businessKey), context) ?? '');
          else if (m.sourceExpression && m.target)
            variables[m.target] = this.evalTyped(m.target, m.sourceExpression, context);
          else if (m.source && m.target && visible[m.source]) variables[m.target] = visible[m.source];
        }
        this.wait(token, 'call', {
          kind: 'call',
          tokenId: token.id,
          elementId: node.id,
          calledElement: node.calledElement!,
          businessKey,
          variables,
        });
        return this.armBoundaries(token, node);
      }
      default:
        return exhaustive(node.type, 'node type');
    }
  }

  /** Leaves the token's node: output mappings, history, then outgoing flows. */
  private leave(token: Token): void {
    const node = this.node(token.node);
    if (node.outputs.length && !(node.multiInstance && !token.iteration)) {
      const values = this.mapVariables(node.outputs, this.visibleVariables(token.id));
      token.vars = undefined;
      this.setVariables(token, values);
    }
    this.cleanup(token);
    this.history.push({ kind: 'activity_end', elementId: node.id, elementType: node.type, tokenId: token.id });
    if (token.iteration) return this.iterationDone(token);
    this.take(token, this.outgoingOf(token, node));
  }

  /** Leaves a gateway (no mappings, no side records). */
  private pass(token: Token, flows: string[]): void {
    this.history.push({
      kind: 'activity_end',
      elementId: token.node,
      elementType: this.model.nodes[token.node].type,
      tokenId: token.id,
    });
    this.take(token, flows);
  }

  /** Moves a token along flows: the first reuses nothing, every flow gets a fresh token (activity instance). */
  private take(token: Token, flows: string[]): void {
    delete this.data.tokens[token.id];
    for (const flowId of flows) this.spawn(token.scope, this.model.flows[flowId].target, flowId);
    if (flows.length === 0) this.scopeMaybeDone(token.scope);
  }

  private outgoingOf(token: Token, node: FlowNode): string[] {
    const conditional = node.outgoing.filter((f) => this.model.flows[f].condition !== undefined);
    if (conditional.length === 0) return node.outgoing;
    const context = plainValues(this.visibleVariables(token.id));
    const chosen = node.outgoing.filter(
      (f) => f !== node.defaultFlow && (this.model.flows[f].condition === undefined || this.condition(f, context)),
    );
    if (chosen.length === 0 && node.defaultFlow) return [node.defaultFlow];
    return chosen;
  }

  private end(token: Token, node: FlowNode): void {
    if (node.event === 'error') {
      this.history.push({ kind: 'activity_end', elementId: node.id, elementType: node.type, tokenId: token.id });
      return this.raise(token, node.errorCode!, undefined);
    }
    this.history.push({ kind: 'activity_end', elementId: node.id, elementType: node.type, tokenId: token.id });
    delete this.data.tokens[token.id];
    if (node.event === 'terminate') {
      for (const other of this.tokensIn(token.scope)) this.cancelToken(other);
    }
    this.scopeMaybeDone(token.scope);
  }

  // ---- gateways -------------------------------------------------------------------------------

  private chooseExclusive(token: Token, node: FlowNode): string {
    const context = plainValues(this.visibleVariables(token.id));
    for (const flowId of node.outgoing) {
      if (flowId === node.defaultFlow) continue;
      const flow = this.model.flows[flowId];
      if (flow.condition === undefined || this.condition(flowId, context)) return flowId;
    }
    if (node.defaultFlow) return node.defaultFlow;
    throw new Incident(
      `no outgoing sequence flow of gateway ${node.id} has a true condition, and there is no default flow`,
    );
  }

  private chooseInclusive(token: Token, node: FlowNode): string[] {
    const context = plainValues(this.visibleVariables(token.id));
    const chosen = node.outgoing.filter(
      (f) => f !== node.defaultFlow && (this.model.flows[f].condition === undefined || this.condition(f, context)),
    );
    if (chosen.length) return chosen;
    if (node.defaultFlow) return [node.defaultFlow];
    throw new Incident(
      `no outgoing sequence flow of inclusive gateway ${node.id} has a true condition, and there is no default flow`,
    );
  }

  /** Parallel join: fires once every incoming flow has a waiting token, consuming one per flow. */
  private arriveParallel(token: Token, node: FlowNode): void {
    if (node.incoming.length <= 1) return this.forkAll(token, node);
    token.state = 'joining';
    const waiting = this.tokensIn(token.scope).filter((t) => t.node === node.id && t.state === 'joining');
    const picked: Token[] = [];
    for (const flowId of node.incoming) {
      const t = waiting.find((w) => w.via === flowId && !picked.includes(w));
      if (!t) return;
      picked.push(t);
    }
    this.fireJoin(picked, node, (merged) => this.forkAll(merged, node));
  }

  private arriveInclusive(token: Token): void {
    token.state = 'joining';
  }

  /** Inclusive joins fire when no other token in their scope can still reach them. */
  private fireInclusiveJoins(): boolean {
    const joining = Object.values(this.data.tokens).filter(
      (t) => t.state === 'joining' && this.model.nodes[t.node]?.type === 'inclusiveGateway',
    );
    for (const t of joining) {
      if (this.data.tokens[t.id] !== t) continue;
      const node = this.node(t.node);
      const others = this.tokensIn(t.scope).filter((o) => !(o.node === node.id && o.state === 'joining'));
      if (others.some((o) => o.node === node.id || this.model.reach[o.node]?.includes(node.id))) continue;
      const arrived = this.tokensIn(t.scope).filter((o) => o.node === node.id && o.state === 'joining');
      this.fireJoin(arrived, node, (merged) =>
        this.step(merged, () => this.take(merged, this.chooseInclusive(merged, node))),
      );
      return true;
    }
    return false;
  }

  private fireJoin(arrived: Token[], node: FlowNode, then: (merged: Token) => void): void {
    for (const t of arrived) {
      this.history.push({ kind: 'activity_end', elementId: node.id, elementType: node.type, tokenId: t.id });
      delete this.data.tokens[t.id];
    }
    const merged: Token = { id: randomUUID(), scope: arrived[0].scope, node: node.id, state: 'active' };
    this.data.tokens[merged.id] = merged;
    this.history.push({
      kind: 'activity_start',
      elementId: node.id,
      elementType: node.type,
      tokenId: merged.id,
      data: { joined: arrived.length },
    });
    this.history.push({ kind: 'activity_end', elementId: node.id, elementType: node.type, tokenId: merged.id });
    then(merged);
  }

  private forkAll(token: Token, node: FlowNode): void {
    if (node.incoming.length <= 1)
      this.history.push({ kind: 'activity_end', elementId: node.id, elementType: node.type, tokenId: token.id });
    this.take(token, node.outgoing);
  }

  // ---- events ---------------------------------------------------------------------------------

  /** Arms a catch event (its own token) or an event-gateway target (on the gateway's token). */
  private armEvent(token: Token, target: FlowNode, self: FlowNode | undefined): void {
    if (self) {
      token.state = 'waiting';
      token.wait = target.event === 'timer' ? 'timer' : 'message';
    }
    token.armed = true;
    if (target.event === 'timer' && target.timer) {
      const due = this.timerDue(target, token);
      this.effects.push({
        kind: 'timer',
        tokenId: token.id,
        elementId: target.id,
        dueAt: due.dueAt.toISOString(),
        repeat: due.repeat,
      });
    } else if (target.messageName) {
      this.effects.push({
        kind: 'subscribe',
        tokenId: token.id,
        elementId: target.id,
        messageName: target.messageName,
      });
    } else {
      throw new Incident(`event ${target.id} after an event-based gateway must be a timer or message catch`);
    }
  }

  private armBoundaries(token: Token, node: FlowNode): void {
    for (const id of node.boundaries) {
      const boundary = this.node(id);
      if (boundary.event === 'error') continue;
      this.armEvent(token, boundary, undefined);
    }
  }

  private trigger(tokenId: string, elementId: string, variables: Variables): boolean {
    const token = this.data.tokens[tokenId];
    if (!token) return false;
    const target = this.model.nodes[elementId];
    if (!target) return false;
    this.step(token, () => {
      if (target.type === 'boundaryEvent') return this.boundary(token, target, variables);
      if (token.wait === 'eventGateway') {
        this.cleanup(token);
        const gateway = this.node(token.node);
        this.history.push({
          kind: 'activity_end',
          elementId: gateway.id,
          elementType: gateway.type,
          tokenId: token.id,
        });
        const flow = gateway.outgoing.find((f) => this.model.flows[f].target === elementId)!;
        delete this.data.tokens[token.id];
        const next: Token = { id: randomUUID(), scope: token.scope, node: elementId, state: 'active', via: flow };
        this.data.tokens[next.id] = next;
        this.history.push({ kind: 'activity_start', elementId, elementType: target.type, tokenId: next.id });
        this.setVariables(next, variables);
        return this.leave(next);
      }
      if (token.node !== elementId) return;
      this.setVariables(token, variables);
      this.leave(token);
    });
    this.drain();
    return true;
  }

  private boundary(token: Token, boundary: FlowNode, variables: Variables): void {
    // a non-interrupting cycle timer with firings left is armed again by the store, which knows the job
    if (boundary.cancelActivity) this.cancelToken(token);
    const next = this.spawn(token.scope, boundary.id);
    this.setVariables(next, variables);
  }

  /** Finds the nearest error boundary (climbing subprocesses) for an error thrown at a token. */
  private raise(thrower: Token, errorCode: string, errorMessage: string | undefined): void {
    let current: Token | undefined = thrower;
    while (current) {
      const host: Token = this.multiInstanceHost(current);
      const boundaryId = this.node(host.node).boundaries.find((id) => {
        const b = this.node(id);
        return b.event === 'error' && (!b.errorCode || b.errorCode === errorCode);
      });
      if (boundaryId && (host !== thrower || this.node(thrower.node).type !== 'endEvent')) {
        this.cancelToken(host);
        const next = this.spawn(host.scope, boundaryId);
        next.vars = undefined;
        return;
      }
      const scope = this.data.scopes[host.scope];
      current = scope.owner ? this.data.tokens[scope.owner] : undefined;
    }
    if (this.data.scopes[this.data.root] && thrower) {
      thrower.state = 'incident';
      this.effects.push({ kind: 'propagateError', errorCode, errorMessage });
      this.effects.push({
        kind: 'incident',
        tokenId: thrower.id,
        elementId: thrower.node,
        incidentType: 'unhandledBpmnError',
        message: `BPMN error '${errorCode}'${errorMessage ? ` (${errorMessage})` : ''} was not caught`,
      });
    }
  }

  /** An iteration token's boundaries belong to its multi-instance body. */
  private multiInstanceHost(token: Token): Token {
    if (!token.iteration) return token;
    const iteration = this.data.scopes[token.scope];
    const body = this.data.scopes[iteration.parent!];
    return this.data.tokens[body.owner!];
  }

  // ---- multi-instance -------------------------------------------------------------------------

  private startMultiInstance(token: Token, node: FlowNode): void {
    const mi = node.multiInstance!;
    const context = plainValues(this.visibleVariables(token.id));
    let items: unknown[] | undefined;
    let total: number;
    if (mi.collection) {
      const value = this.evalMapping(asFeel(mi.collection), context);
      if (!Array.isArray(value)) throw new Incident(`multi-instance collection ${mi.collection} is not a list`);
      items = value;
      total = value.length;
    } else {
      total = Number(this.evalMapping(asFeel(mi.loopCardinality!), context));
      if (!Number.isInteger(total) || total < 0)
        throw new Incident(`loopCardinality ${mi.loopCardinality} is not a whole number`);
    }
    const body = this.newScope(token, node, 'multiInstance');
    body.mi = { total, next: 0, items };
    body.vars = {
      nrOfInstances: inferTyped('n', total),
      nrOfActiveInstances: inferTyped('n', 0),
      nrOfCompletedInstances: inferTyped('n', 0),
    };
    token.state = 'waiting';
    token.wait = 'multiInstance';
    this.armBoundaries(token, node);
    if (total === 0) return this.multiInstanceDone(token, body);
    const start = mi.sequential ? 1 : total;
    for (let i = 0; i < start; i++) this.startIteration(body, node);
  }

  private startIteration(body: Scope, node: FlowNode): void {
    const index = body.mi!.next++;
    const vars: Variables = { loopCounter: inferTyped('loopCounter', index) };
    if (node.multiInstance!.elementVariable && body.mi!.items)
      vars[node.multiInstance!.elementVariable] = inferTyped('item', body.mi!.items[index]);
    const iteration: Scope = { id: randomUUID(), parent: body.id, node: node.id, kind: 'iteration', vars };
    this.data.scopes[iteration.id] = iteration;
    this.bump(body, 'nrOfActiveInstances', 1);
    this.spawn(iteration.id, node.id, undefined, { iteration: true });
  }

  private iterationDone(token: Token): void {
    const iteration = this.data.scopes[token.scope];
    const body = this.data.scopes[iteration.parent!];
    delete this.data.tokens[token.id];
    delete this.data.scopes[iteration.id];
    this.bump(body, 'nrOfActiveInstances', -1);
    this.bump(body, 'nrOfCompletedInstances', 1);
    const owner = this.data.tokens[body.owner!];
    const node = this.node(owner.node);
    const mi = node.multiInstance!;
    const context = plainValues(this.visibleVariables(owner.id));
    Object.assign(context, plainValues(body.vars));
    const done = mi.completionCondition ? this.conditionText(mi.completionCondition, context) : false;
    if (done) {
      for (const scope of Object.values(this.data.scopes)) if (scope.parent === body.id) this.cancelScope(scope.id);
      return this.multiInstanceDone(owner, body);
    }
    if (mi.sequential && body.mi!.next < body.mi!.total) return this.startIteration(body, node);
    if (Number(body.vars.nrOfActiveInstances.value) === 0) this.multiInstanceDone(owner, body);
  }

  private multiInstanceDone(owner: Token, body: Scope): void {
    delete this.data.scopes[body.id];
    owner.child = undefined;
    owner.state = 'active';
    this.leave(owner);
  }

  private bump(scope: Scope, name: string, by: number): void {
    scope.vars[name] = inferTyped(name, Number(scope.vars[name]?.value ?? 0) + by);
  }

  // ---- scopes and cancellation ----------------------------------------------------------------

  private newScope(owner: Token, node: FlowNode, kind: Scope['kind']): Scope {
    const scope: Scope = { id: randomUUID(), parent: owner.scope, node: node.id, kind, owner: owner.id, vars: {} };
    if (owner.vars) Object.assign(scope.vars, owner.vars);
    this.data.scopes[scope.id] = scope;
    owner.child = scope.id;
    return scope;
  }

  private scopeMaybeDone(scopeId: string): void {
    if (this.tokensIn(scopeId).length > 0) return;
    const scope = this.data.scopes[scopeId];
    if (!scope) return;
    if (scope.kind === 'process') return this.finish(InstanceStates.completed);
    if (scope.kind === 'subProcess') {
      const owner = this.data.tokens[scope.owner!];
      delete this.data.scopes[scopeId];
      owner.child = undefined;
      owner.vars = { ...(owner.vars ?? {}), ...scope.vars };
      owner.state = 'active';
      this.step(owner, () => this.leave(owner));
    }
  }

  private finish(state: InstanceStateName, reason?: string): void {
    if (this.ended) return;
    this.ended = state;
    this.history.push({
      kind: 'process_end',
      elementId: this.model.id,
      data: { state, ...(reason ? { reason } : {}) },
    });
  }

  private cancelToken(token: Token): void {
    if (token.child) this.cancelScope(token.child);
    if (token.wait === 'call') this.effects.push({ kind: 'cancelCall', tokenId: token.id });
    this.cleanup(token);
    this.history.push({
      kind: 'activity_cancel',
      elementId: token.node,
      elementType: this.model.nodes[token.node]?.type,
      tokenId: token.id,
    });
    delete this.data.tokens[token.id];
  }

  private cancelScope(scopeId: string): void {
    for (const t of this.tokensIn(scopeId)) this.cancelToken(t);
    for (const s of Object.values(this.data.scopes)) if (s.parent === scopeId) this.cancelScope(s.id);
    if (scopeId !== this.data.root) delete this.data.scopes[scopeId];
  }

  private cleanup(token: Token): void {
    if (token.armed) this.effects.push({ kind: 'cleanup', tokenId: token.id });
    token.armed = false;
  }

  private wait(token: Token, kind: WaitKind, effect: Effect): void {
    token.state = 'waiting';
    token.wait = kind;
    token.armed = true;
    this.effects.push(effect);
  }

  // ---- variables and expressions --------------------------------------------------------------

  /** Sets variables where they already live (innermost first), else on the root scope — Camunda's rule. */
  private setVariables(token: Token, variables: Variables): void {
    for (const [name, value] of Object.entries(variables)) {
      if (token.vars && name in token.vars) {
        token.vars[name] = value;
        continue;
      }
      let scope: Scope | undefined = this.data.scopes[token.scope];
      let target = this.data.scopes[this.data.root];
      while (scope) {
        if (name in scope.vars) {
          target = scope;
          break;
        }
        scope = scope.parent ? this.data.scopes[scope.parent] : undefined;
      }
      target.vars[name] = value;
    }
  }

  private mapVariables(mappings: Mapping[], visible: Variables): Variables {
    const context = plainValues(visible);
    const out: Variables = {};
    // `=expr` is FEEL, anything else a string constant (the mapping's documented meaning)
    for (const m of mappings)
      out[m.name] = inferTyped(m.name, m.expression === undefined ? null : this.evalMapping(m.expression, context));
    return out;
  }

  private evalTyped(name: string, expression: string | undefined, context: Record<string, unknown>): TypedValue {
    return inferTyped(
      name,
      expression === undefined
        ? null
        : this.evalMapping(expression.startsWith('=') ? expression : `=${expression}`, context),
    );
  }

  /** `=expr` is FEEL; anything else is a string constant. */
  private evalMapping(text: string, context: Record<string, unknown>): unknown {
    if (!text.startsWith('=')) return text;
    const result = evaluateFeel(text, context);
    if (!result.ok) throw new Incident(result.message);
    return result.value;
  }

  private condition(flowId: string, context: Record<string, unknown>): boolean {
    return this.conditionText(this.model.flows[flowId].condition!, context, flowId);
  }

  private conditionText(text: string, context: Record<string, unknown>, where?: string): boolean {
    const result = evaluateCondition(text, context);
    if (!result.ok) throw new Incident(`${where ? `${where}: ` : ''}${result.message}`);
    return result.value as boolean;
  }

  private timerDue(node: FlowNode, token: Token): { dueAt: Date; repeat?: string } {
    const timer = node.timer!;
    let text = timer.expression;
    if (text.startsWith('=')) text = String(this.evalMapping(text, plainValues(this.visibleVariables(token.id))));
    const parsed = parseTimer(timer.kind, text, this.now);
    if (!parsed.ok) throw new Incident(`timer ${node.id}: ${parsed.message}`);
    return parsed;
  }

  // ---- lookups --------------------------------------------------------------------------------

  private tokensIn(scopeId: string): Token[] {
    return Object.values(this.data.tokens).filter((t) => t.scope === scopeId);
  }

  private node(id: string): FlowNode {
    const node = this.model.nodes[id];
    if (!node) throw new Error(`model ${this.model.id} has no node ${id}`);
    return node;
  }

  private mustToken(id: string): Token {
    const token = this.data.tokens[id];
    if (!token) throw new Error(`instance ${this.data.root} has no token ${id}`);
    return token;
  }

  /**
   * Where a start without a named start node begins (Camunda 7's "initial"): the none start event; else the only
   * start event, whatever its kind; else every activity without incoming flows (BPMN 2.0 §10.5.2). A process
   * with none of these cannot be started this way: refusing beats an instance with no token that never ends.
   */
  private initialNodes(): string[] {
    if (this.model.startNodes.length) return this.model.startNodes.slice(0, 1);
    const eventStarts = [...this.model.messageStarts, ...this.model.timerStarts].map((s) => s.node);
    if (eventStarts.length === 1) return eventStarts;
    const implicit = Object.values(this.model.nodes)
      .filter(
        (n) =>
          n.scope === this.model.id && n.incoming.length === 0 && n.type !== 'boundaryEvent' && n.type !== 'startEvent',
      )
      .map((n) => n.id);
    if (implicit.length) return implicit;
    throw Errors.bodyInvalid(
      `process '${this.model.id}' has no none start event and ${eventStarts.length} event start events; start it by a message or timer`,
    );
  }
}

// helpers
/** Marks stored expression text as FEEL for evalMapping, whether or not it already starts with `=`. */
function asFeel(text: string): string {
  return `=${text.trim().replace(/^=\s*/, '')}`;
}
