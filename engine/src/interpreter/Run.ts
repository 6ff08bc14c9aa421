import type { FlowNode, ProcessModel } from '../model/ProcessModel';
import { plainValues, type Variables } from '../variables/TypedValue';
import { Activities } from './Activities';
import type { Effect, HistoryRecord } from './Effects';
import { Events } from './Events';
import { Expressions } from './Expressions';
import { Gateways } from './Gateways';
import { Incident } from './Incident';
import { initialNodes } from './initialNodes';
import { variablesVisibleFrom, type InstanceData, type Token } from './InstanceState';
import { InstanceStates, type InstanceStateName } from '../vocabulary/InstanceStates';
import { InterpreterError } from './InterpreterError';
import { MultiInstance } from './MultiInstance';
import { Scopes } from './Scopes';
import { TokenFlow } from './TokenFlow';
import { HistoryKinds } from '../vocabulary/HistoryKinds';

/**
 * Runs tokens of one process instance until every token waits. Pure: it changes `data` in memory and
 * collects effects (tasks, timers, subscriptions…) and history records for the store to write in the
 * same transaction. Semantics follow BPMN 2.0 as Camunda 7 implements it: a parallel join waits for a
 * token on every incoming flow; an inclusive join waits while any other token of its scope can still
 * reach it. This class holds the state and the commands; each section of the semantics
 * is a class of its own beside it (TokenFlow, Activities, Gateways, Events, MultiInstance, Scopes, Expressions).
 * Faults are `InterpreterError`s; a failing expression is an `Incident` at its token.
 * @public
 */
export class Run {
  readonly effects: Effect[] = [];
  readonly history: HistoryRecord[] = [];
  ended?: InstanceStateName;
  /** @internal */ readonly flow = new TokenFlow(this);
  /** @internal */ readonly expressions = new Expressions(this);
  /** @internal */ readonly activities = new Activities(this);
  /** @internal */ readonly gateways = new Gateways(this);
  /** @internal */ readonly events = new Events(this);
  /** @internal */ readonly multiInstance = new MultiInstance(this);
  /** @internal */ readonly scopes = new Scopes(this);

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
      kind: HistoryKinds.processStart,
      elementId: this.model.id,
      data: { variables: Object.keys(this.data.scopes[this.data.root].vars) },
    });
    for (const node of startNode ? [startNode] : initialNodes(this.model)) this.flow.spawn(this.data.root, node);
    this.flow.drain();
  }

  /** A wait state finished (user task, external task, receive task, message catch, call activity). */
  complete(tokenId: string, variables: Variables = {}, local: Variables = {}): void {
    const token = this.mustToken(tokenId);
    this.flow.step(token, () => {
      this.flow.cleanup(token);
      Object.assign((token.vars ??= {}), local);
      // with output mappings the activity is its own variable scope (Camunda 7): only the outputs leave it
      if (this.node(token.node).outputs.length) Object.assign(token.vars, variables);
      else this.expressions.setVariables(token, variables);
      if (token.wait === 'eventGateway') throw new Incident('an event-based gateway is completed by its events');
      this.flow.leave(token);
    });
    this.flow.drain();
  }

  /** A call activity's child ended: map its variables out and continue. */
  completeCall(tokenId: string, childVars: Variables): void {
    const token = this.mustToken(tokenId);
    const node = this.node(token.node);
    this.flow.step(token, () => {
      const out: Variables = {};
      for (const m of node.callOut) {
        if (m.all) Object.assign(out, childVars);
        else if (m.sourceExpression && m.target)
          out[m.target] = this.expressions.typed(m.target, m.sourceExpression, plainValues(childVars));
        else if (m.source && m.target && childVars[m.source]) out[m.target] = childVars[m.source];
      }
      this.expressions.setVariables(token, out);
      this.flow.leave(token);
    });
    this.flow.drain();
  }

  /** A timer of this token fired: its catch event, a boundary event, or an event-gateway target. */
  fireTimer(tokenId: string, elementId: string): boolean {
    return this.events.trigger(tokenId, elementId, {});
  }

  /** A message reached this token (catch event, receive task, boundary, event-gateway target). */
  deliverMessage(tokenId: string, elementId: string, variables: Variables): boolean {
    return this.events.trigger(tokenId, elementId, variables);
  }

  /** A BPMN error thrown at a token (external task bpmnError, or an error from a called child). */
  throwError(tokenId: string, errorCode: string, errorMessage: string | undefined, variables: Variables = {}): void {
    const token = this.mustToken(tokenId);
    this.expressions.setVariables(token, variables);
    this.events.raise(token, errorCode, errorMessage);
    this.flow.drain();
  }

  /** Deletes the instance: every token is cancelled. */
  terminate(reason?: string): void {
    this.scopes.cancel(this.data.root);
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
    for (const token of tokens) this.scopes.cancelToken(token);
    return tokens.length;
  }

  /** `cancel` by activity instance (a token of the process scope); false when there is none. */
  cancelActivityInstance(tokenId: string): boolean {
    const token = this.data.tokens[tokenId];
    if (!token || token.scope !== this.data.root) return false;
    this.scopes.cancelToken(token);
    return true;
  }

  /**
   * `startBeforeActivity`: a fresh token enters the activity in the process scope and runs until it waits.
   * `variables` are set where they live, else on the process scope; `local` ones on the new activity instance.
   */
  startBeforeActivity(activityId: string, variables: Variables = {}, local: Variables = {}): void {
    const extra = Object.keys(local).length ? { vars: { ...local } } : {};
    const token = this.flow.spawn(this.data.root, activityId, undefined, extra);
    this.expressions.setVariables(token, variables);
    this.flow.drain();
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

  /** The instance ends in `state` (once). @internal */
  finish(state: InstanceStateName, reason?: string): void {
    if (this.ended) return;
    this.ended = state;
    this.history.push({
      kind: HistoryKinds.processEnd,
      elementId: this.model.id,
      data: { state, ...(reason ? { reason } : {}) },
    });
  }

  /** The one way an activity instance's start, end or cancellation reaches the history. @internal */
  logActivity(
    kind: typeof HistoryKinds.activityStart | typeof HistoryKinds.activityEnd | typeof HistoryKinds.activityCancel,
    tokenId: string,
    nodeId: string,
    data?: Record<string, unknown>,
  ): void {
    const record: HistoryRecord = { kind, elementId: nodeId, elementType: this.model.nodes[nodeId]?.type, tokenId };
    if (data) record.data = data;
    this.history.push(record);
  }

  // ---- lookups ----------------------------------------------------------------------------------

  /** @internal */
  tokensIn(scopeId: string): Token[] {
    return Object.values(this.data.tokens).filter((t) => t.scope === scopeId);
  }

  /** @internal */
  node(id: string): FlowNode {
    const node = this.model.nodes[id];
    if (!node) throw new InterpreterError('unknownNode', `model ${this.model.id} has no node ${id}`);
    return node;
  }

  // helpers

  private mustToken(id: string): Token {
    const token = this.data.tokens[id];
    if (!token) throw new InterpreterError('unknownToken', `instance ${this.data.root} has no token ${id}`);
    return token;
  }
}
