/**
 * @cauce/connectors — the workers that connect procedures to corporate systems (one per external-task topic),
 * their element templates, and the runner that starts them against an engine. See CONTEXT.md and README.md.
 * @packageDocumentation
 */
export { CONNECTORS } from './connectorCatalogue';
export {
  startConnectors,
  type StartConnectorsOptions,
  type RunningConnectors,
  type EngineAuth,
} from './startConnectors';
export {
  defineConnector,
  SERVICE_NAMES,
  type Connector,
  type ConnectorContext,
  type ConnectorTask,
  type ServiceName,
} from './defineConnector';
export { createHandler, type ConnectorEvent, type HandlerOptions } from './createHandler';
export { BusinessError, TechnicalFailure, PermanentFailure } from './failures';
export { ServiceClient, path, type ServiceCall, type ErrorAnswer, type ServiceClientOptions } from './ServiceClient';
export { httpRequest, type HttpRequest, type HttpResponse } from './httpRequest';
export { retryPlan, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPlan';
export { idempotencyKey, type TaskIdentity } from './idempotencyKey';
export { readInputs, checkOutputs, toClientVariables, type DataSchema } from './variables';
export {
  renderMessage,
  MESSAGE_TEMPLATES,
  MESSAGE_LANGUAGES,
  type MessageLanguage,
  type RenderedMessage,
} from './notifications';
export { CITIZEN_NOT_FOUND_CODES, citizenIdOrNotFound } from './citizenId';
export {
  camundaClient,
  type CamundaClientModule,
  type Client,
  type ClientEngineError,
  type ClientHandler,
  type ClientOptions,
  type ClientRequestOptions,
  type ClientTask,
  type ClientTaskService,
  type ClientTypedValue,
  type ClientVariables,
} from './camundaClient';
