import type { ActionRecord, LiveConnectorAction, WorkerReport } from './ConnectorLedger';

/**
 * Compares what the real worker did for a connector action with what the scenario says it does: complete,
 * a BPMN error with this code, or a failure (here an injected one). Returns the problem, naming the connector,
 * the element and both outcomes, or undefined when they agree. The data the worker wrote is not compared: ids
 * and dates come from the systems; a difference that matters shows in the path and `expect` checks after.
 * @internal
 */
export function liveOutcomeProblem(record: ActionRecord): string | undefined {
  const last = record.reports.at(-1);
  if (!last) return undefined;
  const { action } = record;
  const agrees =
    (action.outcome === 'complete' && last.type === 'completed') ||
    (action.outcome === 'bpmnError' && last.type === 'bpmn-error' && last.code === action.errorCode) ||
    (action.outcome === 'failure' && last.type === 'failure');
  if (agrees) return undefined;
  return `the real ${action.connector} worker at ${record.element ?? '?'} ${workerDid(last)}; the scenario says ${scenarioSays(action)}`;
}

// helpers

function workerDid(report: WorkerReport): string {
  switch (report.type) {
    case 'completed':
      return 'completed';
    case 'bpmn-error':
      return `threw BPMN error ${report.code} (${report.message})`;
    case 'failure':
      return report.retries === 0 ? `failed, an incident (${report.message})` : `failed (${report.message})`;
    case 'report-failed':
      return `could not report to the engine (${report.message})`;
  }
}

function scenarioSays(action: LiveConnectorAction): string {
  switch (action.outcome) {
    case 'complete':
      return 'complete';
    case 'bpmnError':
      return `BPMN error ${action.errorCode}`;
    case 'failure':
      return 'failure';
  }
}
