/**
 * The states of a token (an activity instance) inside `process_instance.data`: moving, waiting for something
 * outside (a task, a timer, a message, a child), waiting at a join, or stopped at an incident. Stored in jsonb, so
 * no column constraint applies; only the interpreter writes them.
 * @public
 */
export const TokenStates = {
  active: 'active',
  waiting: 'waiting',
  joining: 'joining',
  incident: 'incident',
} as const;

/** @public */
export type TokenStateName = (typeof TokenStates)[keyof typeof TokenStates];
