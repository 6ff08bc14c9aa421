/**
 * @cauce/procedure-kit — read, check and run procedure packages: load a package from its folder, the one
 * package validator (schemas, the engine's loader, cross-file checks, the conventions publishing needs,
 * bpmnlint and Cauce's rules), run its scenarios through a real engine in process, measure sequence-flow
 * coverage, and the conventions channels share with it (`serviceRequestOf`, `interpolate`). The CLI, the
 * channels (publishing) and the sample procedures' tests use it. See CONTEXT.md.
 */
export { listProcedures, loadProcedure, type ProcedurePackage } from './loadProcedure';
export { checkProcedure } from './checkProcedure';
export {
  runScenario,
  simulateConnector,
  type AwaitConnector,
  type CompleteExternal,
  type ConnectorAction,
  type RunScenarioOptions,
  type ScenarioResult,
  type StepContext,
} from './runScenario';
export { flowCoverage, flowsTaken, pathOf, type FlowCoverage, type HistoryEvent } from './flowCoverage';
export { serviceRequestOf, type DerivedServiceRequest, type InstanceOutcome } from './serviceRequestOf';
export { interpolate, placeholders } from './interpolate';
export { connectorContract, type ConnectorContract, type TopicContract } from './connectorContract';
export {
  checkPackageDir,
  validatePackage,
  readPackage,
  readCatalogue,
  catalogueOf,
  packageVariables,
  findCatalogueDir,
  runBpmnlint,
  DEFAULT_LINT_CONFIG,
  parseBpmn,
  cauceRules,
  cauceRecommended,
  sortFindings,
  type CheckOptions,
  type CheckedPackage,
  type ValidateOptions,
  type PackageFiles,
  type ConnectorCatalogue,
  type BpmnlintConfig,
  type Finding,
  type Severity,
  type LintContext,
  type LanguageTexts,
} from './lint/index';
