/**
 * @cauce/channels/self-service — the citizen's self-service pages: server-rendered HTML that works without
 * JavaScript, rendering the session service's step view. See ../README.md and ../CONTEXT.md.
 * @packageDocumentation
 */
export { selfServicePages, type SelfServiceOptions } from './selfServicePages';
export { LANGUAGES } from './i18n';
export type { ErrorKind } from './pages/ErrorPage';
