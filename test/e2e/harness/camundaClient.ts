// The typed access to camunda-external-task-client-js is the connectors' (one declaration for the workspace).
export * from '../../../connectors/src/camundaClient';
