/**
 * What a job row (`job.kind`) is: a timer of a waiting token (catch event, boundary, event-gateway target) or a
 * timer start event of a definition. The database checks the column against this object.
 * @public
 */
export const JobKinds = { timer: 'timer', timerStart: 'timerStart' } as const;

/** @public */
export type JobKindName = (typeof JobKinds)[keyof typeof JobKinds];
