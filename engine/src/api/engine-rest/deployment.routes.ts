import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { deploy, type DeployInput } from '../../commands/deploy';
import { CauceError } from '../../errors';
import { Errors } from '../../errorCodes';
import { loadBpmn } from '../../model/loadBpmn';
import { queries as SQL } from '../../store/generated/sql';
import { csvParam, paging, uuidFilter } from './camunda';
import { deployedDefinitionDto, deploymentDto } from './dto';
import type { DeploymentQuery, DeploymentWithDefinitions } from './generated/types';
import { ref, replies } from './replies';

/** Multipart deployments may be larger than JSON bodies: up to 10 MiB in all. @public */
export const DEPLOYMENT_LIMIT_BYTES = 10 * 1024 * 1024;
/** Form parts Camunda reads as options; every other part is a resource. */
const OPTION_PARTS = new Set([
  'deployment-name',
  'deployment-source',
  'tenant-id',
  'enable-duplicate-filtering',
  'deploy-changed-only',
  'deployment-activation-time',
]);

/**
 * POST /deployment/create (multipart, exactly as Camunda Modeler sends it), GET /deployment, /count, /{id}.
 * Multipart is parsed only in this plugin's context; elsewhere it is a 415. A refused BPMN file is a 400 whose
 * `details` list, per resource, every element the engine cannot execute (Camunda's ParseException shape,
 * which Camunda Modeler shows), and nothing is deployed.
 * @internal
 */
export async function deploymentRoutes(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: { fileSize: DEPLOYMENT_LIMIT_BYTES, files: 100, fields: 20, parts: 120 } });

  app.post(
    '/deployment/create',
    {
      bodyLimit: DEPLOYMENT_LIMIT_BYTES,
      schema: {
        summary:
          'Deploy BPMN resources (multipart/form-data: deployment-name, deployment-source, tenant-id, one part per file)',
        consumes: ['multipart/form-data'],
        response: replies({ 200: ref('DeploymentWithDefinitions') }, 400, 413, 415),
      },
    },
    async (request): Promise<DeploymentWithDefinitions> => {
      const input = await readDeployment(request);
      let result;
      try {
        result = await deploy(app.engine, input);
      } catch (error) {
        throw error instanceof CauceError && error.code.startsWith('CAUCE_ERR_BPMN_')
          ? await withParseDetails(error, input)
          : error;
      }
      const definitions = Object.fromEntries(
        result.definitions.map((d) => [d.id, deployedDefinitionDto(d, result.tenantId)]),
      );
      return {
        ...deploymentDto(request, {
          id: result.id,
          name: result.name,
          source: result.source,
          tenant_id: result.tenantId,
          deployed_at: result.deploymentTime,
        }),
        deployedProcessDefinitions: result.definitions.length ? definitions : null,
        deployedCaseDefinitions: null,
        deployedDecisionDefinitions: null,
        deployedDecisionRequirementsDefinitions: null,
      };
    },
  );

  app.get<{ Querystring: DeploymentQuery }>(
    '/deployment',
    {
      schema: {
        summary: 'List deployments',
        querystring: ref('DeploymentQuery'),
        response: replies({ 200: ref('DeploymentList') }, 400),
      },
    },
    async (request) => {
      const filter = deploymentFilter(request.query);
      if (!filter) return [];
      const { rows } = await app.db.query(SQL.restDeploymentList, [...filter, ...paging(request.query)]);
      return rows.map((row) => deploymentDto(request, row));
    },
  );

  app.get<{ Querystring: DeploymentQuery }>(
    '/deployment/count',
    {
      schema: {
        summary: 'Count deployments',
        querystring: ref('DeploymentQuery'),
        response: replies({ 200: ref('Count') }, 400),
      },
    },
    async (request) => {
      const filter = deploymentFilter(request.query);
      if (!filter) return { count: 0 };
      return (await app.db.query(SQL.restDeploymentCount, filter)).rows[0];
    },
  );

  app.get<{ Params: { id: string } }>(
    '/deployment/:id',
    {
      schema: {
        summary: 'One deployment',
        params: ref('IdParams'),
        response: replies({ 200: ref('Deployment') }, 404),
      },
    },
    async (request) => {
      const id = uuidFilter(request.params.id);
      const row = id.none
        ? undefined
        : (await app.db.query(SQL.restDeploymentList, [id.value, null, null, null, null, null, 0, 1])).rows[0];
      if (!row) throw Errors.deploymentNotFound(request.params.id);
      return deploymentDto(request, row);
    },
  );
}

// helpers
/** The SQL parameters $1…$6, or null when the id filter cannot match anything. */
function deploymentFilter(q: DeploymentQuery): unknown[] | null {
  const id = uuidFilter(q.id);
  if (id.none) return null;
  return [
    id.value,
    q.name ?? null,
    q.nameLike ?? null,
    q.source ?? null,
    csvParam(q.tenantIdIn),
    q.withoutTenantId ?? null,
  ];
}

async function readDeployment(request: FastifyRequest): Promise<DeployInput> {
  if (!request.isMultipart()) throw Errors.unsupportedMediaType(request.headers['content-type'] ?? '(none)');
  const input: DeployInput = { resources: [] };
  let total = 0;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      total += content.length;
      if (total > DEPLOYMENT_LIMIT_BYTES) throw Errors.bodyTooLarge(DEPLOYMENT_LIMIT_BYTES);
      input.resources.push({ name: part.filename || part.fieldname, content: content.toString('utf8') });
    } else if (part.fieldname === 'deployment-name') input.name = String(part.value);
    else if (part.fieldname === 'deployment-source') input.source = String(part.value);
    else if (part.fieldname === 'tenant-id') input.tenantId = String(part.value) || undefined;
    else if (!OPTION_PARTS.has(part.fieldname))
      input.resources.push({ name: part.fieldname, content: String(part.value) });
  }
  return input;
}

/**
 * Adds Camunda's ParseException details to a refusal: for each refused resource, its errors with line and
 * element ids (every resource is checked, not only the first that failed).
 */
async function withParseDetails(error: CauceError, input: DeployInput): Promise<CauceError> {
  const details: Record<string, { errors: unknown[]; warnings: unknown[] }> = {};
  for (const resource of input.resources.filter((r) => /\.(bpmn|bpmn20\.xml)$/i.test(r.name))) {
    const result = await loadBpmn(resource.content, resource.name);
    if (result.ok) continue;
    const errors = result.unsupported?.length
      ? result.unsupported.map((u) => ({
          message: u.reason,
          type: u.type,
          line: u.line ?? null,
          column: null,
          mainElementId: u.elementId ?? null,
          elementIds: u.elementId ? [u.elementId] : [],
        }))
      : [{ message: result.error.message, type: null, line: null, column: null, mainElementId: null, elementIds: [] }];
    details[resource.name] = { errors, warnings: [] };
  }
  return new CauceError(error.code, error.type, error.statusCode, error.message, details);
}
