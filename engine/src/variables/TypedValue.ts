import { Errors } from '../errorCodes';

/** A variable as Camunda 7 types it. Json/Object values are kept parsed. @public */
export interface TypedValue {
  type: VariableType;
  value: unknown;
  valueInfo?: Record<string, unknown>;
}

const VariableTypes = [
  'String',
  'Integer',
  'Long',
  'Double',
  'Boolean',
  'Json',
  'Object',
  'Date',
  'Null',
  'Short',
  'Bytes',
  'File',
] as const;
export type VariableType = (typeof VariableTypes)[number];
export type Variables = Record<string, TypedValue>;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const BY_LOWER = new Map(VariableTypes.map((t) => [t.toLowerCase(), t]));

/**
 * Reads Camunda REST variables (`{ name: { value, type, valueInfo } }`), type names in any case.
 * Refuses `__proto__`/`constructor`/`prototype` as names or as keys anywhere inside a Json value.
 * @public
 */
export function fromCamundaVariables(input: unknown): Variables {
  const out: Variables = Object.create(null);
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input))
    throw Errors.variableInvalid('(variables)', 'must be an object of named variables');
  for (const [name, raw] of Object.entries(input as Record<string, unknown>)) {
    if (FORBIDDEN.has(name)) throw Errors.variableForbiddenName(name, name);
    out[name] = fromCamunda(name, raw);
  }
  return out;
}

function fromCamunda(name: string, raw: unknown): TypedValue {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw Errors.variableInvalid(name, 'must be { value, type }');
  const { value, type, valueInfo } = raw as { value?: unknown; type?: unknown; valueInfo?: Record<string, unknown> };
  if (type === undefined || type === null) return inferTyped(name, value);
  const canonical = BY_LOWER.get(String(type).toLowerCase());
  if (!canonical) throw Errors.variableInvalid(name, `unknown type '${String(type)}'`);
  return {
    type: canonical,
    value: convert(name, canonical, value, valueInfo),
    ...(valueInfo ? { valueInfo: { ...valueInfo } } : {}),
  };
}

/** Types a plain JSON value the way Camunda would (used for FEEL results and answers). @public */
export function inferTyped(name: string, value: unknown): TypedValue {
  if (value === null || value === undefined) return { type: 'Null', value: null };
  if (typeof value === 'string') return { type: 'String', value };
  if (typeof value === 'boolean') return { type: 'Boolean', value };
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return { type: Math.abs(value) <= 2147483647 ? 'Integer' : 'Long', value };
    return { type: 'Double', value };
  }
  assertNoForbiddenKeys(name, value);
  return { type: 'Json', value };
}

/** Camunda REST shape of a variable: Json/Object values serialised as strings. @public */
export function toCamunda(v: TypedValue): { type: string; value: unknown; valueInfo: Record<string, unknown> } {
  if (v.type === 'Json' || v.type === 'Object') {
    return {
      type: v.type,
      value: JSON.stringify(v.value),
      valueInfo:
        v.valueInfo ??
        (v.type === 'Object'
          ? { objectTypeName: 'java.util.LinkedHashMap', serializationDataFormat: 'application/json' }
          : {}),
    };
  }
  return { type: v.type, value: v.value, valueInfo: v.valueInfo ?? {} };
}

export function toCamundaVariables(vars: Variables): Record<string, ReturnType<typeof toCamunda>> {
  const out: Record<string, ReturnType<typeof toCamunda>> = {};
  for (const [name, v] of Object.entries(vars)) out[name] = toCamunda(v);
  return out;
}

/** Plain values for FEEL and JSON APIs. @public */
export function plainValues(vars: Variables): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(vars)) out[name] = v.value;
  return out;
}

export function typedFromPlain(values: Record<string, unknown> | undefined): Variables {
  const out: Variables = Object.create(null);
  for (const [name, value] of Object.entries(values ?? {})) {
    if (FORBIDDEN.has(name)) throw Errors.variableForbiddenName(name, name);
    out[name] = inferTyped(name, value);
  }
  return out;
}

// helpers
function convert(name: string, type: VariableType, value: unknown, valueInfo?: Record<string, unknown>): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'String':
      if (typeof value !== 'string') throw Errors.variableInvalid(name, 'a String needs a string value');
      return value;
    case 'Integer':
    case 'Long':
    case 'Short': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) throw Errors.variableInvalid(name, `${type} needs an integer`);
      if (type === 'Integer' && (n > 2147483647 || n < -2147483648))
        throw Errors.variableInvalid(name, 'Integer out of range');
      return n;
    }
    case 'Double': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw Errors.variableInvalid(name, 'Double needs a number');
      return n;
    }
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw Errors.variableInvalid(name, 'Boolean needs true or false');
    case 'Date': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
        throw Errors.variableInvalid(name, 'Date needs an ISO 8601 date string');
      return value;
    }
    case 'Json':
    case 'Object': {
      let parsed = value;
      if (typeof value === 'string') {
        if (
          type === 'Object' &&
          valueInfo &&
          valueInfo.serializationDataFormat &&
          !String(valueInfo.serializationDataFormat).includes('json')
        ) {
          throw Errors.variableInvalid(
            name,
            `serialization format ${String(valueInfo.serializationDataFormat)} is not supported (JSON only)`,
          );
        }
        try {
          parsed = JSON.parse(value);
        } catch {
          throw Errors.variableInvalid(name, `${type} value is not valid JSON`);
        }
      }
      assertNoForbiddenKeys(name, parsed);
      return parsed;
    }
    case 'Null':
      return null;
    case 'Bytes':
    case 'File':
      throw Errors.variableInvalid(name, `${type} variables are not supported`);
    default:
      return value;
  }
}

function assertNoForbiddenKeys(name: string, value: unknown, depth = 0): void {
  if (depth > 64) throw Errors.variableInvalid(name, 'nested too deeply');
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) assertNoForbiddenKeys(name, item, depth + 1);
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) throw Errors.variableForbiddenName(name, key);
    assertNoForbiddenKeys(name, (value as Record<string, unknown>)[key], depth + 1);
  }
}
