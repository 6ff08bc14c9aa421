/**
 * The engine's error registry. Every fault the engine reports to a caller has a
 * code here, a Camunda-compatible `type`, an HTTP status and a message template.
 * docs/errors.md has one row per code; errors.test.ts fails on any mismatch.
 *
 * Keep apart: engine faults (these, thrown and mapped to HTTP), BPMN errors
 * (data, routed to boundary events) and incidents (rows in the database).
 * @public
 */
export class CauceError extends Error {
  constructor(
    readonly code: string,
    readonly type: string,
    readonly statusCode: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = type;
  }
}

export interface ErrorSpec {
  code: string;
  type: string;
  statusCode: number;
  template: string;
}

export const errorRegistry = new Map<string, ErrorSpec>();

/** Declares an error code and returns a factory that fills its `%s` placeholders. */
export function createError(code: string, template: string, statusCode: number, type = camundaType(statusCode)) {
  errorRegistry.set(code, { code, type, statusCode, template });
  const make = (...args: unknown[]) => {
    let i = 0;
    const message = template.replace(/%s/g, () => String(args[i++]));
    return new CauceError(code, type, statusCode, message, args.length > i ? args[i] : undefined);
  };
  make.code = code;
  return make;
}

// helpers
function camundaType(status: number): string {
  if (status === 404) return 'InvalidRequestException';
  if (status === 409) return 'OptimisticLockingException';
  if (status === 500) return 'ProcessEngineException';
  return 'InvalidRequestException';
}
