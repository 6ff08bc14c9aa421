export { auditRun, type RunAudit } from './auditRun';
export {
  camundaClient,
  type Client,
  type ClientHandler,
  type ClientTask,
  type ClientTaskService,
  type ClientTypedValue,
  type ClientEngineError,
} from '@cauce/connectors';
export { EngineProcess, type EngineProcessOptions } from './EngineProcess';
export { EngineRest, RestError, type DeploymentFile } from './EngineRest';
export { fixture } from './fixture';
export { freePort } from './freePort';
export { freshSchema, type FreshSchema } from './freshSchema';
export { mapLimit } from './mapLimit';
export { startOnce } from './startOnce';
export { startInProcessEngine, type InProcessEngine } from './startInProcessEngine';
export { startWorker, type Worker } from './startWorker';
export { sleep, waitFor } from './waitFor';
