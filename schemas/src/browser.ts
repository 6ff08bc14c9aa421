/**
 * The part of @cauce/schemas a browser bundle may import (`@cauce/schemas/browser`): the vocabulary and tiny helpers,
 * nothing that needs Node (files, URLs) or ajv. The agent console imports from here, never from the package root.
 * @public
 */
export { LANGUAGES } from './languages';
export { ROLES } from './roles';
export { CHANNELS } from './channels';
export { SERVICE_REQUEST_STATES } from './serviceRequestStates';
export { exhaustive } from './exhaustive';
export type { Channel, Language, Role, ServiceRequestState, ViewerRole } from './generated/common';
