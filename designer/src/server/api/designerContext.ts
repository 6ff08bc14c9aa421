import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { catalogueOf, type ConnectorCatalogue } from '@cauce/procedure-kit';
import { Errors } from '@cauce/engine';
import { DesignerErrors } from '../errors';
import { DraftStore } from '../store/DraftStore';
import { DESIGNER_ACCESS, type DesignerAccess } from './access';
import type { DesignerApiOptions, DesignerViewer } from './DesignerApiOptions';

declare module 'fastify' {
  interface FastifyInstance {
    /** What every /api/designer route works with: the store, the injected seams, the connectors' catalogue. */
    designer: DesignerContext;
  }
  interface FastifyContextConfig {
    /** what a designer route does: `read` (supervisors too) or `write` (specialists only) */
    access?: DesignerAccess;
  }
}

/** The /api/designer decorator. @internal */
export interface DesignerContext {
  store: DraftStore;
  options: DesignerApiOptions;
  /** the element templates and the catalogue the check reads their topics and outputs from */
  templates: readonly unknown[];
  catalogue: ConnectorCatalogue;
  /** the viewer a request was let in as (set by the access hook) */
  viewer(request: FastifyRequest): DesignerViewer & { access: DesignerAccess };
  /** runs `fn` after every earlier publish or rollback of the same procedure in this process */
  serially<T>(procedureId: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * Decorates /api/designer with `designer` ({@link DesignerContext}) and lets a request in only when the injected
 * `authenticate` names a viewer (else CAUCE_ERR_UNAUTHORIZED) whose role may do what the route declares
 * (`config.access`): agents and citizens are refused everywhere, supervisors on every write.
 * @internal
 */
export const designerContext = fp<DesignerApiOptions>(
  async (app, opts) => {
    const store = new DraftStore(opts.db ?? app.db, opts.clock);
    const templates = opts.templates();
    const viewers = new WeakMap<FastifyRequest, DesignerViewer & { access: DesignerAccess }>();
    const queues = new Map<string, Promise<unknown>>();
    app.decorate('designer', {
      store,
      options: opts,
      templates,
      catalogue: catalogueOf(templates),
      viewer(request) {
        const viewer = viewers.get(request);
        if (!viewer) throw Errors.unauthorized();
        return viewer;
      },
      serially(procedureId, fn) {
        const run = (queues.get(procedureId) ?? Promise.resolve()).then(fn, fn);
        queues.set(
          procedureId,
          run.catch(() => undefined),
        );
        return run;
      },
    } satisfies DesignerContext);
    app.addHook('onRequest', async (request) => {
      const need = request.routeOptions.config.access;
      if (!need) return; // unknown routes: the not-found handler answers
      const viewer = await opts.authenticate(request);
      if (!viewer) throw Errors.unauthorized();
      const access = DESIGNER_ACCESS[viewer.role];
      if (!access) throw DesignerErrors.forbidden(viewer.role);
      if (need === 'write' && access !== 'write') throw DesignerErrors.readOnly(viewer.role);
      viewers.set(request, { ...viewer, access });
    });
  },
  { name: 'cauce-designer-api', fastify: '5.x', dependencies: ['cauce-core'] },
);
