import { fileURLToPath } from 'node:url';
import { ensureSpaBuilt, spaBuildInputs, spaSourceHash, type SpaBuild, type SpaSources } from '@cauce/engine/spa';

/** The package folder (channels/agent-console), where index.html and vite.config.ts are. @internal */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Result of {@link ensureConsoleBuilt}. @public */
export type ConsoleBuild = SpaBuild;

/**
 * What the console's build reads: its sources, shell, Vite config and dependencies, and the sources of the workspace
 * package the bundle takes code from (@cauce/forms). @internal
 */
export function consoleSources(root: string = PACKAGE_ROOT): SpaSources {
  return { root, workspaceSources: ['@cauce/forms'] };
}

/**
 * Makes sure the console's dist holds a Vite build of the current sources (the engine's shared `ensureSpaBuilt`:
 * hash stamp, one build at a time under a lock). @public
 */
export function ensureConsoleBuilt(
  opts: { root?: string; distDir?: string; force?: boolean } = {},
): Promise<ConsoleBuild> {
  return ensureSpaBuilt({ ...consoleSources(opts.root), distDir: opts.distDir, force: opts.force });
}

/** The files and folders the console's build reads. @internal */
export function buildInputs(root: string = PACKAGE_ROOT): string[] {
  return spaBuildInputs(consoleSources(root));
}

/** The hash of the console's build inputs. @internal */
export function sourceHash(root: string = PACKAGE_ROOT): Promise<string> {
  return spaSourceHash(consoleSources(root));
}
