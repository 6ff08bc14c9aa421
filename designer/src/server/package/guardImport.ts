import { validatePackage } from '@cauce/procedure-kit';
import { DesignerErrors } from '../errors';
import type { PackageFilesMap } from '../store/DraftStore';
import { guardFiles } from './guardFiles';

/**
 * What an import refuses beyond what every save refuses (guardFiles): a package the engine could never run or the
 * channels never render, whoever made the zip — a BPMN that does not parse or that has script tasks, JavaScript
 * conditions or anything else the engine cannot execute, a form schema outside the subset the channels render.
 * The first such finding is the message (CAUCE_ERR_PACKAGE_INVALID); nothing is saved. Gaps a specialist fills in
 * the designer (a missing translation, a label) are not refused: the check lists them.
 * @internal
 */
export async function guardImport(files: PackageFilesMap): Promise<void> {
  guardFiles(files);
  const checked = await validatePackage({ dir: 'designer:import', files: new Map(Object.entries(files)) });
  const refused = checked.findings.find((f) => f.severity === 'error' && REFUSED.test(f.rule));
  if (refused)
    throw DesignerErrors.packageInvalid(
      `${refused.file}:${refused.line}${refused.elementId ? ` (${refused.elementId})` : ''}: ${refused.message}`,
    );
}

// helpers
/** BPMN that does not parse or cannot run; forms outside the subset; JSON that does not parse. */
const REFUSED = /^(bpmn\/malformed|engine\/unsupported|schema\/form|json\/syntax)$/;
