/**
 * The part of @cauce/schemas a browser bundle may import (`@cauce/schemas/browser`): the vocabulary, tiny helpers and
 * the readers of a step's and an end event's settings (the designer's lint uses them),
 * nothing that needs Node (files, URLs) or ajv. The agent console imports from here, never from the package root.
 * @public
 */
export { LANGUAGES } from './languages';
export { ROLES } from './roles';
export { CHANNELS } from './channels';
export { SERVICE_REQUEST_STATES } from './serviceRequestStates';
export { VIEWER_ROLES } from './viewerRoles';
export { exhaustive } from './exhaustive';
export { readCauceStep, type CauceStep, type CauceUserTaskElement } from './cauceStep';
export { cauceModdleDescriptor } from './cauceModdle';
export { readCauceEndEvent, type CauceEndEvent, type CauceEndEventElement } from './cauceEndEvent';
export type { Channel, IdentificationLevel, Language, Role, ServiceRequestState, ViewerRole } from './generated/common';
