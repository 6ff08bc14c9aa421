import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildApp, type Db } from '@cauce/engine';
import { CONNECTORS } from '@cauce/connectors';
import type { ProcedurePackage } from '@cauce/procedure-kit';
import type { Role } from '@cauce/schemas';
import type { DesignerApiOptions, PublishRecord } from '../api/DesignerApiOptions';
import { designerApi } from '../designerApi';
import { migrateDesigner } from '../store/migrateDesigner';

/** What a test app saw through the designer's injected seams. @internal */
export interface DesignerTestApp {
  app: FastifyInstance;
  routes: Array<{ method: string; url: string }>;
  published: Array<{ pkg: ProcedurePackage; record: PublishRecord }>;
  audited: PublishRecord[];
  /** headers that sign a request in as `role` (user `<role>-user`), or none for anonymous */
  as(role: Role | 'anonymous'): Record<string, string>;
}

/**
 * The designer's API on an engine app over `db`, with test seams: a viewer from the `x-test-role` header, a publish
 * that keeps the packages it is given, a preview that names the step and language, the real connectors' templates.
 * Tests only.
 * @internal
 */
export async function designerTestApp(db: Db): Promise<DesignerTestApp> {
  await migrateDesigner(db);
  const routes: DesignerTestApp['routes'] = [];
  const published: DesignerTestApp['published'] = [];
  const audited: PublishRecord[] = [];
  const app = buildApp({
    db,
    onRoute: (route: RouteOptions) => {
      if (route.url.startsWith('/api/designer/') && route.method !== 'HEAD')
        routes.push({ method: String(route.method), url: route.url });
    },
    plugins: [
      {
        plugin: designerApi,
        prefix: '/api/designer',
        options: {
          authenticate: (request) => {
            const role = request.headers['x-test-role'];
            return typeof role === 'string' ? { userId: `${role}-user`, role: role as Role } : undefined;
          },
          publish: async (pkg, record) => {
            published.push({ pkg, record });
            return { deploymentId: `deployment-${published.length}` };
          },
          previewPage: (pkg, step, language) => `<!doctype html><p>${pkg.id} ${step} ${language}</p>`,
          templates: () => CONNECTORS.map((c) => c.template),
          audit: (record) => {
            audited.push(record);
          },
        } satisfies DesignerApiOptions,
      },
    ],
  });
  await app.ready();
  return {
    app,
    routes,
    published,
    audited,
    as: (role): Record<string, string> => (role === 'anonymous' ? {} : { 'x-test-role': role }),
  };
}
