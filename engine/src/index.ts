export { CauceError, createError, errorRegistry, type ErrorSpec } from './errors';
export { Errors } from './errorCodes';
export { asCauceError } from './asCauceError';
export { InterpreterError, type InterpreterErrorKind } from './interpreter/InterpreterError';
export { Engine, type InstanceRow, type EngineOptions } from './commands/Engine';
export { deploy, type DeployInput, type DeploymentResult } from './commands/deploy';
export { deleteProcessInstance } from './commands/deleteProcessInstance';
export {
  modifyProcessInstance,
  type ModificationInstruction,
  type ModifyProcessInstanceInput,
} from './commands/modifyProcessInstance';
export { completeTask, claimTask, setAssignee, taskVariables, type CompleteTaskOptions } from './tasks/userTasks';
export {
  fetchAndLock,
  completeExternalTask,
  failExternalTask,
  bpmnErrorExternalTask,
  extendLock,
  unlockExternalTask,
  setExternalTaskRetries,
  type LockedExternalTask,
  type FetchTopic,
} from './external-tasks/externalTasks';
export { correlateMessage, type CorrelateInput } from './messages/correlateMessage';
export { JobExecutor } from './jobs/JobExecutor';
export { loadBpmn, type Unsupported, type LoadedBpmn } from './model/loadBpmn';
export { lineIndex } from './model/lineIndex';
export type { ProcessModel, FlowNode } from './model/ProcessModel';
export type { Step } from './model/Step';
export { evaluateFeel, evaluateCondition, feelSyntaxError } from './feel/Feel';
export {
  fromCamundaVariables,
  toCamundaVariables,
  typedFromPlain,
  plainValues,
  inferTyped,
  type TypedValue,
  type Variables,
} from './variables/TypedValue';
export type { WaitKind } from './interpreter/InstanceState';
export { InstanceStates, type InstanceStateName } from './vocabulary/InstanceStates';
export { TokenStates, type TokenStateName } from './vocabulary/TokenStates';
export { IncidentTypes, type IncidentTypeName } from './vocabulary/IncidentTypes';
export { HistoryKinds, type HistoryKindName } from './vocabulary/HistoryKinds';
export {
  openTasksOfTree,
  treeProgress,
  instanceHistory,
  openIncidents,
  waitUntilSettled,
  type OpenTask,
  type TreeProgress,
  type HistoryRecord,
  type OpenIncident,
} from './reads/instanceReads';
export { instanceSnapshot, type InstanceSnapshot, type LiveActivity, type Wait } from './reads/instanceSnapshot';
export { definitionModel } from './reads/definitionModel';
export { openDb } from './store/openDb';
export { openPglite } from './store/openPglite';
export { pgliteTemplate } from './store/pgliteTemplate';
export { migrate, type MigrateOptions, type MigrateResult, type MigrationLedger } from './store/migrate';
export type { Migration } from './store/Migration';
export type { Db, Queryable, Sql } from './store/Db';
export { buildApp } from './app';
// its module's `declare module 'fastify'` types the `db` and `engine` decorators for other packages' plugins
export type { CauceCoreOptions } from './api/cauceCore';
export { requireRouteSchemas } from './api/requireRouteSchemas';
export { closePromptly } from './closePromptly';
export { readServerSettings, openDbFromEnv, ServerSettingError, type ServerEnv } from './serverSettings';
export { databasesUnderTest, type TestDatabase } from './store/testing';
