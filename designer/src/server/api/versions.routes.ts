import type { FastifyInstance } from 'fastify';
import type { ProcedureParams, PublishBody, RollbackBody } from '../generated/apiTypes';
import { DesignerErrors } from '../errors';
import { publishVersion } from '../ops/publishVersion';
import { ref, replies } from './schemas';

/**
 * Publish the draft at the revision the specialist reviewed (a newer save in between is CAUCE_ERR_DRAFT_CONFLICT),
 * and roll back: an earlier version's files published again as a new version. Both audited with their reason.
 * @internal
 */
export async function versionRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.designer;
  const params = ref('cauce-designer-id');
  const published = replies({ 200: ref('cauce-designer-published') });

  app.post<{ Params: ProcedureParams; Body: PublishBody }>(
    '/procedures/:id/publish',
    { config: { access: 'write' }, schema: { params, body: ref('cauce-designer-publish'), response: published } },
    async (request) => {
      const { id } = request.params;
      const draft = await ctx.store.get(id);
      if (draft.archived_at) throw DesignerErrors.procedureArchived(id);
      if (draft.rev !== request.body.rev) {
        const at = draft.updated_at.toISOString();
        throw DesignerErrors.draftConflict(id, draft.updated_by, at, draft.rev, {
          rev: draft.rev,
          updatedBy: draft.updated_by,
          updatedAt: at,
        });
      }
      return publishVersion(ctx, ctx.viewer(request), {
        id,
        files: draft.files,
        kind: 'publish',
        fromVersion: null,
        reason: request.body.reason ?? '',
      });
    },
  );

  app.post<{ Params: ProcedureParams; Body: RollbackBody }>(
    '/procedures/:id/rollback',
    { config: { access: 'write' }, schema: { params, body: ref('cauce-designer-rollback'), response: published } },
    async (request) => {
      const { id } = request.params;
      const draft = await ctx.store.get(id);
      if (draft.archived_at) throw DesignerErrors.procedureArchived(id);
      const old = await ctx.store.version(id, request.body.version);
      if (!old) throw DesignerErrors.versionNotFound(id, request.body.version);
      return publishVersion(ctx, ctx.viewer(request), {
        id,
        files: old.files,
        kind: 'rollback',
        fromVersion: old.version,
        reason: request.body.reason ?? '',
      });
    },
  );
}
