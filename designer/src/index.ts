/**
 * @cauce/designer — where second-level specialists draw, check and publish procedures in the browser: the
 * designer's API (`/api/designer`), its store of drafts and versions, and the SPA served at `/disenador/`.
 * See CONTEXT.md. The composition root (`product/`) wires it to the channels (publishing, page previews, sign-in).
 * @public
 */
export const DESIGNER_BASE = '/disenador/';

export { designerApp, type DesignerAppOptions } from './server/designerApp';
