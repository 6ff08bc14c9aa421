import { strToU8, zipSync, type Zippable } from 'fflate';
import type { PackageFilesMap } from '../store/DraftStore';

/** Every entry's time: fixed, so one package always zips to the same bytes. */
const MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * A package as a zip of the folder format inside one folder named after the procedure (`<id>/procedure.json`,
 * `<id>/process.bpmn`, `<id>/forms/…`), so unzipping gives a folder `cauce validate <id> --conventions` accepts,
 * plus `<id>/element-templates.json` when `templates` is given (Camunda Modeler 5 opens the BPMN with them). Written
 * with fflate's `zipSync`, deflated, entries sorted and dated alike: the same package gives the same bytes.
 * @public
 */
export function writePackageZip(id: string, files: PackageFilesMap, templates?: readonly unknown[]): Uint8Array {
  const entries: Zippable = {};
  for (const path of Object.keys(files).sort()) entries[`${id}/${path}`] = [strToU8(files[path]), { mtime: MTIME }];
  if (templates?.length)
    entries[`${id}/element-templates.json`] = [strToU8(`${JSON.stringify(templates, null, 2)}\n`), { mtime: MTIME }];
  return zipSync(entries, { level: 6 });
}
