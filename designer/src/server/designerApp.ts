import { fileURLToPath } from 'node:url';
import { SPA_CSP, spaPlugin, type SpaSources } from '@cauce/engine/spa';

/** The package folder (designer/), where index.html and vite.config.ts are. @internal */
export const DESIGNER_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Options of {@link designerApp}. @public */
export interface DesignerAppOptions {
  /** where the build is (and goes); default designer/dist */
  distDir?: string;
  /** `if-stale` (default): build once when the dist is missing or older than the sources; `never`: serve what is there */
  build?: 'if-stale' | 'never';
  /** told when the designer was built, and how long it took */
  log?: (line: string) => void;
}

/**
 * What the designer's build reads: its shell, config, package.json, the SPA (`src/app`), the bpmn-js modules
 * (`src/modeler`) and the workspace packages the bundle takes code from. @internal
 */
export function designerSources(root: string = DESIGNER_ROOT): SpaSources {
  return {
    root,
    inputs: ['index.html', 'vite.config.ts', 'package.json', 'src/app', 'src/modeler'],
    workspaceSources: ['@cauce/schemas', '@cauce/forms', '@cauce/procedure-kit'],
  };
}

/**
 * The shared strict policy with the two things bpmn-js needs, and nothing more (found by the browser suites, which
 * fail on any CSP violation): style *attributes* that diagram-js and the bpmn.io watermark write as HTML
 * (`style-src-attr`; `<style>` elements and scripts stay refused), and bpmn-font's glyphs, embedded in its CSS as
 * `data:` fonts. Fonts cannot run code, and style attributes cannot select or exfiltrate anything.
 * @internal
 */
export const DESIGNER_CSP = SPA_CSP.replace(
  "style-src 'self';",
  "style-src 'self'; style-src-attr 'unsafe-inline';",
).replace("font-src 'self';", "font-src 'self' data:;");

/**
 * Serves the designer's SPA at `/disenador/` (register it with that prefix) with the engine's shared `spaPlugin`:
 * built once when stale, the shell uncached with a strict CSP (own origin only, no inline script; DESIGNER_CSP), hashed
 * assets immutable. The product mounts it beside `designerApi` (`/api/designer`).
 * @public
 */
export function designerApp(opts: DesignerAppOptions = {}) {
  return spaPlugin({ name: 'designer', csp: DESIGNER_CSP, ...opts, ...designerSources() });
}
