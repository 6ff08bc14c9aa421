/**
 * What compiling a process reports to and looks up: refusals go to `report` (collected by `loadBpmn`, each with the
 * element's id, type and line), error codes by bpmn:Error id, and the FEEL check of every expression.
 * @internal
 */
export interface CompileContext {
  /** `setting` names the attribute or property whose value is refused, when the element itself could run */
  report(element: any, reason: string, setting?: string): void;
  errors: Map<string, string>;
  /** validates a FEEL expression; returns the FEEL text to store, or undefined after reporting */
  checkExpression(element: any, text: string | undefined, what: string): string | undefined;
}
