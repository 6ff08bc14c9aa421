/**
 * The paths a package in the designer may hold — the folder format `cauce validate` reads: `procedure.json`, a
 * `.bpmn` at the root, `forms/*.json`, `texts/*.json`, `scenarios/*.json` — nothing else, no folders deeper, no
 * `..`, no absolute paths. One rule for saves, imports and exports.
 * @internal
 */
export const PACKAGE_PATH =
  /^(?:procedure\.json|[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.bpmn|(?:forms|texts|scenarios)\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.json)$/;

/** Most files a package may hold, and most bytes one file may have. @internal */
export const PACKAGE_LIMITS = { files: 2000, fileBytes: 5 * 1024 * 1024 } as const;

/**
 * Entries of a zip that are not the package's and are passed over on import: folders, what archivers add
 * (`__MACOSX/`, `.DS_Store`, `Thumbs.db`) and the `element-templates.json` an export adds for Camunda Modeler.
 * @internal
 */
export function isIgnoredEntry(path: string): boolean {
  return (
    path.endsWith('/') ||
    path === 'element-templates.json' ||
    path.startsWith('__MACOSX/') ||
    /(^|\/)(\.DS_Store|Thumbs\.db)$/.test(path)
  );
}
