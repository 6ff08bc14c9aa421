/**
 * Validation and lint of procedure packages: the schemas, the engine's loader, bpmnlint's
 * recommended rules and Cauce's own (`cauce/*`). Used by the CLI (`cauce validate|lint`) and
 * available to the designer and the REST API. The one validator of packages: the channels (publishing)
 * reach it through `checkProcedure`, with `conventions: true`; the package index re-exports it.
 */
export { checkPackageDir, type CheckOptions } from './lintPackage';
export { validatePackage, type CheckedPackage, type ValidateOptions } from './validatePackage';
export { readPackage, type PackageFiles } from './readPackage';
export { readCatalogue, findCatalogueDir, catalogueOf, type ConnectorCatalogue } from './readCatalogue';
export { packageVariables } from './packageVariables';
export { runBpmnlint, DEFAULT_LINT_CONFIG, type BpmnlintConfig } from './runBpmnlint';
export { parseBpmn } from './parseBpmn';
export { cauceRules, cauceRecommended } from './rules/index';
export { sortFindings, type Finding, type Severity } from './Finding';
export { LANGUAGES, type LintContext, type LanguageTexts } from './LintContext';
