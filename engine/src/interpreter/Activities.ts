import { exhaustive } from '@cauce/schemas';
import type { FlowNode } from '../model/ProcessModel';
import { plainValues, type Variables } from '../variables/TypedValue';
import { Incident } from './Incident';
import type { Token } from './InstanceState';
import type { Run } from './Run';

/**
 * What a token does once it has entered a node, by node type: pass through, wait (user task, external task,
 * receive task, catch event, call activity: each with the effect the store writes and its boundaries armed),
 * choose at a gateway, or open a subprocess scope.
 * @internal
 */
export class Activities {
  constructor(private readonly run: Run) {}

  behave(token: Token, node: FlowNode): void {
    const run = this.run;
    switch (node.type) {
      case 'startEvent':
      case 'intermediateThrowEvent':
      case 'task':
      case 'manualTask':
      case 'boundaryEvent':
        return run.flow.leave(token);
      case 'endEvent':
        return run.events.end(token, node);
      case 'scriptTask': {
        const name = node.resultVariable ?? 'result';
        const value = run.expressions.typed(name, node.script ?? 'null', run.expressions.contextOf(token.id));
        if (node.resultVariable) run.expressions.setVariables(token, { [node.resultVariable]: value });
        return run.flow.leave(token);
      }
      case 'userTask':
        return this.userTask(token, node);
      case 'serviceTask':
      case 'sendTask':
      case 'businessRuleTask':
        return this.externalTask(token, node);
      case 'receiveTask':
        run.flow.wait(token, 'message', {
          kind: 'subscribe',
          tokenId: token.id,
          elementId: node.id,
          messageName: node.messageName!,
        });
        return run.events.armBoundaries(token, node);
      case 'intermediateCatchEvent':
        return run.events.arm(token, node, node);
      case 'exclusiveGateway':
        return run.flow.pass(token, [run.gateways.chooseExclusive(token, node)]);
      case 'inclusiveGateway':
        if (node.incoming.length > 1) return run.gateways.arriveInclusive(token);
        return run.flow.pass(token, run.gateways.chooseInclusive(token, node));
      case 'parallelGateway':
        return run.gateways.arriveParallel(token, node);
      case 'eventBasedGateway':
        token.state = 'waiting';
        token.wait = 'eventGateway';
        for (const flowId of node.outgoing) run.events.arm(token, run.node(run.model.flows[flowId].target), undefined);
        return;
      case 'subProcess': {
        const scope = run.scopes.open(token, node, 'subProcess');
        token.state = 'waiting';
        token.wait = 'subProcess';
        run.events.armBoundaries(token, node);
        for (const start of node.startNodes ?? []) run.flow.spawn(scope.id, start);
        return;
      }
      case 'callActivity':
        return this.callActivity(token, node);
      default:
        return exhaustive(node.type, 'node type');
    }
  }

  // helpers

  /** A user task waits with its assignee, candidates and due date evaluated now. */
  private userTask(token: Token, node: FlowNode): void {
    const run = this.run;
    const context = run.expressions.contextOf(token.id);
    const text = (v?: string) => (v === undefined ? undefined : String(run.expressions.mapping(v, context) ?? ''));
    const list = (v?: string) =>
      (text(v) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const due = text(node.dueDate);
    if (due && Number.isNaN(Date.parse(due)))
      throw new Incident(`camunda:dueDate of ${node.id} gave '${due}', not an ISO 8601 date`);
    run.flow.wait(token, 'task', {
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
    run.events.armBoundaries(token, node);
  }

  /** Service, send and business-rule tasks are external tasks of their topic, with their priority evaluated now. */
  private externalTask(token: Token, node: FlowNode): void {
    const run = this.run;
    const priority = node.taskPriority
      ? Number(run.expressions.mapping(node.taskPriority, run.expressions.contextOf(token.id))) || 0
      : 0;
    run.flow.wait(token, 'external', {
      kind: 'externalTask',
      tokenId: token.id,
      elementId: node.id,
      topic: node.topic!,
      priority,
    });
    run.events.armBoundaries(token, node);
  }

  /** A call activity waits for the child instance the store starts with the mapped-in variables and business key. */
  private callActivity(token: Token, node: FlowNode): void {
    const run = this.run;
    const visible = run.visibleVariables(token.id);
    const context = plainValues(visible);
    const variables: Variables = {};
    let businessKey: string | undefined;
    for (const m of node.callIn) {
      if (m.all) Object.assign(variables, visible);
      else if (m.businessKey) businessKey = String(run.expressions.feel(m.businessKey, context) ?? '');
      else if (m.sourceExpression && m.target)
        variables[m.target] = run.expressions.typed(m.target, m.sourceExpression, context);
      else if (m.source && m.target && visible[m.source]) variables[m.target] = visible[m.source];
    }
    run.flow.wait(token, 'call', {
      kind: 'call',
      tokenId: token.id,
      elementId: node.id,
      calledElement: node.calledElement!,
      businessKey,
      variables,
    });
    run.events.armBoundaries(token, node);
  }
}
