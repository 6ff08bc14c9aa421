import type { FastifyInstance, RouteOptions } from 'fastify';
import { requireRouteSchemas } from '@cauce/engine';
import { catalogueRoutes } from './api/catalogue.routes';
import { designerContext } from './api/designerContext';
import type { DesignerApiOptions } from './api/DesignerApiOptions';
import { useDesignerErrors } from './api/designerErrors';
import { draftRoutes } from './api/drafts.routes';
import { fileRoutes } from './api/files.routes';
import { previewRoutes } from './api/preview.routes';
import { procedureRoutes } from './api/procedures.routes';
import { designerSchemas } from './api/schemas';
import { versionRoutes } from './api/versions.routes';

/**
 * The designer's API, registered under `/api/designer` (`buildApp({ plugins: [{ plugin: designerApi, prefix:
 * '/api/designer', options }] })`) as its own encapsulation context in the engine-rest style: one plugin per area
 * (`api/<area>.routes.ts`), every route schema-first (`$id` schemas, generated types; `requireRouteSchemas` refuses a
 * route without response or 4xx schemas) and declaring its access (`config.access`: read | write, refused at
 * registration when missing), errors `{ type, code, message }` in the caller's language. Sign-in, publishing,
 * previews, templates and audit come in as options (DesignerApiOptions) wired by product/. See docs/designer.md.
 * @public
 */
export async function designerApi(app: FastifyInstance, opts: DesignerApiOptions): Promise<void> {
  for (const schema of designerSchemas) app.addSchema(schema);
  app.addHook('onRoute', requireRouteSchemas);
  app.addHook('onRoute', requireAccess);
  useDesignerErrors(app);
  await app.register(designerContext, opts);
  await app.register(procedureRoutes);
  await app.register(draftRoutes);
  await app.register(versionRoutes);
  await app.register(fileRoutes);
  await app.register(catalogueRoutes);
  await app.register(previewRoutes);
}

// helpers
/** A designer route says whether it reads or writes, so the access hook can never let a new route through unchecked. */
function requireAccess(route: RouteOptions): void {
  const access = (route.config as { access?: unknown } | undefined)?.access;
  if (access !== 'read' && access !== 'write')
    throw new Error(`route ${String(route.method)} ${route.url} declares no config.access ('read' or 'write')`);
}
