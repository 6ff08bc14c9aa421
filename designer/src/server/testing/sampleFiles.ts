import { readPackage } from '@cauce/procedure-kit';
import { samplesRoot } from '@cauce/procedures';
import type { PackageFilesMap } from '../store/DraftStore';

/** A sample package's files as the designer keeps them (tests only). @internal */
export async function sampleFiles(id: string): Promise<PackageFilesMap> {
  return Object.fromEntries((await readPackage(`${samplesRoot}/${id}`)).files);
}
