import type { FastifyInstance } from 'fastify';
import { Errors } from '../../errorCodes';
import { queries as SQL } from '../../store/generated/sql';
import { claimTask, completeTask, setAssignee, taskVariables } from '../../tasks/userTasks';
import { toCamundaVariables, type Variables } from '../../variables/TypedValue';
import { csvParam, paging, uuidFilter, uuidListFilter } from './camunda';
import { taskDto } from './dto';
import type { ClaimBody, CompleteTaskBody, FormVariablesQuery, TaskQuery } from './generated/types';
import { noContent, ref, replies } from './replies';
import { readVariables } from './startVariables';

type ById = { Params: { id: string } };

/**
 * Open user tasks: list, count, get, claim, unclaim, complete, form variables. Completing locks the task row in
 * the command's transaction, so a second complete of the same task finds none (404) and the instance moves once.
 * @internal
 */
export async function taskRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: TaskQuery }>(
    '/task',
    {
      schema: {
        summary: 'List open user tasks',
        querystring: ref('TaskQuery'),
        response: replies({ 200: ref('TaskList') }, 400),
      },
    },
    async (request) => {
      const filter = taskFilter(request.query);
      if (!filter) return [];
      return (await app.db.query(SQL.restTaskList, [...filter, ...paging(request.query)])).rows.map(taskDto);
    },
  );

  app.get<{ Querystring: TaskQuery }>(
    '/task/count',
    {
      schema: {
        summary: 'Count open user tasks',
        querystring: ref('TaskQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = taskFilter(request.query);
      return filter ? (await app.db.query(SQL.restTaskCount, filter)).rows[0] : { count: 0 };
    },
  );

  app.get<ById>(
    '/task/:id',
    {
      schema: { summary: 'One open user task', params: ref('IdParams'), response: replies({ 200: ref('Task') }, 404) },
    },
    async (request) => {
      const id = uuidFilter(request.params.id);
      const row = id.none ? undefined : (await app.db.query(SQL.restTaskList, taskParams({ 0: id.value }))).rows[0];
      if (!row) throw Errors.taskNotFound(request.params.id);
      return taskDto(row);
    },
  );

  app.post<ById & { Body: ClaimBody }>(
    '/task/:id/claim',
    {
      schema: {
        summary: 'Claim a task for a user',
        params: ref('IdParams'),
        body: ref('ClaimBody'),
        response: replies(noContent, 400, 404, 415),
      },
    },
    async (request, reply) => {
      await claimTask(app.engine, request.params.id, request.body.userId);
      return reply.code(204).send();
    },
  );

  app.post<ById>(
    '/task/:id/unclaim',
    {
      schema: { summary: 'Release a claimed task', params: ref('IdParams'), response: replies(noContent, 404) },
    },
    async (request, reply) => {
      await setAssignee(app.engine, request.params.id, null);
      return reply.code(204).send();
    },
  );

  app.post<ById & { Body: CompleteTaskBody }>(
    '/task/:id/complete',
    {
      schema: {
        summary: 'Complete a task; with withVariablesInReturn the instance variables come back',
        params: ref('IdParams'),
        body: ref('CompleteTaskBody'),
        response: replies({ 200: ref('VariablesDto'), ...noContent }, 400, 404, 409, 415),
      },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const variables = readVariables(body.variables);
      const result = await completeTask(app.engine, request.params.id, variables);
      if (body.withVariablesInReturn) return toCamundaVariables(result.variables);
      return reply.code(204).send();
    },
  );

  app.get<ById & { Querystring: FormVariablesQuery }>(
    '/task/:id/form-variables',
    {
      schema: {
        summary: "The variables a task's form sees",
        params: ref('IdParams'),
        querystring: ref('FormVariablesQuery'),
        response: replies({ 200: ref('VariablesDto') }, 404),
      },
    },
    async (request) => {
      const visible = await taskVariables(app.engine, request.params.id);
      const names = csvParam(request.query.variableNames);
      const chosen: Variables = {};
      for (const [name, value] of Object.entries(visible)) if (!names || names.includes(name)) chosen[name] = value;
      return toCamundaVariables(chosen);
    },
  );
}

// helpers
/** The SQL parameters $1…$18, or null when a filter cannot match anything. */
function taskFilter(q: TaskQuery): unknown[] | null {
  const id = uuidFilter(q.taskId);
  const ids = uuidListFilter(q.taskIdIn);
  const instance = uuidFilter(q.processInstanceId);
  const instances = uuidListFilter(q.processInstanceIdIn);
  if (id.none || ids.none || instance.none || instances.none || q.suspended === true || q.active === false) return null;
  return [
    id.value,
    ids.value,
    q.name ?? null,
    q.nameLike ?? null,
    instance.value,
    instances.value,
    q.processInstanceBusinessKey ?? null,
    q.processDefinitionId ?? null,
    q.processDefinitionKey ?? null,
    q.assignee ?? null,
    q.assigned ?? null,
    q.unassigned ?? null,
    q.candidateGroup ?? null,
    csvParam(q.candidateGroups),
    q.candidateUser ?? null,
    q.includeAssignedTasks ?? null,
    q.taskDefinitionKey ?? null,
    csvParam(q.taskDefinitionKeyIn),
  ];
}

/** All twenty parameters of restTaskList.sql null except the given positions. */
function taskParams(set: Record<number, unknown>): unknown[] {
  return Array.from({ length: 20 }, (_, i) => (i in set ? set[i] : i === 18 ? 0 : null));
}
