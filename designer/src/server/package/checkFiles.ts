import {
  sortFindings,
  validatePackage,
  type CheckedPackage,
  type ConnectorCatalogue,
  type Finding,
} from '@cauce/procedure-kit';
import type { Finding as DesignerFinding } from '../generated/apiTypes';
import type { PackageFilesMap } from '../store/DraftStore';

/**
 * The designer's check: the procedure-kit's one package validator (`validatePackage`, the same as `cauce validate
 * --conventions` and the channels' publishing) over a draft's files map, with the conventions on, the procedure's
 * id as the expected one and the connectors' catalogue as product passes it. Errors stop a publish; warnings do not.
 * @internal
 */
export async function checkFiles(
  id: string,
  files: PackageFilesMap,
  catalogue: ConnectorCatalogue,
): Promise<{ findings: DesignerFinding[]; checked: CheckedPackage }> {
  const checked = await validatePackage(
    { dir: `designer:${id}`, files: new Map(Object.entries(files)) },
    { conventions: true, expectedId: id, catalogue },
  );
  return { findings: sortFindings(checked.findings).map(designerFinding), checked };
}

/** A procedure-kit finding in the API's words (`warn` → `warning`, the form field read from its pointer). @internal */
export function designerFinding(f: Finding): DesignerFinding {
  const field = fieldOf(f);
  return {
    severity: f.severity === 'error' ? 'error' : 'warning',
    rule: f.rule,
    message: f.message,
    file: f.file,
    line: f.line,
    ...(f.elementId ? { elementId: f.elementId } : {}),
    ...(field ? { field } : {}),
    ...(f.path !== undefined ? { path: f.path } : {}),
  };
}

// helpers
/** `/properties/address/properties/street/…` in a form, `…/fields/address.street/…` in texts → `address.street`. */
function fieldOf(f: Finding): string | undefined {
  if (!f.path) return undefined;
  const parts = f.path.split('/').slice(1).map(unescape);
  if (f.file.startsWith('forms/')) {
    const names: string[] = [];
    for (let i = 0; i < parts.length - 1; i++) if (parts[i] === 'properties') names.push(parts[++i]);
    return names.length ? names.join('.') : undefined;
  }
  if (f.file.startsWith('texts/')) {
    const at = parts.indexOf('fields');
    return at >= 0 && parts[at + 1] ? parts[at + 1] : undefined;
  }
  return undefined;
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
