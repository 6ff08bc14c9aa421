import type { Db, Engine } from '@cauce/engine';
import { listProcedures, loadProcedure } from '@cauce/procedure-kit';
import { publishProcedure, type PublishResult } from './publishProcedure';

/**
 * Publishes every procedure package in a folder (each `<root>/<id>/` with a procedure.json). The composition root
 * (`npm start`) passes the sample procedures' folder. One package that fails — a package still being written — is
 * reported and skipped, never stops the others or the start.
 * @public
 */
export async function publishPackages(
  db: Db,
  engine: Engine,
  opts: { root: string; replace?: boolean },
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
