/**
 * @cauce/designer — where second-level specialists draw, check and publish procedures in the browser: the
 * designer's API (`/api/designer`), its store of drafts and versions, and the SPA served at `/disenador/`.
 * See CONTEXT.md. The composition root (`product/`) wires it to the channels (publishing, page previews, sign-in).
 * @public
 */
export const DESIGNER_BASE = '/disenador/';

export { designerApp, type DesignerAppOptions } from './server/designerApp';
export { designerApi } from './server/designerApi';
export type { DesignerApiOptions, DesignerViewer, PublishRecord } from './server/api/DesignerApiOptions';
export { DESIGNER_ACCESS, type DesignerAccess } from './server/api/access';
export { migrateDesigner, designerMigrations } from './server/store/migrateDesigner';
export { DesignerErrors, designerErrorRegistry } from './server/errors';
export { VersionKinds, type VersionKind } from './server/store/VersionKinds';
export { readPackageZip } from './server/zip/readPackageZip';
export { writePackageZip } from './server/zip/writePackageZip';
export { ZIP_LIMITS } from './server/zip/zipLimits';
export type * from './server/generated/apiTypes';
