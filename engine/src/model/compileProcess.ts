import { parseTimer } from '../timers/parseTimer';
import type {
  CallMapping,
  EventKind,
  FlowNode,
  Mapping,
  NodeType,
  ProcessModel,
  SequenceFlow,
  TimerDefinition,
} from './ProcessModel';

export interface CompileContext {
  report(element: any, reason: string): void;
  errors: Map<string, string>;
  /** validates a FEEL expression; returns the FEEL text to store, or undefined after reporting */
  checkExpression(element: any, text: string | undefined, what: string): string | undefined;
}

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
/** Which event definitions each event type may carry (none = no definition). */
const EVENTS: Record<string, EventKind[]> = {
  startEvent: ['none', 'message', 'timer'],
  endEvent: ['none', 'error', 'terminate'],
  intermediateCatchEvent: ['message', 'timer'],
  intermediateThrowEvent: ['none'],
  boundaryEvent: ['message', 'timer', 'error'],
};
const DEFINITIONS: Record<string, EventKind> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:TerminateEventDefinition': 'terminate',
};

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
    node.step = cauceAttributes(el);
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

function compileEvent(el: any, type: NodeType, node: FlowNode, ctx: CompileContext): void {
  const allowed = EVENTS[type];
  if (!allowed) return;
  const definitions = el.eventDefinitions ?? [];
  if (definitions.length > 1) return ctx.report(el, 'events with several definitions are not supported');
  const definition = definitions[0];
  const kind: EventKind | undefined = definition ? DEFINITIONS[definition.$type] : 'none';
  if (!kind || !allowed.includes(kind)) {
    const name = definition ? definition.$type.replace('bpmn:', '').replace('EventDefinition', '') : 'none';
    return ctx.report(el, `${name} ${type} is not supported`);
  }
  node.event = kind;
  if (kind === 'message') {
    node.messageName = definition.messageRef?.name;
    if (!node.messageName) ctx.report(el, 'a message event needs a message with a name');
  }
  if (kind === 'error')
    node.errorCode = definition.errorRef
      ? (ctx.errors.get(definition.errorRef.id) ?? definition.errorRef.errorCode)
      : undefined;
  if (kind === 'error' && type === 'endEvent' && !node.errorCode)
    ctx.report(el, 'an error end event needs an error with an errorCode');
  if (kind === 'timer') node.timer = compileTimer(el, definition, ctx);
}

function compileTimer(el: any, definition: any, ctx: CompileContext): TimerDefinition | undefined {
  const options: Array<[TimerDefinition['kind'], any]> = [
    ['duration', definition.timeDuration],
    ['date', definition.timeDate],
    ['cycle', definition.timeCycle],
  ];
  const found = options.filter(([, v]) => v && v.body !== undefined);
  if (found.length !== 1) {
    ctx.report(el, 'a timer needs exactly one of timeDuration, timeDate, timeCycle');
    return undefined;
  }
  const [kind, value] = found[0];
  const body = String(value.body).trim();
  if (body.startsWith('=') || body.includes('{')) {
    const expression = ctx.checkExpression(el, body, 'timer');
    return expression === undefined ? undefined : { kind, expression: `=${expression.replace(/^=/, '')}` };
  }
  const parsed = parseTimer(kind, body, new Date(0)); // a literal Cauce cannot read is refused now, not found when due
  if (!parsed.ok) ctx.report(el, `timer: ${parsed.message}`);
  return parsed.ok ? { kind, expression: body } : undefined;
}

function compileExtensions(el: any, node: FlowNode, ctx: CompileContext): void {
  for (const ext of el.extensionElements?.values ?? []) {
    switch (ext.$type) {
      case 'camunda:InputOutput':
        // Camunda 7 refuses both at deploy time; the interpreter would skip them silently
        if (node.type.endsWith('Gateway'))
          ctx.report(
            el,
            'camunda:inputOutput on a gateway is not supported (Camunda 7 refuses it too); map variables on an activity',
          );
        if (node.type === 'endEvent' && ext.outputParameters?.length)
          ctx.report(el, 'output parameters on an end event are not supported (Camunda 7 refuses them too)');
        node.inputs = (ext.inputParameters ?? []).map((p: any) => compileMapping(el, p, ctx));
        node.outputs = (ext.outputParameters ?? []).map((p: any) => compileMapping(el, p, ctx));
        break;
      case 'camunda:In':
      case 'camunda:Out':
        (ext.$type === 'camunda:In' ? node.callIn : node.callOut).push(compileCallMapping(el, ext, ctx));
        break;
      case 'camunda:ExecutionListener':
      case 'camunda:TaskListener':
        ctx.report(
          el,
          `${ext.$type.replace('camunda:', '')} is not supported (listeners run code; use an external task)`,
        );
        break;
      case 'camunda:Connector':
        ctx.report(el, 'camunda:connector is not supported; use camunda:type="external"');
        break;
      case 'camunda:Properties':
        node.properties = Object.assign(node.properties ?? {}, propertyValues(ext));
        break;
      case 'cauce:FieldVisibility':
        if (node.type === 'userTask' && ext.field)
          (node.fieldVisibility ??= []).push({ field: ext.field, roles: splitList(ext.roles) });
        break;
      default:
        break; // form data, failedJobRetryTimeCycle and the like carry no behaviour here
    }
  }
}

/** name → value of camunda:property entries, carried for the channels and procedures (no behaviour). */
function propertyValues(ext: any): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ext.values ?? []) if (p.name !== undefined && p.value !== undefined) out[p.name] = String(p.value);
  return out;
}

function splitList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function compileMapping(el: any, p: any, ctx: CompileContext): Mapping {
  const def = p.definition;
  if (def) {
    if (def.$type === 'camunda:Script' && (def.scriptFormat ?? '').toLowerCase() === 'feel') {
      return {
        name: p.name,
        expression: `=${ctx.checkExpression(el, def.value ?? '', `mapping ${p.name}`) ?? 'null'}`,
      };
    }
    ctx.report(
      el,
      `mapping ${p.name}: ${def.$type.replace('camunda:', '')} ${def.scriptFormat ?? ''} is not supported; write a FEEL expression (=…)`,
    );
    return { name: p.name };
  }
  if (p.value === undefined) return { name: p.name };
  return { name: p.name, expression: compileText(el, String(p.value), `mapping ${p.name}`, ctx) };
}

/** A constant, or `=FEEL` (`${path}` becomes `=path`, other JUEL is reported): mappings and task attributes alike. */
function compileText(el: any, value: string | undefined, what: string, ctx: CompileContext): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (text.trim().startsWith('=') || text.includes('${') || text.includes('#{')) {
    const expression = ctx.checkExpression(el, text.trim(), what);
    return expression === undefined ? undefined : `=${expression.replace(/^=/, '')}`;
  }
  return text;
}

function compileCallMapping(el: any, ext: any, ctx: CompileContext): CallMapping {
  const mapping: CallMapping = {
    source: ext.source,
    target: ext.target,
    all: ext.variables === 'all',
    local: ext.local,
  };
  if (ext.sourceExpression)
    mapping.sourceExpression = ctx.checkExpression(el, ext.sourceExpression, 'sourceExpression');
  if (ext.businessKey) mapping.businessKey = ctx.checkExpression(el, ext.businessKey, 'businessKey');
  return mapping;
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

function cauceAttributes(el: any): Record<string, string> | undefined {
  const attrs = el.$attrs ?? {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attrs)) {
    const match = /^(?:cauce|\{http:\/\/cauce\.dev\/schema\/bpmn\/1\.0\}):?(.+)$/.exec(key);
    if (match) out[match[1]] = String(value);
  }
  for (const key of ['form', 'textKey', 'channels', 'identificationLevel'])
    if (el[key] !== undefined) out[key] = String(el[key]);
  return Object.keys(out).length ? out : undefined;
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
