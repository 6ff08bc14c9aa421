import { Engine, openPglite, pgliteTemplate } from '@cauce/engine';

/**
 * An engine on a new in-memory PGlite database for `cauce test`. It starts from the migrated
 * template tarball (kept in the OS temp folder, ≈ 0.7 s instead of ≈ 4 s for initdb and the
 * migrations), so repeated runs start fast.
 * @internal
 */
export async function openScenarioEngine(): Promise<{ engine: Engine; close(): Promise<void> }> {
  const db = await openPglite({ loadDataDir: await pgliteTemplate() });
  return { engine: new Engine({ db }), close: () => db.close() };
}
