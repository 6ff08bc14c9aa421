import type { Language, ProcedureManifest, StepTexts } from '@cauce/schemas';
import type { JsonDocument } from '../jsonDocument';
import type { CheckedPackage } from '../validatePackage';

/**
 * What the conventions checks read: the package as validation left it, the parsed manifest and
 * texts files (with their lines), and every flow element of the BPMN by id.
 * @internal
 */
export interface ConventionsInput {
  checked: CheckedPackage;
  manifest?: JsonDocument<ProcedureManifest>;
  texts: Map<Language, JsonDocument<StepTexts>>;
  /** flow elements of the moddle tree by id (see bpmnElements) */
  elements: Map<string, any>;
}
