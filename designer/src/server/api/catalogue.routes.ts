import type { FastifyInstance } from 'fastify';
import { ref, replies } from './schemas';

/**
 * What the editor needs besides a procedure: the connectors' Camunda 7 element templates (the modeler's catalogue,
 * and what an export adds), and who the signed-in viewer is with what access (`read` or `write`).
 * @internal
 */
export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  const { templates, viewer } = app.designer;
  app.get(
    '/catalogue/templates',
    { config: { access: 'read' }, schema: { response: replies({ 200: ref('cauce-designer-templates') }) } },
    async () => templates,
  );
  app.get(
    '/me',
    { config: { access: 'read' }, schema: { response: replies({ 200: ref('cauce-designer-me') }) } },
    async (request) => {
      const { userId, role, access } = viewer(request);
      return { userId, role, access };
    },
  );
}
