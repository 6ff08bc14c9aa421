import type { FastifyInstance } from 'fastify';
import { parseBpmn } from '@cauce/procedure-kit';
import type { PreviewBody, ProcedureParams } from '../generated/apiTypes';
import { DesignerErrors } from '../errors';
import { guardFiles } from '../package/guardFiles';
import { packageOf } from '../package/packageOf';
import { ref, replies } from './schemas';

/**
 * The self-service page of a step as the citizen will get it, with the draft's form and texts (or the files sent):
 * the channels' own renderer, injected by product (`previewPage`), so there is no third form renderer. HTML, for a
 * sandboxed iframe; nothing is stored, no session opened.
 * @internal
 */
export async function previewRoutes(app: FastifyInstance): Promise<void> {
  const { store, options } = app.designer;
  app.post<{ Params: ProcedureParams; Body: PreviewBody }>(
    '/procedures/:id/preview',
    {
      config: { access: 'read' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        params: ref('cauce-designer-id'),
        body: ref('cauce-designer-preview'),
        response: replies({ 200: { type: 'string' } }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { step, language } = request.body;
      const files = request.body.files ?? (await store.get(id)).files;
      guardFiles(files);
      const pkg = packageOf(id, files);
      if (!(await isUserTask(pkg.xml, step))) throw DesignerErrors.stepNotFound(id, step);
      const html = await options.previewPage(pkg, step, language);
      return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    },
  );
}

// helpers
async function isUserTask(xml: string, step: string): Promise<boolean> {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) return false;
  const find = (container: any): boolean =>
    (container?.flowElements ?? []).some((e: any) => (e.id === step && e.$type === 'bpmn:UserTask') || find(e));
  return (parsed.value.definitions?.rootElements ?? []).some(find);
}
