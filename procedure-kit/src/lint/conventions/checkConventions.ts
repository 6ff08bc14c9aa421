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
export function checkConventions(
  input: ConventionsInput & { expectedId?: string; outputs?: ReadonlyMap<string, unknown> },
  findings: Finding[],
): void {
  const manifest = input.manifest?.value;
  if (input.expectedId !== undefined && manifest && manifest.id !== input.expectedId) {
    findings.push({
      file: 'procedure.json',
      elementId: null,
      line: lineOfPointer(input.manifest!.lines, '/id'),
      rule: 'package/id',
      message: `the id '${manifest.id}' must be the folder name '${input.expectedId}'`,
      severity: 'error',
      path: '/id',
    });
  }
  checkTextParity(input, findings);
  if (!input.checked.processes?.length) return;
  checkStepDeclarations(input, findings);
  checkStepLabels(input, findings);
  checkEndEventStates(input, findings);
  checkDiagram(input, findings);
  checkDataPaths(input, input.outputs, findings);
}
