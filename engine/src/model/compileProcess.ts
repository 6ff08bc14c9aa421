import { readCauceEndEvent } from '@cauce/schemas';
import type { CompileContext } from './CompileContext';
import { compileEvent } from './compileEvent';
import { compileExtensions } from './compileExtensions';
import { compileStep } from './compileStep';
import { compileText } from './compileText';
import type { FlowNode, NodeType, ProcessModel, SequenceFlow } from './ProcessModel';

const TASKS: Record<string, NodeType> = {
  'bpmn:Task': 'task',
  'bpmn:UserTask': 'userTask',
  'bpmn:ServiceTask': 'serviceTask',
  'bpmn:SendTask': 'sendTask',
  'bpmn:ReceiveTask': 'receiveTask',
  'bpmn:ManualTask': 'manualTask',
  'bpmn:ScriptTask': 'scriptTask',
  'bpmn:BusinessRuleTask': 'businessRuleTask',
};
const OTHERS: Record<string, NodeType> = {
  'bpmn:StartEvent': 'startEvent',
  'bpmn:EndEvent': 'endEvent',
  'bpmn:IntermediateCatchEvent': 'intermediateCatchEvent',
  'bpmn:IntermediateThrowEvent': 'intermediateThrowEvent',
  'bpmn:BoundaryEvent': 'boundaryEvent',
  'bpmn:ExclusiveGateway': 'exclusiveGateway',
  'bpmn:ParallelGateway': 'parallelGateway',
  'bpmn:InclusiveGateway': 'inclusiveGateway',
  'bpmn:EventBasedGateway': 'eventBasedGateway',
  'bpmn:SubProcess': 'subProcess',
  'bpmn:CallActivity': 'callActivity',
};
/** Elements that describe but do not execute: safe to carry along. */
const ARTIFACTS = new Set([
  'bpmn:DataObject',
  'bpmn:DataObjectReference',
  'bpmn:DataStoreReference',
  'bpmn:TextAnnotation',
  'bpmn:Association',
  'bpmn:Group',
]);
/**
 * Compiles one executable bpmn:Process (moddle tree) into a ProcessModel, reporting every element
 * it cannot execute through ctx.report instead of skipping it.
 * @internal
 */
export function compileProcess(process: any, ctx: CompileContext): ProcessModel {
  const model: ProcessModel = {
    id: process.id,
    name: process.name,
    versionTag: process.versionTag,
    nodes: {},
    flows: {},
    startNodes: [],
    messageStarts: [],
    timerStarts: [],
    reach: {},
  };
  walkScope(process, process.id, true, model, ctx);
  // <incoming>/<outgoing> children are optional in BPMN XML: derive both from the flows, in document order
  for (const node of Object.values(model.nodes)) {
    node.incoming = [];
    node.outgoing = [];
  }
  for (const flow of Object.values(model.flows)) {
    const source = model.nodes[flow.source];
    const target = model.nodes[flow.target];
    if (!source || !target) {
      ctx.report(
        { id: flow.id, $type: 'bpmn:SequenceFlow' },
        `sequence flow connects unknown element ${source ? flow.target : flow.source}`,
      );
      continue;
    }
    source.outgoing.push(flow.id);
    target.incoming.push(flow.id);
  }
  for (const node of Object.values(model.nodes)) {
    if (node.attachedTo) model.nodes[node.attachedTo]?.boundaries.push(node.id);
  }
  for (const id of Object.keys(model.nodes)) model.reach[id] = reachable(model, id);
  return model;
}

// helpers
function walkScope(
  container: any,
  scopeId: string,
  isProcess: boolean,
  model: ProcessModel,
  ctx: CompileContext,
): string[] {
  const starts: string[] = [];
  for (const el of container.flowElements ?? []) {
    if (el.$type === 'bpmn:SequenceFlow') {
      model.flows[el.id] = compileFlow(el, ctx);
      continue;
    }
    if (ARTIFACTS.has(el.$type)) continue;
    const type = TASKS[el.$type] ?? OTHERS[el.$type];
    if (!type) {
      ctx.report(el, `${el.$type.replace('bpmn:', '')} is not supported`);
      continue;
    }
    const node = compileNode(el, type, scopeId, ctx);
    model.nodes[el.id] = node;
    if (type === 'startEvent') {
      // (an event subprocess is refused as a whole; its start event is not a second problem, nor an unknown kind twice)
      if (!isProcess && node.event && node.event !== 'none' && !container.triggeredByEvent)
        ctx.report(el, 'a start event inside a subprocess must be a none start event');
      if (node.event === 'none') starts.push(el.id);
      if (node.event === 'message' && node.messageName)
        model.messageStarts.push({ node: el.id, messageName: node.messageName });
      if (node.event === 'timer' && node.timer) model.timerStarts.push({ node: el.id, timer: node.timer });
    }
    if (type === 'subProcess') {
      if (el.triggeredByEvent) ctx.report(el, 'event subprocesses are not supported');
      node.startNodes = walkScope(el, el.id, false, model, ctx);
      if (node.startNodes.length === 0 && !el.triggeredByEvent) node.startNodes = implicitStarts(el, ctx);
    }
  }
  if (isProcess) model.startNodes = starts;
  return starts;
}

function compileFlow(el: any, ctx: CompileContext): SequenceFlow {
  const flow: SequenceFlow = { id: el.id, source: el.sourceRef?.id, target: el.targetRef?.id };
  if (!flow.source || !flow.target) ctx.report(el, 'sequence flow without source or target');
  const expr = el.conditionExpression;
  if (expr) {
    const language = (expr.language ?? '').toLowerCase();
    if (language && language !== 'feel')
      ctx.report(el, `condition in ${expr.language} is not supported; write it in FEEL`);
    else if (expr.resource) ctx.report(el, 'external condition scripts are not supported');
    else flow.condition = ctx.checkExpression(el, expr.body ?? '', 'condition');
  }
  return flow;
}

function compileNode(el: any, type: NodeType, scope: string, ctx: CompileContext): FlowNode {
  const node: FlowNode = {
    id: el.id,
    type,
    name: el.name,
    scope,
    incoming: (el.incoming ?? []).map((f: any) => f.id),
    outgoing: (el.outgoing ?? []).map((f: any) => f.id),
    defaultFlow: el.default?.id,
    boundaries: [],
    inputs: [],
    outputs: [],
    callIn: [],
    callOut: [],
  };
  compileEvent(el, type, node, ctx);
  compileExtensions(el, node, ctx);
  if (el.loopCharacteristics) compileLoop(el, node, ctx);
  if (type === 'serviceTask' || type === 'sendTask' || type === 'businessRuleTask') {
    if (el.type !== 'external' || !el.topic)
      ctx.report(
        el,
        `${type} needs camunda:type="external" and camunda:topic (connectors run as external task workers)`,
      );
    node.topic = el.topic;
    node.taskPriority = compileText(el, el.taskPriority, 'camunda:taskPriority', ctx);
    if (el.class || el.delegateExpression || el.expression || el.decisionRef)
      ctx.report(el, 'Java delegates, expressions and DMN references are not supported; use an external task');
  }
  if (type === 'scriptTask') {
    const format = (el.scriptFormat ?? '').toLowerCase();
    if (format !== 'feel')
      ctx.report(
        el,
        `script format '${el.scriptFormat ?? ''}' is not supported; scripts are FEEL expressions (scriptFormat="feel")`,
      );
    else node.script = ctx.checkExpression(el, el.script ?? '', 'script');
    node.resultVariable = el.resultVariable;
  }
  if (type === 'receiveTask') {
    node.messageName = el.messageRef?.name;
    if (!node.messageName) ctx.report(el, 'a receive task needs a message with a name');
  }
  if (type === 'userTask') {
    node.assignee = compileText(el, el.assignee, 'camunda:assignee', ctx);
    node.candidateGroups = compileText(el, el.candidateGroups, 'camunda:candidateGroups', ctx);
    node.candidateUsers = compileText(el, el.candidateUsers, 'camunda:candidateUsers', ctx);
    node.formKey = el.formKey;
    node.dueDate = compileText(el, el.dueDate, 'camunda:dueDate', ctx);
    node.step = compileStep(el, node.candidateGroups, ctx.report);
  }
  if (type === 'endEvent') {
    const read = readCauceEndEvent(el);
    if (read.ok) node.serviceRequest = read.value;
    else for (const problem of read.problems) ctx.report(el, `${problem.path}: ${problem.message}`, problem.path);
  }
  if (type === 'callActivity') {
    node.calledElement = el.calledElement;
    if (!node.calledElement) ctx.report(el, 'a call activity needs calledElement');
    if (el.calledElementBinding && el.calledElementBinding !== 'latest')
      ctx.report(el, `calledElementBinding '${el.calledElementBinding}' is not supported (latest only)`);
    if (el.caseRef) ctx.report(el, 'CMMN cases are not supported');
  }
  if (type === 'subProcess' && el.$type !== 'bpmn:SubProcess') ctx.report(el, `${el.$type} is not supported`);
  if (type === 'boundaryEvent') {
    node.attachedTo = el.attachedToRef?.id;
    node.cancelActivity = el.cancelActivity !== false;
    if (node.event === 'error' && !node.cancelActivity)
      ctx.report(el, 'an error boundary event is always interrupting');
  }
  return node;
}

function compileLoop(el: any, node: FlowNode, ctx: CompileContext): void {
  const loop = el.loopCharacteristics;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    ctx.report(el, 'standard loops are not supported; use multi-instance');
    return;
  }
  node.multiInstance = {
    sequential: loop.isSequential === true,
    loopCardinality: loop.loopCardinality
      ? ctx.checkExpression(el, loop.loopCardinality.body ?? '', 'loopCardinality')
      : undefined,
    collection: loop.collection ? ctx.checkExpression(el, loop.collection, 'collection') : undefined,
    elementVariable: loop.elementVariable,
    completionCondition: loop.completionCondition
      ? ctx.checkExpression(el, loop.completionCondition.body ?? '', 'completionCondition')
      : undefined,
  };
  if (!loop.loopCardinality && !loop.collection)
    ctx.report(el, 'multi-instance needs loopCardinality or camunda:collection');
}

/** BPMN 2.0 §10.5.2: without a start event, every activity or gateway with no incoming flow starts. */
function implicitStarts(subProcess: any, ctx: CompileContext): string[] {
  const starts = (subProcess.flowElements ?? [])
    .filter(
      (el: any) =>
        (TASKS[el.$type] || /Gateway|SubProcess|CallActivity|IntermediateThrowEvent$/.test(el.$type)) &&
        !(el.incoming ?? []).length,
    )
    .map((el: any) => el.id);
  if (starts.length === 0)
    ctx.report(subProcess, 'a subprocess needs a none start event or an activity without incoming flows');
  return starts;
}

/** Nodes reachable from `start` inside its scope, following sequence flows and boundary events. */
function reachable(model: ProcessModel, start: string): string[] {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    const node = model.nodes[id];
    if (!node) continue;
    const next = [...node.outgoing.map((f) => model.flows[f]?.target), ...node.boundaries];
    for (const target of next) {
      if (target && !seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return [...seen];
}
