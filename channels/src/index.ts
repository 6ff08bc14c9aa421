/**
 * @cauce/channels — the session service behind every channel (the step view, identification, service requests,
 * hand-off, roles), its storage, the `/api` routes, and the contract the renderers build on. See CONTEXT.md.
 */
export type * from './contract';
export { createSessionService, type SessionServiceOptions } from './session/createSessionService';
export { publishProcedure, type PublishResult } from './packages/publishProcedure';
export { publishPackages } from './packages/publishPackages';
export { migrateChannels, channelsMigrations } from './store/migrateChannels';
export { channelsApi, type ChannelsApiOptions } from './api/channelsApi';
export { DemoAuth, DEMO_USERS, type DemoUser } from './api/demoAuth';
export { ChannelsErrors, channelsErrorRegistry } from './errors';
export { httpCorporateSystems, type CorporateSystems, type CitizenRecord } from './identity/CorporateSystems';
export { newReference, parseReference } from './session/referenceCode';
