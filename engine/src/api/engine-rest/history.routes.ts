import type { FastifyInstance } from 'fastify';
import { Errors } from '../../errorCodes';
import { InstanceStates } from '../../vocabulary/InstanceStates';
import type { ProcessModel } from '../../model/ProcessModel';
import type { QueryRows } from '../../store/QueryRows';
import { queries as SQL } from '../../store/generated/sql';
import { camundaDate, csvParam, paging, parseDateParam, uuidFilter, uuidListFilter } from './camunda';
import type {
  HistoricActivityInstance,
  HistoricActivityInstanceQuery,
  HistoricProcessInstance,
  HistoricProcessInstanceQuery,
} from './generated/types';
import { ref, replies } from './replies';

type ById = { Params: { id: string } };

/**
 * History: process instances (running and ended, from their rows) and activity instances (one per token, folded
 * from the append-only history_event table), with Camunda's fields and filters.
 * @internal
 */
export async function historyRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: HistoricProcessInstanceQuery }>(
    '/history/process-instance',
    {
      schema: {
        summary: 'List process instances, running or ended',
        querystring: ref('HistoricProcessInstanceQuery'),
        response: replies({ 200: ref('HistoricProcessInstanceList') }, 400),
      },
    },
    async (request) => {
      const filter = instanceFilter(request.query);
      return filter
        ? (await app.db.query(SQL.restHistoryInstanceList, [...filter, ...paging(request.query)])).rows.map(
            historicInstanceDto,
          )
        : [];
    },
  );

  app.get<{ Querystring: HistoricProcessInstanceQuery }>(
    '/history/process-instance/count',
    {
      schema: {
        summary: 'Count process instances, running or ended',
        querystring: ref('HistoricProcessInstanceQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = instanceFilter(request.query);
      return filter ? (await app.db.query(SQL.restHistoryInstanceCount, filter)).rows[0] : { count: 0 };
    },
  );

  app.get<ById>(
    '/history/process-instance/:id',
    {
      schema: {
        summary: 'One process instance, running or ended',
        params: ref('IdParams'),
        response: replies({ 200: ref('HistoricProcessInstance') }, 404),
      },
    },
    async (request) => {
      const filter = instanceFilter({ processInstanceId: request.params.id });
      const row = filter ? (await app.db.query(SQL.restHistoryInstanceList, [...filter, 0, 1])).rows[0] : undefined;
      if (!row) throw Errors.instanceNotFound(request.params.id);
      return historicInstanceDto(row);
    },
  );

  app.get<{ Querystring: HistoricActivityInstanceQuery }>(
    '/history/activity-instance',
    {
      schema: {
        summary: 'List activity instances',
        querystring: ref('HistoricActivityInstanceQuery'),
        response: replies({ 200: ref('HistoricActivityInstanceList') }, 400),
      },
    },
    async (request) => {
      const filter = activityFilter(request.query);
      if (!filter) return [];
      const { rows } = await app.db.query(SQL.restHistoryActivityList, [...filter, ...paging(request.query)]);
      return Promise.all(rows.map((row) => historicActivityDto(app, row)));
    },
  );

  app.get<{ Querystring: HistoricActivityInstanceQuery }>(
    '/history/activity-instance/count',
    {
      schema: {
        summary: 'Count activity instances',
        querystring: ref('HistoricActivityInstanceQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = activityFilter(request.query);
      return filter ? (await app.db.query(SQL.restHistoryActivityCount, filter)).rows[0] : { count: 0 };
    },
  );

  app.get<ById>(
    '/history/activity-instance/:id',
    {
      schema: {
        summary: 'One activity instance',
        params: ref('IdParams'),
        response: replies({ 200: ref('HistoricActivityInstance') }, 404),
      },
    },
    async (request) => {
      const filter = activityFilter({ activityInstanceId: request.params.id });
      const row = filter ? (await app.db.query(SQL.restHistoryActivityList, [...filter, 0, 1])).rows[0] : undefined;
      if (!row) throw Errors.activityInstanceNotFound(request.params.id);
      return historicActivityDto(app, row);
    },
  );
}

// helpers
/** The SQL parameters $1…$17, or null when a filter cannot match anything. */
function instanceFilter(q: HistoricProcessInstanceQuery): unknown[] | null {
  const id = uuidFilter(q.processInstanceId);
  const ids = uuidListFilter(q.processInstanceIds);
  const superInstance = uuidFilter(q.superProcessInstanceId);
  const root = uuidFilter(q.rootProcessInstanceId);
  if (id.none || ids.none || superInstance.none || root.none) return null;
  const states = [
    q.active && InstanceStates.active,
    q.completed && InstanceStates.completed,
    q.externallyTerminated && InstanceStates.terminated,
  ].filter(Boolean);
  return [
    id.value,
    ids.value,
    q.processDefinitionId ?? null,
    q.processDefinitionKey ?? null,
    csvParam(q.processDefinitionKeyIn),
    q.processInstanceBusinessKey ?? null,
    q.processInstanceBusinessKeyLike ?? null,
    q.finished ?? null,
    q.unfinished ?? null,
    states.length ? states : null,
    q.withIncidents ?? null,
    superInstance.value,
    parseDateParam('startedBefore', q.startedBefore),
    parseDateParam('startedAfter', q.startedAfter),
    parseDateParam('finishedBefore', q.finishedBefore),
    parseDateParam('finishedAfter', q.finishedAfter),
    root.value,
  ];
}

/** The SQL parameters $1…$8, or null when a filter cannot match anything. */
function activityFilter(q: HistoricActivityInstanceQuery): unknown[] | null {
  const instance = uuidFilter(q.processInstanceId);
  const token = uuidFilter(q.activityInstanceId ?? q.executionId);
  if (instance.none || token.none) return null;
  return [
    instance.value,
    token.value,
    q.activityId?.replace(/#multiInstanceBody$/, '') ?? null,
    q.activityType ?? null,
    q.finished ?? null,
    q.unfinished ?? null,
    q.canceled ?? null,
    q.processDefinitionId ?? null,
  ];
}

function historicInstanceDto(row: QueryRows['restHistoryInstanceList']): HistoricProcessInstance {
  const ended = row.ended_at ? new Date(row.ended_at).getTime() : null;
  return {
    id: row.id,
    rootProcessInstanceId: row.root_instance_id,
    superProcessInstanceId: row.parent_instance_id,
    superCaseInstanceId: null,
    caseInstanceId: null,
    processDefinitionName: row.definition_name,
    processDefinitionKey: row.definition_key,
    processDefinitionVersion: row.definition_version,
    processDefinitionId: row.definition_id,
    businessKey: row.business_key,
    startTime: camundaDate(row.started_at),
    endTime: camundaDate(row.ended_at),
    removalTime: null,
    durationInMillis: ended === null ? null : ended - new Date(row.started_at).getTime(),
    startUserId: null,
    startActivityId: row.start_activity_id,
    deleteReason: row.state === InstanceStates.terminated ? (row.delete_reason ?? null) : null,
    tenantId: null,
    state: row.state,
  };
}

/**
 * Names and types come from the deployed model: a multi-instance activity's outer instance is reported as
 * Camunda does (`<id>#multiInstanceBody`, type multiInstanceBody); its iterations keep the activity's id.
 */
async function historicActivityDto(
  app: FastifyInstance,
  row: QueryRows['restHistoryActivityList'],
): Promise<HistoricActivityInstance> {
  const model = await app.engine.definitions.get(app.db, row.definition_id).then(
    (d) => d.model as ProcessModel,
    () => undefined,
  );
  const node = model?.nodes[row.activity_id];
  const body = Boolean(node?.multiInstance) && !row.iteration;
  // a token without an activity_start record is dated by its end; every folded token has one of the two
  const start = new Date((row.start_time ?? row.end_time)!);
  return {
    id: row.id,
    parentActivityInstanceId: null,
    activityId: body ? `${row.activity_id}#multiInstanceBody` : row.activity_id,
    activityName: node?.name ?? null,
    activityType: body ? 'multiInstanceBody' : (row.activity_type ?? 'unknown'),
    processDefinitionKey: row.definition_key,
    processDefinitionId: row.definition_id,
    processInstanceId: row.instance_id,
    executionId: row.id,
    taskId: null,
    calledProcessInstanceId: row.called_instance_id,
    calledCaseInstanceId: null,
    assignee: null,
    startTime: camundaDate(start),
    endTime: camundaDate(row.end_time),
    durationInMillis: row.end_time ? new Date(row.end_time).getTime() - start.getTime() : null,
    canceled: row.canceled,
    completeScope: row.activity_type === 'endEvent' && Boolean(row.end_time) && !row.canceled,
    tenantId: null,
    removalTime: null,
    rootProcessInstanceId: row.root_instance_id,
  };
}
