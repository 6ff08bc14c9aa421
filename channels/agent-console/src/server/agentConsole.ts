import { SPA_CSP, spaPlugin } from '@cauce/engine/spa';
import { consoleSources, PACKAGE_ROOT } from './buildConsole';

/** Options of {@link agentConsole}. @public */
export interface AgentConsoleOptions {
  /** the package folder to build from; default channels/agent-console */
  root?: string;
  /** where the build is (and goes); default `<root>/dist` */
  distDir?: string;
  /** `if-stale` (default): build once when the dist is missing or older than the sources; `never`: serve what is there */
  build?: 'if-stale' | 'never';
  /** told when the console was built, and how long it took */
  log?: (line: string) => void;
}

/**
 * Serves the agent console's Vite build with the engine's shared `spaPlugin`. Register it under `/agente`
 * (`buildApp({ plugins: [{ plugin: agentConsole(), prefix: '/agente' }] })`): `/agente` redirects to `/agente/`,
 * hashed assets are served with a year of immutable caching (gzip when asked), and every other path gets
 * index.html (the SPA's shell, never cached, with a strict CSP that lets only its own origin frame it). Before the
 * first request the build is made once if the dist is missing or stale, so `npm start` needs no separate build step.
 * @public
 */
export function agentConsole(opts: AgentConsoleOptions = {}) {
  return spaPlugin({ name: 'agent console', csp: CONSOLE_CSP, ...opts, ...consoleSources(opts.root ?? PACKAGE_ROOT) });
}

/**
 * The shared strict policy, but framable by pages of its own origin: the designer shows the console's preview mode
 * (`/agente/?vista-previa`) in an iframe. Other sites still cannot frame it.
 * @internal
 */
export const CONSOLE_CSP = SPA_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
