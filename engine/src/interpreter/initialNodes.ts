import type { ProcessModel } from '../model/ProcessModel';
import { InterpreterError } from './InterpreterError';

/**
 * Where a start without a named start node begins (Camunda 7's "initial"): the none start event; else the only
 * start event, whatever its kind; else every activity without incoming flows (BPMN 2.0 §10.5.2). A process
 * with none of these cannot be started this way: refusing (`noInitialStart`) beats an instance with no token
 * that never ends.
 * @internal
 */
export function initialNodes(model: ProcessModel): string[] {
  if (model.startNodes.length) return model.startNodes.slice(0, 1);
  const eventStarts = [...model.messageStarts, ...model.timerStarts].map((s) => s.node);
  if (eventStarts.length === 1) return eventStarts;
  const implicit = Object.values(model.nodes)
    .filter(
      (n) => n.scope === model.id && n.incoming.length === 0 && n.type !== 'boundaryEvent' && n.type !== 'startEvent',
    )
    .map((n) => n.id);
  if (implicit.length) return implicit;
  throw new InterpreterError(
    'noInitialStart',
    `process '${model.id}' has no none start event and ${eventStarts.length} event start events; ` +
      'start it by a message or timer',
  );
}
