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

/** A declared error: its code, Camunda-style type, HTTP status and message template. @public */
export interface ErrorSpec {
  code: string;
  type: string;
  statusCode: number;
  template: string;
}

/** Every declared error by code, whichever package declared it. @public */
export const errorRegistry = new Map<string, ErrorSpec>();

/**
 * Declares an error code and returns a factory that fills its `%s` placeholders. One registry for every package
 * (the engine's codes, the channels'…): a code declared again with another text, status or type is refused, so
 * each code has one meaning wherever it is answered.
 */
export function createError(code: string, template: string, statusCode: number, type = camundaType(statusCode)) {
  const known = errorRegistry.get(code);
  if (known && (known.template !== template || known.statusCode !== statusCode || known.type !== type))
    throw new Error(`error code ${code} is already declared (${known.statusCode} ${known.type}: '${known.template}')`);
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
