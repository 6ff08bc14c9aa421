/**
 * @cauce/procedures — the sample procedure packages and the tools to read, check and run them: load a
 * package, validate it (with the engine's one package validator, `@cauce/engine/lint`), run its scenarios
 * through a real engine in process, and measure sequence-flow coverage. The CLI (`cauce test`) and the
 * connectors' tests reuse these.
 * See CONTEXT.md; connector topics in CONNECTORS.md.
 */
export { LANGUAGES, listProcedures, loadProcedure, proceduresRoot, type ProcedurePackage } from './loadProcedure';
export { validatePackage } from './validatePackage';
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
export { readBpmnExtras, type BpmnExtras } from './readBpmnExtras';
export { interpolate, placeholders } from './interpolate';
export { connectorContract, type ConnectorContract, type TopicContract } from './connectorContract';
