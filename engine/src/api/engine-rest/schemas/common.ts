import { dto, input, int, ref, str, strOrNull, type JsonSchema } from './define';

/** Schemas every /engine-rest area uses: errors, links, typed variables, counts, id parameters. @internal */
export const commonSchemas: JsonSchema[] = [
  {
    $id: 'ExceptionDto',
    title: 'ExceptionDto',
    description: "Every /engine-rest error: Camunda's {type, message} plus Cauce's stable code (docs/errors.md).",
    type: 'object',
    additionalProperties: false,
    required: ['type', 'message', 'code'],
    properties: {
      type: { type: 'string', description: 'Camunda exception name' },
      message: str,
      code: { type: 'string', description: 'CAUCE_ERR_…' },
      details: { description: 'for a refused deployment: per resource, the errors with line and element ids' },
    },
  },
  dto('Link', 'A hypermedia link, as Camunda adds to created resources.', { method: str, href: str, rel: str }),
  input('VariableValue', 'A typed variable as a client sends it; type names in any case.', {
    value: {},
    type: strOrNull,
    valueInfo: { type: ['object', 'null'] },
  }),
  {
    $id: 'VariableMap',
    title: 'VariableMap',
    description: 'Variables by name, as a client sends them.',
    type: ['object', 'null'],
    additionalProperties: ref('VariableValue'),
  },
  dto('VariableValueDto', 'A typed variable as the engine returns it; Json and Object values are serialised strings.', {
    value: {},
    type: str,
    valueInfo: { type: 'object', additionalProperties: true },
  }),
  {
    $id: 'VariablesDto',
    title: 'VariablesDto',
    description: 'Variables by name.',
    type: 'object',
    additionalProperties: ref('VariableValueDto'),
  },
  dto('Count', 'The size of a result set.', { count: int }),
  input('IdParams', 'A resource id in the path.', { id: str }, ['id']),
  input('KeyParams', 'A process definition key in the path.', { key: str }, ['key']),
  input('VariableParams', 'A process instance id and a variable name in the path.', { id: str, varName: str }, [
    'id',
    'varName',
  ]),
  input('VariablesQuery', 'Options when reading variables.', { deserializeValues: { type: 'boolean' } }),
];
