import { DesignerErrors } from '../errors';
import { PACKAGE_LIMITS, PACKAGE_PATH } from './packagePaths';
import type { PackageFilesMap } from '../store/DraftStore';

/**
 * Refuses (CAUCE_ERR_PACKAGE_INVALID, nothing saved) a files map the designer must not store, whatever its author
 * meant: a path outside the package format, too many or too large files, a JSON file that does not parse, any file
 * declaring a DOCTYPE or entities (XXE is refused before anything parses the XML). What a draft may still get
 * wrong — a missing label, a script task — is the check's to report, not a reason to lose a save.
 * @internal
 */
export function guardFiles(files: PackageFilesMap): void {
  const paths = Object.keys(files);
  if (paths.length > PACKAGE_LIMITS.files)
    throw DesignerErrors.packageInvalid(`${paths.length} files; a package has at most ${PACKAGE_LIMITS.files}`);
  for (const path of paths) {
    const text = files[path];
    if (!PACKAGE_PATH.test(path))
      throw DesignerErrors.packageInvalid(
        `'${path}' is not a file of the package format (procedure.json, process.bpmn, forms/, texts/, scenarios/)`,
      );
    if (Buffer.byteLength(text) > PACKAGE_LIMITS.fileBytes)
      throw DesignerErrors.packageInvalid(`'${path}' is larger than ${PACKAGE_LIMITS.fileBytes / 1024 / 1024} MB`);
    if (/<!DOCTYPE|<!ENTITY/i.test(text))
      throw DesignerErrors.packageInvalid(`'${path}' declares a DOCTYPE or entities, which are refused`);
    if (path.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (error) {
        throw DesignerErrors.packageInvalid(`'${path}' is not valid JSON: ${(error as Error).message}`);
      }
    }
  }
}
