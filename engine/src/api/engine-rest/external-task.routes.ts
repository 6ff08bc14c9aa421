import type { FastifyInstance } from 'fastify';
import { Errors } from '../../errorCodes';
import {
  bpmnErrorExternalTask,
  completeExternalTask,
  extendLock,
  failExternalTask,
  setExternalTaskRetries,
  unlockExternalTask,
  type FetchTopic,
  type LockedExternalTask as CoreLockedTask,
} from '../../external-tasks/externalTasks';
import { queries as SQL } from '../../store/generated/sql';
import { toCamundaVariables } from '../../variables/TypedValue';
import { camundaDate, csvParam, paging, parseDateParam, uuidFilter, uuidListFilter } from './camunda';
import { externalTaskDto } from './dto';
import type {
  CompleteExternalTaskBody,
  ExtendLockBody,
  ExternalTaskBpmnErrorBody,
  ExternalTaskFailureBody,
  ExternalTaskQuery,
  FetchAndLockBody,
  LockedExternalTask,
  RetriesBody,
} from './generated/types';
import { fetchWithLongPolling } from './longPoll';
import { noContent, ref, replies } from './replies';
import { readVariables, refuseOption } from './startVariables';

type ById = { Params: { id: string } };
const byId = { params: ref('IdParams') };

/**
 * External tasks as Camunda's external task clients use them: fetchAndLock (with long polling), complete,
 * failure, bpmnError, extendLock, unlock, retries, plus list, count and get. A task locked by another worker, or
 * whose lock expired, is refused (CAUCE_ERR_TASK_NOT_LOCKED, CAUCE_ERR_LOCK_EXPIRED) and nothing changes.
 * @internal
 */
export async function externalTaskRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: FetchAndLockBody }>(
    '/external-task/fetchAndLock',
    {
      schema: {
        summary: 'Fetch and lock tasks of some topics for a worker; asyncResponseTimeout waits for them',
        body: ref('FetchAndLockBody'),
        response: replies({ 200: ref('LockedExternalTaskList') }, 400, 415),
      },
    },
    async (request, reply) => {
      const body = request.body;
      refuseOption('sorting', body.sorting);
      const topics = (body.topics ?? []).map(fetchTopic);
      if (body.maxTasks === 0 || topics.length === 0) return [];
      const tasks = await fetchWithLongPolling(
        app,
        reply,
        { workerId: body.workerId, maxTasks: body.maxTasks, topics },
        body.asyncResponseTimeout ?? 0,
      );
      return Promise.all(tasks.map((task) => lockedDto(app, task)));
    },
  );

  app.post<ById & { Body: CompleteExternalTaskBody }>(
    '/external-task/:id/complete',
    {
      schema: {
        summary: 'Complete a locked task and move its instance on',
        ...byId,
        body: ref('CompleteExternalTaskBody'),
        response: replies(noContent, 400, 404, 409, 415),
      },
    },
    async (request, reply) => {
      const { workerId, variables, localVariables } = request.body;
      await completeExternalTask(
        app.engine,
        request.params.id,
        workerId,
        readVariables(variables),
        readVariables(localVariables),
      );
      return reply.code(204).send();
    },
  );

  app.post<ById & { Body: ExternalTaskFailureBody }>(
    '/external-task/:id/failure',
    {
      schema: {
        summary: 'Report a failure: retries left make it fetchable again after retryTimeout, 0 retries is an incident',
        ...byId,
        body: ref('ExternalTaskFailureBody'),
        response: replies(noContent, 400, 404, 409, 415),
      },
    },
    async (request, reply) => {
      const body = request.body;
      refuseOption('variables on failure', body.variables);
      refuseOption('localVariables on failure', body.localVariables);
      await failExternalTask(app.engine, request.params.id, body.workerId, {
        errorMessage: body.errorMessage ?? undefined,
        errorDetails: body.errorDetails ?? undefined,
        retries: body.retries ?? undefined,
        retryTimeout: body.retryTimeout ?? undefined,
      });
      await announce(app, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post<ById & { Body: ExternalTaskBpmnErrorBody }>(
    '/external-task/:id/bpmnError',
    {
      schema: {
        summary: 'Throw a BPMN error at the task (caught by a boundary event, else an incident)',
        ...byId,
        body: ref('ExternalTaskBpmnErrorBody'),
        response: replies(noContent, 400, 404, 409, 415),
      },
    },
    async (request, reply) => {
      const { workerId, errorCode, errorMessage, variables } = request.body;
      await bpmnErrorExternalTask(app.engine, request.params.id, workerId, {
        errorCode,
        errorMessage: errorMessage ?? undefined,
        variables: readVariables(variables),
      });
      return reply.code(204).send();
    },
  );

  app.post<ById & { Body: ExtendLockBody }>(
    '/external-task/:id/extendLock',
    {
      schema: {
        summary: 'Extend the lock of a task held by this worker',
        ...byId,
        body: ref('ExtendLockBody'),
        response: replies(noContent, 400, 404, 415),
      },
    },
    async (request, reply) => {
      await extendLock(app.engine, request.params.id, request.body.workerId, request.body.newDuration);
      return reply.code(204).send();
    },
  );

  app.post<ById>(
    '/external-task/:id/unlock',
    {
      schema: { summary: 'Release the lock of a task (no body)', ...byId, response: replies(noContent, 404) },
    },
    async (request, reply) => {
      await unlockExternalTask(app.engine, request.params.id);
      await announce(app, request.params.id);
      return reply.code(204).send();
    },
  );

  app.put<ById & { Body: RetriesBody }>(
    '/external-task/:id/retries',
    {
      schema: {
        summary: 'Set the retries of a task; above 0 resolves its incident',
        ...byId,
        body: ref('RetriesBody'),
        response: replies(noContent, 400, 404, 415),
      },
    },
    async (request, reply) => {
      await setExternalTaskRetries(app.engine, request.params.id, request.body.retries);
      await announce(app, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get<{ Querystring: ExternalTaskQuery }>(
    '/external-task',
    {
      schema: {
        summary: 'List open external tasks',
        querystring: ref('ExternalTaskQuery'),
        response: replies({ 200: ref('ExternalTaskList') }, 400),
      },
    },
    async (request) => {
      const filter = externalTaskFilter(app, request.query);
      return filter
        ? (await app.db.query(SQL.restExternalTaskList, [...filter, ...paging(request.query)])).rows.map(
            externalTaskDto,
          )
        : [];
    },
  );

  app.get<{ Querystring: ExternalTaskQuery }>(
    '/external-task/count',
    {
      schema: {
        summary: 'Count open external tasks',
        querystring: ref('ExternalTaskQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = externalTaskFilter(app, request.query);
      return filter ? (await app.db.query(SQL.restExternalTaskCount, filter)).rows[0] : { count: 0 };
    },
  );

  app.get<ById>(
    '/external-task/:id',
    {
      schema: { summary: 'One open external task', ...byId, response: replies({ 200: ref('ExternalTask') }, 404) },
    },
    async (request) => {
      const filter = externalTaskFilter(app, { externalTaskId: request.params.id });
      const row = filter ? (await app.db.query(SQL.restExternalTaskList, [...filter, 0, 1])).rows[0] : undefined;
      if (!row) throw Errors.externalTaskNotFound(request.params.id);
      return externalTaskDto(row);
    },
  );
}

// helpers
function fetchTopic(topic: FetchAndLockBody['topics'] extends Array<infer T> | undefined ? T : never): FetchTopic {
  for (const option of [
    'processDefinitionId',
    'processDefinitionIdIn',
    'processDefinitionVersionTag',
    'processVariables',
    'tenantIdIn',
  ] as const) {
    refuseOption(`topic filter ${option}`, topic[option]);
  }
  refuseOption('topic option localVariables', topic.localVariables);
  return {
    topicName: topic.topicName,
    lockDuration: topic.lockDuration,
    variables: topic.variables ?? undefined,
    businessKey: topic.businessKey ?? undefined,
    processDefinitionKey: topic.processDefinitionKey ?? undefined,
    processDefinitionKeyIn: topic.processDefinitionKeyIn ?? undefined,
  };
}

async function lockedDto(app: FastifyInstance, task: CoreLockedTask): Promise<LockedExternalTask> {
  const { model } = await app.engine.definitions.get(app.db, task.processDefinitionId);
  return {
    activityId: task.activityId,
    activityInstanceId: task.activityInstanceId,
    errorMessage: task.errorMessage,
    errorDetails: task.errorDetails,
    executionId: task.executionId,
    id: task.id,
    lockExpirationTime: camundaDate(task.lockExpirationTime),
    processDefinitionId: task.processDefinitionId,
    processDefinitionKey: task.processDefinitionKey,
    processDefinitionVersionTag: model.versionTag ?? null,
    processInstanceId: task.processInstanceId,
    retries: task.retries,
    workerId: task.workerId,
    topicName: task.topicName,
    tenantId: null,
    variables: toCamundaVariables(task.variables),
    priority: task.priority,
    businessKey: task.businessKey,
    extensionProperties: {},
  };
}

/** Wakes long polls here (at once) and on every other engine process (NOTIFY) for a task fetchable again. */
async function announce(app: FastifyInstance, id: string): Promise<void> {
  app.externalTaskWakeups.notify();
  await app.db.query(SQL.restExternalTaskNotify, [id]);
}

/** The SQL parameters $1…$19, or null when a filter cannot match anything. */
function externalTaskFilter(app: FastifyInstance, q: ExternalTaskQuery): unknown[] | null {
  const id = uuidFilter(q.externalTaskId);
  const ids = uuidListFilter(q.externalTaskIdIn);
  const instance = uuidFilter(q.processInstanceId);
  const instances = uuidListFilter(q.processInstanceIdIn);
  if (id.none || ids.none || instance.none || instances.none || q.suspended === true || q.active === false) return null;
  return [
    app.engine.clock(),
    id.value,
    ids.value,
    q.topicName ?? null,
    q.workerId ?? null,
    q.locked ?? null,
    q.notLocked ?? null,
    q.withRetriesLeft ?? null,
    q.noRetriesLeft ?? null,
    parseDateParam('lockExpirationAfter', q.lockExpirationAfter),
    parseDateParam('lockExpirationBefore', q.lockExpirationBefore),
    q.activityId ?? null,
    csvParam(q.activityIdIn),
    q.executionId ?? null,
    instance.value,
    instances.value,
    q.processDefinitionId ?? null,
    q.priorityHigherThanOrEquals ?? null,
    q.priorityLowerThanOrEquals ?? null,
  ];
}
