import type { Db, Engine } from '@cauce/engine';
import { publishProcedure } from '@cauce/channels';
import { listProcedures, loadProcedure } from '@cauce/procedures';

/**
 * Publishes the sample procedures (BPMN deployed, package files stored for the channels). An unchanged package
 * is skipped, so restarting the product does not pile up versions; one that fails is reported, not fatal.
 * @public
 */
export async function publishSamples(db: Db, engine: Engine, log: (line: string) => void): Promise<void> {
  for (const id of listProcedures()) {
    try {
      const result = await publishProcedure(db, engine, loadProcedure(id), { replace: true });
      if (result.published) log(`published sample procedure ${result.procedureId} ${result.version}`);
    } catch (error) {
      log(`could not publish ${id}: ${(error as Error).message}`);
    }
  }
}
