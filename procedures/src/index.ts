import { fileURLToPath } from 'node:url';
import { listProcedures, loadProcedure, type ProcedurePackage } from '@cauce/procedure-kit';

/**
 * @cauce/procedures — the six sample procedure packages (data: one folder each) and where they are. Reading,
 * checking and running them is @cauce/procedure-kit's; `npm start` (product/) publishes them from
 * {@link samplesRoot}. See CONTEXT.md; connector topics in CONNECTORS.md.
 */

/** The folder holding the sample packages and CONNECTORS.md (this package's root). @public */
export const samplesRoot: string = fileURLToPath(new URL('..', import.meta.url));

/** Ids of the sample packages, sorted. @public */
export function listSamples(): string[] {
  return listProcedures(samplesRoot);
}

/** Reads one sample package (procedure-kit's `loadProcedure` under {@link samplesRoot}). @public */
export function loadSample(id: string): ProcedurePackage {
  return loadProcedure(id, { root: samplesRoot });
}
