/**
 * The states of a process instance (`process_instance.state`), Camunda's words. The database checks the column
 * against this object (migration 000002, `checkedColumns.test.ts`).
 * @public
 */
export const InstanceStates = {
  active: 'ACTIVE',
  completed: 'COMPLETED',
  terminated: 'EXTERNALLY_TERMINATED',
} as const;

/** @public */
export type InstanceStateName = (typeof InstanceStates)[keyof typeof InstanceStates];
