import type { FastifyInstance } from 'fastify';
import { queries as SQL } from '../../store/generated/sql';
import { csvParam, paging, uuidFilter } from './camunda';
import { incidentDto } from './dto';
import type { IncidentQuery } from './generated/types';
import { ref, replies } from './replies';

/**
 * GET /incident and /incident/count: open incidents — a failed external task at 0 retries, a FEEL expression
 * that failed, an uncaught BPMN error, a call activity whose process does not exist.
 * @internal
 */
export async function incidentRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: IncidentQuery }>(
    '/incident',
    {
      schema: {
        summary: 'List open incidents',
        querystring: ref('IncidentQuery'),
        response: replies({ 200: ref('IncidentList') }, 400),
      },
    },
    async (request) => {
      const filter = incidentFilter(request.query);
      return filter
        ? (await app.db.query(SQL.restIncidentList, [...filter, ...paging(request.query)])).rows.map(incidentDto)
        : [];
    },
  );

  app.get<{ Querystring: IncidentQuery }>(
    '/incident/count',
    {
      schema: {
        summary: 'Count open incidents',
        querystring: ref('IncidentQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = incidentFilter(request.query);
      return filter ? (await app.db.query(SQL.restIncidentCount, filter)).rows[0] : { count: 0 };
    },
  );
}

// helpers
/** The SQL parameters $1…$9, or null when a filter cannot match anything. */
function incidentFilter(q: IncidentQuery): unknown[] | null {
  const id = uuidFilter(q.incidentId);
  const instance = uuidFilter(q.processInstanceId);
  if (id.none || instance.none) return null;
  return [
    id.value,
    q.incidentType ?? null,
    q.incidentMessage ?? null,
    q.processDefinitionId ?? null,
    csvParam(q.processDefinitionKeyIn),
    instance.value,
    q.executionId ?? null,
    q.activityId ?? null,
    q.configuration ?? null,
  ];
}
