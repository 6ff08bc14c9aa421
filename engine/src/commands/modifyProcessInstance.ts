import { Errors } from '../errorCodes';
import type { Run } from '../interpreter/Run';
import type { Variables } from '../variables/TypedValue';
import type { Engine, InstanceRow } from './Engine';

/** One instruction of a process instance modification (Camunda 7's, the kinds Cauce runs). @public */
export type ModificationInstruction =
  /** every token at `activityId`, or the one activity instance `activityInstanceId` (a token id) */
  | { type: 'cancel'; activityId?: string; activityInstanceId?: string }
  /** a fresh token enters `activityId`; `variables` go where they live (else the process scope), `localVariables` onto the new activity instance */
  | { type: 'startBeforeActivity'; activityId: string; variables?: Variables; localVariables?: Variables };

/** @public */
export interface ModifyProcessInstanceInput {
  instructions: ModificationInstruction[];
  /** accepted for Camunda clients; Cauce runs no custom listeners */
  skipCustomListeners?: boolean;
  /** Cauce extension: before the instructions, the process scope's variables become exactly these */
  replaceVariables?: Variables;
  /** why, in the history of an instance the modification leaves without tokens */
  annotation?: string;
}

/**
 * Camunda 7's process instance modification: cancels tokens and starts new ones in one command (one transaction
 * under the instance's optimistic lock). Cancelled tokens lose their open work (user and external tasks, timers,
 * subscriptions, called children) exactly as when a boundary event interrupts them; history records
 * `activity_cancel` and `activity_start`. Only activities of the process scope: an activity inside a subprocess or
 * a multi-instance body is refused (CAUCE_ERR_MODIFICATION_UNSUPPORTED), as are instructions that change nothing.
 * An instance left with no token ends EXTERNALLY_TERMINATED.
 * @public
 */
export async function modifyProcessInstance(
  engine: Engine,
  instanceId: string,
  input: ModifyProcessInstanceInput,
): Promise<InstanceRow> {
  if (!Array.isArray(input?.instructions) || input.instructions.length === 0)
    throw Errors.bodyInvalid('a modification needs at least one instruction');
  return engine.command(async (q) => {
    const { row } = await engine.onInstance(q, instanceId, (run, row) => {
      if (input.replaceVariables) run.replaceRootVariables(input.replaceVariables);
      for (const instruction of input.instructions) apply(run, row, instruction);
      run.endIfNoToken(input.annotation ?? 'modified: no token left');
    });
    return row;
  });
}

// helpers
function apply(run: Run, row: InstanceRow, instruction: ModificationInstruction): void {
  switch (instruction?.type) {
    case 'cancel': {
      if (instruction.activityInstanceId !== undefined) {
        const token = Object.hasOwn(run.data.tokens, instruction.activityInstanceId)
          ? run.data.tokens[instruction.activityInstanceId]
          : undefined;
        if (token && token.scope !== run.data.root)
          throw Errors.modificationUnsupported(
            token.node,
            'only activity instances of the process scope can be cancelled, not ones inside a subprocess or multi-instance body',
          );
        if (!run.cancelActivityInstance(instruction.activityInstanceId))
          throw Errors.activityInstanceNotFound(instruction.activityInstanceId);
        return;
      }
      const activityId = processScopeActivity(run, row, instruction.activityId, 'cancel');
      if (run.cancelActivity(activityId) === 0) throw Errors.activityNotActive(row.id, activityId);
      return;
    }
    case 'startBeforeActivity': {
      const activityId = processScopeActivity(run, row, instruction.activityId, 'startBeforeActivity');
      run.startBeforeActivity(activityId, instruction.variables, instruction.localVariables);
      return;
    }
    default:
      throw Errors.notSupported(`modification instruction '${String((instruction as { type?: unknown })?.type)}'`);
  }
}

/** The activity, when the definition has it in its process scope. */
function processScopeActivity(run: Run, row: InstanceRow, activityId: string | undefined, what: string): string {
  if (typeof activityId !== 'string' || !activityId)
    throw Errors.bodyInvalid(`${what} needs an activityId or activityInstanceId`);
  const node = Object.hasOwn(run.model.nodes, activityId) ? run.model.nodes[activityId] : undefined;
  if (!node) throw Errors.activityNotFound(row.definition_id, activityId);
  if (node.scope !== run.model.id)
    throw Errors.modificationUnsupported(
      activityId,
      'only activities of the process scope can be modified, not ones inside a subprocess',
    );
  return activityId;
}
