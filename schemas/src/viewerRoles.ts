import common from '../json/common.json';
import type { ViewerRole } from './generated/common';

/**
 * The roles a step can show a field to, or an end event hand the request to (`common.json#/$defs/viewerRole`, from
 * which the `ViewerRole` type is generated): a subset of {@link ROLES}. @public
 */
export const VIEWER_ROLES = common.$defs.viewerRole.enum as readonly ViewerRole[];
