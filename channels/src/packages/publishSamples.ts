import type { Db, Engine } from '@cauce/engine';
import { listProcedures, loadProcedure } from '@cauce/procedures';
import { publishProcedure, type PublishResult } from './publishProcedure';

/**
 * Publishes every sample procedure under procedures/ (what `npm start` loads). One package that fails — a sample
 * still being written — is reported and skipped, never stops the others or the start.
 * @public
 */
export async function publishSamples(
  db: Db,
  engine: Engine,
  opts: { root?: string; replace?: boolean } = {},
): Promise<{ published: PublishResult[]; failed: Array<{ id: string; error: string }> }> {
  const published: PublishResult[] = [];
  const failed: Array<{ id: string; error: string }> = [];
  for (const id of listProcedures(opts.root)) {
    try {
      published.push(
        await publishProcedure(db, engine, loadProcedure(id, { root: opts.root }), { replace: opts.replace }),
      );
    } catch (error) {
      failed.push({ id, error: (error as Error).message });
    }
  }
  return { published, failed };
}
