/**
 * `@cauce/engine/spa`: serving a Vite-built single-page app from fastify, built when stale — shared by the agent
 * console (`/agente/`) and the designer (`/disenador/`). Node only.
 */
export { spaPlugin, SPA_CSP, type SpaOptions } from './spaPlugin';
export { ensureSpaBuilt, spaBuildInputs, spaSourceHash, type SpaBuild, type SpaSources } from './ensureSpaBuilt';
