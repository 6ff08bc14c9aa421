import type { Finding } from '../Finding';
import { pointerKey } from '../jsonDocument';
import { lineOfPointer } from '../jsonLines';
import type { ConventionsInput } from './ConventionsInput';

/** What a variable can hold, as far as the package says: named properties, array items, or anything (`open`). @internal */
export interface VariableShape {
  open?: boolean;
  properties?: Map<string, VariableShape>;
  items?: VariableShape;
}

/** The variables every procedure starts with (the session service sets them). @internal */
export const START_VARIABLES = ['citizenId', 'language', 'channel'] as const;

/**
 * Every path in the `data` section of a texts file names a variable the procedure can have: a
 * start variable (citizenId, language, channel, a scenario's start variables), a field of some
 * step's form, or an output of a connector whose topic the BPMN uses (its template's
 * `x-cauce-outputs`, or a `camunda:outputParameter` that maps one), descending into object
 * properties and array items. A `text` template's
 * `{{placeholders}}` name properties of that variable. Without a connector catalogue the outputs are
 * unknown and nothing is checked. Findings are errors in the texts file, at `/data/<path>`.
 * @internal
 */
export function checkDataPaths(
  input: ConventionsInput,
  outputs: ReadonlyMap<string, unknown> | undefined,
  findings: Finding[],
): void {
  if (!outputs) return;
  const variables = knownVariables(input, outputs);
  for (const doc of input.texts.values()) {
    const data = doc.value?.data;
    if (!data) continue;
    for (const [path, text] of Object.entries(data)) {
      const pointer = `/data/${pointerKey(path)}`;
      const problem = (at: string, message: string) =>
        findings.push({
          file: doc.file,
          elementId: null,
          line: lineOfPointer(doc.lines, at),
          rule: 'package/data',
          message,
          severity: 'error',
          path: at,
        });
      const shape = resolve(variables, path.split('.'));
      if (!shape) {
        problem(
          pointer,
          `'${path}' is not a variable the procedure can have (a start variable, a form field or a connector output of a topic the process uses)`,
        );
        continue;
      }
      const template = typeof text === 'object' && text !== null ? (text as { text?: unknown }).text : undefined;
      if (typeof template !== 'string' || shape.open) continue;
      for (const [, name] of template.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)) {
        if (!resolve(shape.properties ?? new Map(), name.split('.'), shape))
          problem(`${pointer}/text`, `'{{${name}}}' is not a property of '${path}'`);
      }
    }
  }
}

/** The shape of a JSON Schema (a form, a connector's outputs). @internal */
export function shapeOf(schema: unknown): VariableShape {
  const s = schema as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return { open: true };
  const parts = ['allOf', 'anyOf', 'oneOf'].flatMap((k) => (Array.isArray(s[k]) ? (s[k] as unknown[]) : []));
  const properties = new Map<string, VariableShape>();
  let items: VariableShape | undefined;
  let open = false;
  if (s.properties && typeof s.properties === 'object')
    for (const [name, child] of Object.entries(s.properties)) properties.set(name, shapeOf(child));
  if (s.items && typeof s.items === 'object') items = shapeOf(s.items);
  for (const part of parts.map(shapeOf)) {
    open ||= !!part.open;
    for (const [name, child] of part.properties ?? []) properties.set(name, child);
    items ??= part.items;
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const typed = types.some((t) => t !== undefined);
  if (!typed && properties.size === 0 && !items && parts.length === 0) open = true;
  if (
    (types.includes('object') || !typed) &&
    properties.size === 0 &&
    s.additionalProperties !== false &&
    parts.length === 0
  )
    open = true;
  if (s.additionalProperties && typeof s.additionalProperties === 'object') open = true;
  return { open: open || undefined, properties: properties.size ? properties : undefined, items };
}

// helpers

/**
 * The variables a procedure can have, with their shapes: start variables, scenarios' start variables, every form
 * field, and the outputs of the connectors whose topics the BPMN uses (`*` when one is open). What `data` paths are
 * checked against, and what packageVariables lists.
 * @internal
 */
export function knownVariables(
  input: Pick<ConventionsInput, 'checked' | 'elements'>,
  outputs: ReadonlyMap<string, unknown>,
): Map<string, VariableShape> {
  const variables = new Map<string, VariableShape>();
  const add = (name: string, shape: VariableShape) => variables.set(name, merge(variables.get(name), shape));
  for (const name of START_VARIABLES) add(name, { open: true });
  for (const scenario of input.checked.scenarios.values())
    for (const [name, value] of Object.entries(scenario.variables ?? {})) add(name, shapeOfValue(value));
  for (const form of input.checked.forms.values())
    for (const [name, shape] of shapeOf(form).properties ?? []) add(name, shape);
  for (const element of input.elements.values()) {
    const topic = typeof element.topic === 'string' ? element.topic.trim() : '';
    const shape = topic && outputs.has(topic) ? shapeOf(outputs.get(topic)) : undefined;
    if (shape?.open) add('*', { open: true });
    for (const [name, child] of shape?.properties ?? []) add(name, child);
    // camunda:outputParameter name="x">${messageId}: x holds the output messageId (anything, for another expression)
    for (const parameter of outputParameters(element)) {
      const source = /^\$\{\s*([A-Za-z_$][\w$]*)\s*\}$/.exec(String(parameter.value ?? '').trim())?.[1];
      add(parameter.name, (source && shape?.properties?.get(source)) || { open: true });
    }
  }
  return variables;
}

function outputParameters(element: any): Array<{ name: string; value?: unknown }> {
  const io = (element.extensionElements?.values ?? []).find((e: any) => e.$type === 'camunda:InputOutput');
  return (io?.outputParameters ?? []).filter((p: any) => typeof p.name === 'string' && p.name);
}

function resolve(
  variables: Map<string, VariableShape>,
  path: string[],
  within?: VariableShape,
): VariableShape | undefined {
  let shape: VariableShape | undefined = within ?? { properties: variables, open: variables.has('*') || undefined };
  for (const segment of path) {
    while (shape?.items && !shape.properties?.has(segment)) shape = shape.items;
    if (!shape) return undefined;
    const next: VariableShape | undefined = shape.properties?.get(segment);
    if (next) shape = next;
    else if (shape.open) return { open: true };
    else return undefined;
  }
  return shape;
}

function merge(a: VariableShape | undefined, b: VariableShape): VariableShape {
  if (!a) return b;
  const properties = new Map(a.properties ?? []);
  for (const [name, child] of b.properties ?? []) properties.set(name, merge(properties.get(name), child));
  return {
    open: a.open || b.open || undefined,
    properties: properties.size ? properties : undefined,
    items: a.items && b.items ? merge(a.items, b.items) : (a.items ?? b.items),
  };
}

function shapeOfValue(value: unknown): VariableShape {
  if (Array.isArray(value))
    return value.length ? { items: value.map(shapeOfValue).reduce((a, b) => merge(a, b)) } : { open: true };
  if (value && typeof value === 'object')
    return { properties: new Map(Object.entries(value).map(([k, v]) => [k, shapeOfValue(v)])) };
  return {};
}
