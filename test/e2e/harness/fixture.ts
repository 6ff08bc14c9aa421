import { readFileSync } from 'node:fs';
import type { DeploymentFile } from './EngineRest';

/** A BPMN file beside the e2e tests, as a deployment file. @internal */
export function fixture(name: string): DeploymentFile {
  return { name, content: readFileSync(new URL(`../${name}`, import.meta.url), 'utf8') };
}
