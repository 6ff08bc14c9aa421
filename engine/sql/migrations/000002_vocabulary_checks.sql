-- The database checks the words the engine stores, each against its `as const` object in engine/src/vocabulary
-- (InstanceStates, JobKinds, SubscriptionKinds, IncidentTypes, HistoryKinds). checkedColumns.test.ts compares these
-- checks with those objects either way, so the two cannot drift: a new word needs a new migration here.
alter table process_instance
  add constraint process_instance_state_check check (state in ('ACTIVE', 'COMPLETED', 'EXTERNALLY_TERMINATED'));

alter table job
  add constraint job_kind_check check (kind in ('timer', 'timerStart'));

alter table event_subscription
  add constraint event_subscription_kind_check check (kind in ('message'));

alter table incident
  add constraint incident_type_check
  check (type in ('failedExpression', 'endlessLoop', 'unhandledBpmnError', 'failedExternalTask', 'failedCallActivity'));

alter table history_event
  add constraint history_event_kind_check
  check (kind in ('process_start', 'process_end', 'activity_start', 'activity_end', 'activity_cancel', 'incident'));
