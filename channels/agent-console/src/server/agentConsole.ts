import { spaPlugin } from '@cauce/engine/spa';
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
 * index.html (the SPA's shell, never cached, with a strict CSP). Before the first request the build is made once if
 * the dist is missing or stale, so `npm start` needs no separate build step.
 * @public
 */
export function agentConsole(opts: AgentConsoleOptions = {}) {
  return spaPlugin({ name: 'agent console', ...opts, ...consoleSources(opts.root ?? PACKAGE_ROOT) });
}
