import { Errors } from '../../errorCodes';
import { fromCamundaVariables, type Variables } from '../../variables/TypedValue';
import type { VariableMap } from './generated/types';

/**
 * Reads a Camunda variable map from a request body. `__proto__`, `constructor` and `prototype` are refused as
 * names and as keys inside Json values (CAUCE_ERR_VARIABLE_FORBIDDEN_KEY), bad types as CAUCE_ERR_VARIABLE_INVALID,
 * before any command runs, so a refused request changes nothing.
 * @internal
 */
export function readVariables(map: VariableMap | undefined): Variables {
  return fromCamundaVariables(map ?? undefined);
}

/** Refuses a body option Cauce does not implement, rather than silently ignoring what the caller asked for. */
export function refuseOption(name: string, value: unknown): void {
  if (value === undefined || value === null || value === false) return;
  if (Array.isArray(value) && value.length === 0) return;
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return;
  throw Errors.notSupported(name);
}
