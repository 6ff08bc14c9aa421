-- The database checks the vocabulary the code keeps (@cauce/schemas, common.json): roles and channels wherever a
-- row stores one. 000001 already checks languages, channels of sessions and requests, and service-request states.
-- vocabularyChecks.test.ts compares every such check with the lists in @cauce/schemas, so the two cannot drift:
-- a change of vocabulary needs a new migration here.
alter table session
  add constraint session_owner_role_check
  check (owner_role in ('citizen', 'agent-l1', 'agent-l2', 'supervisor', 'specialist', 'integrator', 'admin'));

alter table step_answer
  add constraint step_answer_actor_role_check
  check (actor_role in ('citizen', 'agent-l1', 'agent-l2', 'supervisor', 'specialist', 'integrator', 'admin')),
  add constraint step_answer_channel_check check (channel in ('agent', 'web'));

alter table audit_log
  add constraint audit_log_role_check
  check (role in ('citizen', 'agent-l1', 'agent-l2', 'supervisor', 'specialist', 'integrator', 'admin')),
  add constraint audit_log_channel_check check (channel in ('agent', 'web'));
