import { parseTimer } from '../timers/parseTimer';
import type { CompileContext } from './CompileContext';
import type { EventKind, FlowNode, NodeType, TimerDefinition } from './ProcessModel';

/**
 * Compiles an event's definition (message, timer, error, terminate, none) onto its node, reporting definitions
 * the event type cannot carry, several definitions, and timers or errors the engine could not act on.
 * @internal
 */
export function compileEvent(el: any, type: NodeType, node: FlowNode, ctx: CompileContext): void {
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

// helpers

/** Which event definitions each event type may carry (none = no definition). */
const EVENTS: Partial<Record<NodeType, EventKind[]>> = {
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
