import type { Finding } from '../Finding';
import { lineOfPointer } from '../jsonLines';
import { checkDataPaths } from './checkDataPaths';
import { checkDiagram } from './checkDiagram';
import { checkEndEventStates } from './checkEndEventStates';
import { checkStepDeclarations } from './checkStepDeclarations';
import { checkStepLabels } from './checkStepLabels';
import { checkTextParity } from './checkTextParity';
import type { ConventionsInput } from './ConventionsInput';

/**
 * The conventions the channels rely on when they publish a package, beyond what the engine needs
 * to run it: the manifest's id is the folder's name, all five languages say the same things, each
 * step declares its form, channels and level and has a label for every field and choice, every
 * form is used, every end event names its service-request state, the diagram draws everything and
 * every `data` path of the texts names a variable the procedure can have.
 * The BPMN checks need a process the engine accepted (its refusal is the finding until then).
 * @internal
 */
export function checkConventions(input: ConventionsInput & { expectedId?: string; outputs?: ReadonlyMap<string, unknown> }, findings: Finding[]): void {
  const manifest = input.manifest?.value;
  if (input.expectedId !== undefined && manifest && manifest.id !== input.expectedId) {
    findings.push({ file: 'procedure.json', elementId: null, line: lineOfPointer(input.manifest!.lines, '/id'), rule: 'package/id', message: `the id '${manifest.id}' must be the folder name '${input.expectedId}'`, severity: 'error', path: '/id' });
  }
  const parity: Finding[] = [];
  checkTextParity(input, parity);
  findings.push(...parity);
  if (!input.checked.processes?.length) return;
  checkStepDeclarations(input, findings);
  const labels: Finding[] = [];
  checkStepLabels(input, labels);
  findings.push(...labels.filter((f) => !underParityFinding(f, parity)));
  checkEndEventStates(input, findings);
  checkDiagram(input, findings);
  checkDataPaths(input, input.outputs, findings);
}

// helpers

/** A label missing where a whole key es has is missing is that one problem, reported by the parity check. */
function underParityFinding(finding: Finding, parity: Finding[]): boolean {
  return parity.some((p) => p.file === finding.file && p.path !== undefined && finding.path !== undefined && (finding.path === p.path || finding.path.startsWith(`${p.path}/`)));
}
