import { HistoryKinds } from './HistoryKinds';
import { IncidentTypes } from './IncidentTypes';
import { InstanceStates } from './InstanceStates';
import { JobKinds } from './JobKinds';
import { SubscriptionKinds } from './SubscriptionKinds';

/**
 * Every engine column that stores a word of the vocabulary, with the object its CHECK constraint must allow:
 * `checkedColumns.test.ts` reads the constraints of a migrated database and fails on any difference either way
 * (and prints the `alter table` a new migration needs). Migrations are immutable, so a new word is a new migration.
 * @internal
 */
export const checkedColumns: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'process_instance.state': InstanceStates,
  'job.kind': JobKinds,
  'event_subscription.kind': SubscriptionKinds,
  'incident.type': IncidentTypes,
  'history_event.kind': HistoryKinds,
};
