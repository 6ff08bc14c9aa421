/**
 * The events of the append-only history (`history_event.kind`): an instance starts and ends, an activity
 * instance (token) starts, ends or is cancelled, a token stops at an incident. The database checks the column.
 * @public
 */
export const HistoryKinds = {
  processStart: 'process_start',
  processEnd: 'process_end',
  activityStart: 'activity_start',
  activityEnd: 'activity_end',
  activityCancel: 'activity_cancel',
  incident: 'incident',
} as const;

/** @public */
export type HistoryKindName = (typeof HistoryKinds)[keyof typeof HistoryKinds];
