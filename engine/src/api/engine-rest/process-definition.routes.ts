import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from '../../errorCodes';
import { variablesVisibleFrom } from '../../interpreter/InstanceState';
import { queries as SQL } from '../../store/generated/sql';
import { toCamundaVariables } from '../../variables/TypedValue';
import { csvParam, paging, uuidFilter } from './camunda';
import { definitionDto, instanceDto } from './dto';
import type { ProcessDefinitionQuery, ProcessInstanceWithVariables, StartProcessBody } from './generated/types';
import { ref, replies } from './replies';
import { readVariables, refuseOption } from './startVariables';

type ById = { Params: { id: string } };
type ByKey = { Params: { key: string } };

/**
 * Process definitions: list, count, by id or key (latest version), the deployed XML, and start.
 * Starting runs the new instance to its first wait states in the same transaction (Engine.startProcess).
 * @internal
 */
export async function processDefinitionRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: ProcessDefinitionQuery }>(
    '/process-definition',
    {
      schema: {
        summary: 'List process definitions',
        querystring: ref('ProcessDefinitionQuery'),
        response: replies({ 200: ref('ProcessDefinitionList') }, 400),
      },
    },
    async (request) => {
      const filter = definitionFilter(request.query);
      if (!filter) return [];
      const { rows } = await app.db.query(SQL.restDefinitionList, [...filter, ...paging(request.query)]);
      return rows.map(definitionDto);
    },
  );

  app.get<{ Querystring: ProcessDefinitionQuery }>(
    '/process-definition/count',
    {
      schema: {
        summary: 'Count process definitions',
        querystring: ref('ProcessDefinitionQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = definitionFilter(request.query);
      return filter ? (await app.db.query(SQL.restDefinitionCount, filter)).rows[0] : { count: 0 };
    },
  );

  app.get<ByKey>(
    '/process-definition/key/:key',
    {
      schema: {
        summary: 'The latest version of a key',
        params: ref('KeyParams'),
        response: replies({ 200: ref('ProcessDefinition') }, 404),
      },
    },
    async (request) => definitionDto(await latest(app, request.params.key)),
  );

  app.get<ByKey>(
    '/process-definition/key/:key/xml',
    {
      schema: {
        summary: 'The BPMN XML of the latest version of a key',
        params: ref('KeyParams'),
        response: replies({ 200: ref('ProcessDefinitionXml') }, 404),
      },
    },
    async (request) => xml(app, (await latest(app, request.params.key)).id),
  );

  app.post<ByKey & { Body: StartProcessBody }>(
    '/process-definition/key/:key/start',
    {
      schema: {
        summary: 'Start an instance of the latest version of a key',
        params: ref('KeyParams'),
        body: ref('StartProcessBody'),
        response: replies({ 200: ref('ProcessInstanceWithVariables') }, 400, 404, 409, 415),
      },
    },
    async (request) => start(app, request, (await latest(app, request.params.key)).id),
  );

  app.get<ById>(
    '/process-definition/:id',
    {
      schema: {
        summary: 'One process definition',
        params: ref('IdParams'),
        response: replies({ 200: ref('ProcessDefinition') }, 404),
      },
    },
    async (request) => definitionDto(await byId(app, request.params.id)),
  );

  app.get<ById>(
    '/process-definition/:id/xml',
    {
      schema: {
        summary: 'The BPMN XML of a process definition',
        params: ref('IdParams'),
        response: replies({ 200: ref('ProcessDefinitionXml') }, 404),
      },
    },
    async (request) => xml(app, (await byId(app, request.params.id)).id),
  );

  app.post<ById & { Body: StartProcessBody }>(
    '/process-definition/:id/start',
    {
      schema: {
        summary: 'Start an instance of a process definition',
        params: ref('IdParams'),
        body: ref('StartProcessBody'),
        response: replies({ 200: ref('ProcessInstanceWithVariables') }, 400, 404, 409, 415),
      },
    },
    async (request) => start(app, request, (await byId(app, request.params.id)).id),
  );
}

// helpers
/** The SQL parameters $1…$12, or null when a filter cannot match anything. */
function definitionFilter(q: ProcessDefinitionQuery): unknown[] | null {
  const deployment = uuidFilter(q.deploymentId);
  if (deployment.none || q.suspended === true || q.active === false) return null;
  return [
    q.processDefinitionId ?? null,
    csvParam(q.processDefinitionIdIn),
    q.key ?? null,
    csvParam(q.keysIn),
    q.keyLike ?? null,
    q.name ?? null,
    q.nameLike ?? null,
    deployment.value,
    q.version ?? null,
    q.versionTag ?? null,
    q.latestVersion ?? null,
    q.resourceName ?? null,
  ];
}

async function latest(app: FastifyInstance, key: string) {
  const { rows } = await app.db.query(SQL.restDefinitionList, [
    null,
    null,
    key,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    true,
    null,
    0,
    1,
  ]);
  if (!rows[0]) throw Errors.definitionNotFound(key);
  return rows[0];
}

async function byId(app: FastifyInstance, id: string) {
  const { rows } = await app.db.query(SQL.restDefinitionList, [
    id,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    0,
    1,
  ]);
  if (!rows[0]) throw Errors.definitionNotFound(id);
  return rows[0];
}

async function xml(app: FastifyInstance, id: string) {
  const { rows } = await app.db.query(SQL.definitionSource, [id]);
  if (!rows[0]) throw Errors.definitionNotFound(id);
  return { id, bpmn20Xml: rows[0].content as string };
}

async function start(
  app: FastifyInstance,
  request: FastifyRequest<{ Body: StartProcessBody }>,
  definitionId: string,
): Promise<ProcessInstanceWithVariables> {
  const body = request.body ?? {};
  refuseOption('startInstructions', body.startInstructions);
  refuseOption('skipIoMappings', body.skipIoMappings);
  refuseOption('caseInstanceId', body.caseInstanceId);
  const variables = readVariables(body.variables);
  const row = await app.engine.startProcess({ definitionId, businessKey: body.businessKey ?? undefined, variables });
  const dto: ProcessInstanceWithVariables = instanceDto(request, row);
  if (body.withVariablesInReturn) dto.variables = toCamundaVariables(variablesVisibleFrom(row.data));
  return dto;
}
