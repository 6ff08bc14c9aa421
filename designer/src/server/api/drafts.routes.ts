import type { FastifyInstance } from 'fastify';
import type { CheckBody, IfMatchHeaders, ProcedureParams, SaveBody } from '../generated/apiTypes';
import { DesignerErrors } from '../errors';
import { diffPackages } from '../diff/diffPackages';
import { checkFiles } from '../package/checkFiles';
import { guardFiles } from '../package/guardFiles';
import { packageVariables } from '@cauce/procedure-kit';
import { ref, replies } from './schemas';

/** Revision a client names in `If-Match` (`3`, `"3"`, `W/"3"`). @internal */
export function ifMatchRev(header: string): number {
  return Number(header.replace(/^W\//, '').replace(/"/g, ''));
}

/**
 * The draft: save (If-Match: the revision the editor loaded; a stale one is CAUCE_ERR_DRAFT_CONFLICT with who saved
 * and when), check (the one package validator with the conventions, on the saved draft or on files sent), the
 * difference against the live version, and the variables a `{{placeholder}}` may use.
 * @internal
 */
export async function draftRoutes(app: FastifyInstance): Promise<void> {
  const { store, catalogue, viewer } = app.designer;
  const params = ref('cauce-designer-id');

  app.put<{ Params: ProcedureParams; Body: SaveBody; Headers: IfMatchHeaders }>(
    '/procedures/:id/draft',
    {
      config: { access: 'write' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        params,
        headers: ref('cauce-designer-if-match'),
        body: ref('cauce-designer-save'),
        response: replies({ 200: ref('cauce-designer-saved') }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const draft = await store.get(id);
      if (draft.archived_at) throw DesignerErrors.procedureArchived(id);
      guardFiles(request.body.files);
      const by = viewer(request).userId;
      const saved = await store.save(id, ifMatchRev(request.headers['if-match']), request.body.files, by);
      return reply
        .header('etag', `"${saved.rev}"`)
        .send({ rev: saved.rev, updatedAt: saved.at.toISOString(), updatedBy: by });
    },
  );

  app.post<{ Params: ProcedureParams; Body: CheckBody }>(
    '/procedures/:id/check',
    {
      config: { access: 'read' },
      bodyLimit: 20 * 1024 * 1024,
      schema: { params, body: ref('cauce-designer-check'), response: replies({ 200: ref('cauce-designer-findings') }) },
    },
    async (request) => {
      const files = request.body.files ?? (await store.get(request.params.id)).files;
      guardFiles(files);
      return (await checkFiles(request.params.id, files, catalogue)).findings;
    },
  );

  app.get<{ Params: ProcedureParams }>(
    '/procedures/:id/diff',
    { config: { access: 'read' }, schema: { params, response: replies({ 200: ref('cauce-designer-diff') }) } },
    async (request) => {
      const { id } = request.params;
      const [draft, live] = await Promise.all([store.get(id), store.version(id)]);
      return { liveVersion: live?.version ?? null, ...(await diffPackages(live?.files ?? {}, draft.files)) };
    },
  );

  app.get<{ Params: ProcedureParams }>(
    '/procedures/:id/variables',
    { config: { access: 'read' }, schema: { params, response: replies({ 200: ref('cauce-designer-variables') }) } },
    async (request) => {
      const { files } = await store.get(request.params.id);
      const { checked } = await checkFiles(request.params.id, files, catalogue);
      return { variables: packageVariables(checked, catalogue) };
    },
  );
}
