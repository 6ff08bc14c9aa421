import type { FastifyRequest } from 'fastify';
import type { DeployedDefinition } from '../../commands/deploy';
import { InstanceStates } from '../../vocabulary/InstanceStates';
import type { QueryRows } from '../../store/QueryRows';
import { camundaDate, num, selfLink } from './camunda';
import type { Deployment, ExternalTask, Incident, ProcessDefinition, ProcessInstance, Task } from './generated/types';

/**
 * Store rows → Camunda 7 DTOs (field names and formats of Camunda's REST API). Fields Cauce has no concept of
 * (cases, tenants on runtime objects, suspension) are null or false, as Camunda reports them when unused.
 * @internal
 */

export function deploymentDto(request: FastifyRequest, row: QueryRows['restDeploymentList']): Deployment {
  return {
    links: selfLink(request, `/deployment/${row.id}`),
    id: row.id,
    name: row.name,
    source: row.source,
    deploymentTime: camundaDate(row.deployed_at),
    tenantId: row.tenant_id,
  };
}

export function definitionDto(row: {
  id: string;
  key: string;
  version: number;
  name: string | null;
  version_tag: string | null;
  deployment_id: string;
  resource_name: string;
  tenant_id: string | null;
}): ProcessDefinition {
  return {
    id: row.id,
    key: row.key,
    category: null,
    description: null,
    name: row.name,
    version: num(row.version),
    resource: row.resource_name,
    deploymentId: row.deployment_id,
    diagram: null,
    suspended: false,
    tenantId: row.tenant_id,
    versionTag: row.version_tag,
    historyTimeToLive: null,
    startableInTasklist: true,
  };
}

/** A definition as deploy() returns it. */
export function deployedDefinitionDto(d: DeployedDefinition, tenantId: string | null): ProcessDefinition {
  return definitionDto({
    id: d.id,
    key: d.key,
    version: d.version,
    name: d.name,
    version_tag: d.versionTag,
    deployment_id: d.deploymentId,
    resource_name: d.resource,
    tenant_id: tenantId,
  });
}

export function instanceDto(
  request: FastifyRequest,
  row: { id: string; definition_id: string; business_key: string | null; state: string },
): ProcessInstance {
  return {
    links: selfLink(request, `/process-instance/${row.id}`),
    id: row.id,
    definitionId: row.definition_id,
    businessKey: row.business_key,
    caseInstanceId: null,
    ended: row.state !== InstanceStates.active,
    suspended: false,
    tenantId: null,
  };
}

export function taskDto(row: QueryRows['restTaskList']): Task {
  return {
    id: row.id,
    name: row.name,
    assignee: row.assignee,
    owner: null,
    created: camundaDate(row.created_at),
    lastUpdated: null,
    due: camundaDate(row.due_at),
    followUp: null,
    delegationState: null,
    description: null,
    executionId: row.token_id,
    parentTaskId: null,
    priority: num(row.priority),
    processDefinitionId: row.definition_id,
    processInstanceId: row.instance_id,
    caseExecutionId: null,
    caseDefinitionId: null,
    caseInstanceId: null,
    taskDefinitionKey: row.element_id,
    suspended: false,
    formKey: row.form_key,
    camundaFormRef: null,
    tenantId: null,
  };
}

export function externalTaskDto(row: QueryRows['restExternalTaskList']): ExternalTask {
  return {
    activityId: row.element_id,
    activityInstanceId: row.token_id,
    errorMessage: row.error_message,
    executionId: row.token_id,
    id: row.id,
    lockExpirationTime: camundaDate(row.lock_expires_at),
    createTime: camundaDate(row.created_at),
    processDefinitionId: row.definition_id,
    processDefinitionKey: row.definition_key,
    processDefinitionVersionTag: row.version_tag ?? null,
    processInstanceId: row.instance_id,
    retries: row.retries === null ? null : num(row.retries),
    suspended: false,
    workerId: row.worker_id,
    topicName: row.topic,
    tenantId: null,
    priority: num(row.priority),
    businessKey: row.business_key,
  };
}

export function incidentDto(row: QueryRows['restIncidentList']): Incident {
  return {
    id: row.id,
    processDefinitionId: row.definition_id,
    processInstanceId: row.instance_id,
    executionId: row.token_id,
    incidentTimestamp: camundaDate(row.created_at),
    incidentType: row.type,
    activityId: row.element_id,
    failedActivityId: row.element_id,
    causeIncidentId: row.id,
    rootCauseIncidentId: row.id,
    configuration: row.configuration,
    tenantId: null,
    incidentMessage: row.message,
    jobDefinitionId: null,
    annotation: null,
  };
}
