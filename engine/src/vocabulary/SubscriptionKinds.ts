/**
 * What an event subscription (`event_subscription.kind`) waits for: a message (the only event the engine
 * correlates; signals and conditions are refused at deploy time). The database checks the column.
 * @public
 */
export const SubscriptionKinds = { message: 'message' } as const;

/** @public */
export type SubscriptionKindName = (typeof SubscriptionKinds)[keyof typeof SubscriptionKinds];
