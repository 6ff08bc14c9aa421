import type { FastifyInstance } from 'fastify';
import { deleteProcessInstance } from '../../commands/deleteProcessInstance';
import {
  modifyProcessInstance,
  type ModificationInstruction as EngineInstruction,
} from '../../commands/modifyProcessInstance';
import type { InstanceRow } from '../../commands/Engine';
import { Errors } from '../../errorCodes';
import { isUuid } from '../../ids';
import { variablesVisibleFrom } from '../../interpreter/InstanceState';
import { InstanceStates } from '../../vocabulary/InstanceStates';
import { queries as SQL } from '../../store/generated/sql';
import { toCamunda, toCamundaVariables } from '../../variables/TypedValue';
import { csvParam, paging, uuidFilter, uuidListFilter } from './camunda';
import { instanceDto } from './dto';
import type {
  DeleteProcessInstanceQuery,
  ModificationInstruction,
  ProcessInstanceModification,
  ProcessInstanceQuery,
  TriggerVariableMap,
  VariableMap,
  VariableValue,
} from './generated/types';
import { noContent, ref, replies } from './replies';
import { readVariables, refuseOption } from './startVariables';

type ById = { Params: { id: string } };
type ByVariable = { Params: { id: string; varName: string } };

/**
 * Running process instances (Camunda's runtime view: an ended instance is a 404 here and lives on in
 * /history/process-instance): list, count, get, variables, set one variable, delete (cancel), modification.
 * Changes go through Engine commands, so each is one transaction under the instance's optimistic lock.
 * @internal
 */
export async function processInstanceRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: ProcessInstanceQuery }>(
    '/process-instance',
    {
      schema: {
        summary: 'List running process instances',
        querystring: ref('ProcessInstanceQuery'),
        response: replies({ 200: ref('ProcessInstanceList') }, 400),
      },
    },
    async (request) => {
      const filter = instanceFilter(request.query);
      if (!filter) return [];
      const { rows } = await app.db.query(SQL.restInstanceList, [...filter, ...paging(request.query)]);
      return rows.map((row) => instanceDto(request, row));
    },
  );

  app.get<{ Querystring: ProcessInstanceQuery }>(
    '/process-instance/count',
    {
      schema: {
        summary: 'Count running process instances',
        querystring: ref('ProcessInstanceQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = instanceFilter(request.query);
      return filter ? (await app.db.query(SQL.restInstanceCount, filter)).rows[0] : { count: 0 };
    },
  );

  app.get<ById>(
    '/process-instance/:id',
    {
      schema: {
        summary: 'One running process instance',
        params: ref('IdParams'),
        response: replies({ 200: ref('ProcessInstance') }, 404),
      },
    },
    async (request) => instanceDto(request, await running(app, request.params.id)),
  );

  app.get<ById>(
    '/process-instance/:id/variables',
    {
      schema: {
        summary: 'The variables of a running instance',
        params: ref('IdParams'),
        querystring: ref('VariablesQuery'),
        response: replies({ 200: ref('VariablesDto') }, 404),
      },
    },
    async (request) => toCamundaVariables(variablesVisibleFrom((await running(app, request.params.id)).data)),
  );

  app.get<ByVariable>(
    '/process-instance/:id/variables/:varName',
    {
      schema: {
        summary: 'One variable of a running instance',
        params: ref('VariableParams'),
        querystring: ref('VariablesQuery'),
        response: replies({ 200: ref('VariableValueDto') }, 404),
      },
    },
    async (request) => {
      const { id, varName } = request.params;
      const variables = variablesVisibleFrom((await running(app, id)).data);
      if (!Object.hasOwn(variables, varName)) throw Errors.variableNotFound(id, varName);
      return toCamunda(variables[varName]);
    },
  );

  app.put<ByVariable & { Body: VariableValue }>(
    '/process-instance/:id/variables/:varName',
    {
      schema: {
        summary: 'Set one variable on a running instance',
        params: ref('VariableParams'),
        body: ref('VariableValue'),
        response: replies(noContent, 400, 404, 409, 415),
      },
    },
    async (request, reply) => {
      const { id, varName } = request.params;
      const variables = readVariables(Object.fromEntries([[varName, request.body ?? {}]]));
      if (!isUuid(id)) throw Errors.instanceNotFound(id);
      await app.engine.command((q) => app.engine.onInstance(q, id, (run) => run.setRootVariables(variables)));
      return reply.code(204).send();
    },
  );

  app.delete<ById & { Querystring: DeleteProcessInstanceQuery }>(
    '/process-instance/:id',
    {
      schema: {
        summary: 'Cancel a running instance (it ends EXTERNALLY_TERMINATED; history is kept)',
        params: ref('IdParams'),
        querystring: ref('DeleteProcessInstanceQuery'),
        response: replies(noContent, 400, 404, 409),
      },
    },
    async (request, reply) => {
      refuseOption('skipSubprocesses', request.query.skipSubprocesses);
      try {
        await deleteProcessInstance(app.engine, request.params.id);
      } catch (error) {
        const missing = (error as { code?: string }).code === Errors.instanceNotFound.code;
        if (!missing || request.query.failIfNotExists !== false) throw error;
      }
      return reply.code(204).send();
    },
  );

  app.post<ById & { Body: ProcessInstanceModification }>(
    '/process-instance/:id/modification',
    {
      schema: {
        summary: 'Cancel tokens and start new ones in a running instance (process-scope activities only)',
        params: ref('IdParams'),
        body: ref('ProcessInstanceModification'),
        response: replies(noContent, 400, 404, 409, 415),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      refuseOption('skipIoMappings', request.body.skipIoMappings);
      const instructions = request.body.instructions.map(engineInstruction);
      if (!isUuid(id)) throw Errors.instanceNotFound(id);
      await modifyProcessInstance(app.engine, id, {
        instructions,
        skipCustomListeners: request.body.skipCustomListeners,
        annotation: request.body.annotation,
      });
      return reply.code(204).send();
    },
  );
}

// helpers
/** A Camunda instruction as the engine command takes it; options Cauce does not run are refused, not ignored. */
function engineInstruction(instruction: ModificationInstruction): EngineInstruction {
  refuseOption('ancestorActivityInstanceId', instruction.ancestorActivityInstanceId);
  refuseOption('cancelCurrentActiveActivityInstances', instruction.cancelCurrentActiveActivityInstances);
  refuseOption('transitionInstanceId', instruction.transitionInstanceId);
  if (instruction.type === 'cancel') {
    if (!instruction.activityId === !instruction.activityInstanceId)
      throw Errors.bodyInvalid('a cancel instruction needs exactly one of activityId and activityInstanceId');
    return { type: 'cancel', activityId: instruction.activityId, activityInstanceId: instruction.activityInstanceId };
  }
  if (instruction.type === 'startBeforeActivity') {
    if (!instruction.activityId) throw Errors.bodyInvalid('a startBeforeActivity instruction needs an activityId');
    const { variables, localVariables } = splitLocal(instruction.variables);
    return { type: 'startBeforeActivity', activityId: instruction.activityId, variables, localVariables };
  }
  throw Errors.notSupported(`modification instruction '${instruction.type}'`);
}

/** An instruction's variables, split by their `local` flag and read as typed values. */
function splitLocal(map: TriggerVariableMap | undefined) {
  // fromEntries makes own properties, so a `__proto__` name reaches readVariables (which refuses it)
  const entries = Object.entries(map ?? {}).map(([name, { local, ...value }]) => ({ name, local, value }));
  const only = (local: boolean): VariableMap =>
    Object.fromEntries(entries.filter((e) => Boolean(e.local) === local).map((e) => [e.name, e.value]));
  return { variables: readVariables(only(false)), localVariables: readVariables(only(true)) };
}

/** The SQL parameters $1…$12, or null when a filter cannot match anything. */
function instanceFilter(q: ProcessInstanceQuery): unknown[] | null {
  const ids = uuidListFilter(q.processInstanceIds);
  const superInstance = uuidFilter(q.superProcessInstance);
  const subInstance = uuidFilter(q.subProcessInstance);
  if (ids.none || superInstance.none || subInstance.none || q.suspended === true || q.active === false) return null;
  return [
    InstanceStates.active,
    ids.value,
    q.businessKey ?? null,
    q.businessKeyLike ?? null,
    q.processDefinitionId ?? null,
    q.processDefinitionKey ?? null,
    csvParam(q.processDefinitionKeyIn),
    superInstance.value,
    subInstance.value,
    q.rootProcessInstances ?? null,
    q.withIncident ?? null,
    q.incidentType ?? null,
  ];
}

/** A running instance, or 404 (unknown, not a UUID, or ended — ended instances are history). */
async function running(app: FastifyInstance, id: string): Promise<InstanceRow> {
  const row = isUuid(id) ? (await app.db.query<InstanceRow>(SQL.instanceSelect, [id])).rows[0] : undefined;
  if (!row || row.state !== InstanceStates.active) throw Errors.instanceNotFound(id);
  return row;
}
