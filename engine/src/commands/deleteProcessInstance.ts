import type { Engine } from './Engine';

/** Cancels an instance (Camunda's DELETE /process-instance/{id}); it ends EXTERNALLY_TERMINATED, history kept. @public */
export async function deleteProcessInstance(engine: Engine, id: string, reason?: string): Promise<void> {
  await engine.command((q) => engine.onInstance(q, id, (run) => run.terminate(reason ?? 'deleted')));
}
