import type { Engine } from '../commands/Engine';
import { CauceError } from '../errors';
import type { ProcessModel } from '../model/ProcessModel';

/**
 * The compiled model of a deployed process definition (nodes with their typed steps, flows), as the engine runs
 * it: for clients that need a procedure's steps before an instance exists. Served from the engine's definition
 * cache, so repeated reads cost nothing. An unknown id reads as undefined.
 * @public
 */
export async function definitionModel(engine: Engine, definitionId: string): Promise<ProcessModel | undefined> {
  try {
    return (await engine.definitions.get(engine.db, definitionId)).model;
  } catch (error) {
    if (error instanceof CauceError && error.code === 'CAUCE_ERR_DEFINITION_NOT_FOUND') return undefined;
    throw error;
  }
}
