import { bpmnElements } from './bpmnElements';
import { knownVariables, type VariableShape } from './conventions/checkDataPaths';
import type { ConnectorCatalogue } from './readCatalogue';
import type { CheckedPackage } from './validatePackage';

/**
 * The names a `{{placeholder}}` of the package's texts may use, dotted (`citizen.address.street`, an array's items
 * as `slots.0.time`), sorted: the same variables the conventions' `package/data` check knows — start variables,
 * scenarios' start variables, form fields and the outputs of the connectors whose topics the BPMN uses (from
 * `catalogue`). For the designer's placeholder completion, so the editor offers exactly what the check accepts.
 * @public
 */
export function packageVariables(checked: CheckedPackage, catalogue: ConnectorCatalogue): string[] {
  const variables = knownVariables({ checked, elements: bpmnElements(checked.definitions) }, catalogue.outputs);
  const names = new Set<string>();
  for (const [name, shape] of variables) if (name !== '*') walk(name, shape, names, 0);
  return [...names].sort();
}

// helpers
const DEPTH = 5;

function walk(path: string, shape: VariableShape, names: Set<string>, depth: number): void {
  names.add(path);
  if (depth >= DEPTH) return;
  for (const [name, child] of shape.properties ?? []) walk(`${path}.${name}`, child, names, depth + 1);
  if (shape.items)
    for (const [name, child] of shape.items.properties ?? []) walk(`${path}.0.${name}`, child, names, depth + 2);
}
