-- Cauce channels: published procedure packages, service requests, channel sessions, their step log,
-- idempotent submissions and the access audit. Runs after the engine's migrations (same schema), recorded in
-- channels_migration. Same text on PostgreSQL and PGlite.

-- A published procedure package: the BPMN is deployed to the engine; the rest of the package lives here.
create table procedure_package (
  procedure_id text not null,
  version text not null,
  deployment_id uuid not null,
  definition_id text not null,
  definition_key text not null,
  content_hash text not null,
  -- json, not jsonb: the text is kept as written, so fields keep their declaration order (the form's order)
  manifest json not null,
  forms json not null,
  texts json not null,
  -- per user task: cauce:FieldVisibility, and per end event its camunda:properties (read from the XML once)
  steps jsonb not null,
  published_at timestamptz not null,
  primary key (procedure_id, version)
);
create index procedure_package_latest on procedure_package (procedure_id, published_at desc);

-- A service request (solicitud de servicio): what the citizen asked for, across channels and sessions.
create table service_request (
  id uuid primary key,
  reference text not null unique,
  citizen_id text,
  type text not null,
  procedure_id text not null,
  procedure_version text not null,
  entry_channel text not null check (entry_channel in ('agent', 'web')),
  responsible text,
  state text not null check (state in ('open', 'in-progress', 'waiting-citizen', 'escalated', 'resolved', 'cancelled')),
  instance_ids uuid[] not null default '{}',
  notes jsonb not null default '[]',
  outcome text,
  protected_person boolean not null default false,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz
);
create index service_request_citizen on service_request (citizen_id, created_at desc) where citizen_id is not null;

-- One procedure instance as one viewer runs it on one channel. A hand-off or a resume opens a new session on
-- the same instance and service request; the old one is superseded.
create table session (
  id uuid primary key,
  reference text not null,
  service_request_id uuid not null references service_request(id),
  instance_id uuid,
  procedure_id text not null,
  procedure_version text not null,
  channel text not null check (channel in ('agent', 'web')),
  language text not null check (language in ('es', 'ca', 'eu', 'gl', 'en')),
  citizen_id text,
  identification_reached smallint not null default 0 check (identification_reached between 0 and 3),
  identification_method text,
  protocol jsonb,
  protocol_attempts_left smallint not null default 3,
  otp_hash text,
  otp_expires_at timestamptz,
  otp_attempts_left smallint not null default 0,
  otp_sent_to text,
  otp_sends smallint not null default 0,
  owner_user_id text not null,
  owner_role text not null,
  protected_person boolean not null default false,
  queue_level smallint check (queue_level in (1, 2)),
  queue_reason text,
  queued_at timestamptz,
  superseded_by uuid,
  claim_of uuid,
  cursor_step text,
  draft jsonb,
  state text not null default 'active' check (state in ('active', 'closed')),
  -- optimistic lock: every save is `where id = $1 and rev = $2`
  rev int not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index session_request on session (service_request_id, created_at desc);
create index session_owner on session (owner_user_id, updated_at desc);
create index session_queue on session (queue_level, queued_at) where queue_level is not null and superseded_by is null;

-- Answers per completed step, in order: what back/revise and check-your-answers read. A revision supersedes
-- the rows from the revised step on; the variables the step saw are kept to restart there.
create table step_answer (
  id bigserial primary key,
  service_request_id uuid not null references service_request(id),
  session_id uuid not null references session(id),
  instance_id uuid not null,
  step_id text not null,
  answers jsonb not null,
  variables_before jsonb not null,
  actor_user_id text not null,
  actor_role text not null,
  channel text not null,
  superseded boolean not null default false,
  at timestamptz not null
);
create index step_answer_request on step_answer (service_request_id, id);

-- Submissions already seen, so a repeated post (double click, retried request) completes a step once.
create table session_submission (
  session_id uuid not null references session(id),
  submission_id text not null,
  step_id text not null,
  done boolean not null default false,
  at timestamptz not null,
  primary key (session_id, submission_id)
);

-- Who did or read what about whom, with the stated reason (protected persons) and identification level.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  user_id text not null,
  role text not null,
  action text not null,
  citizen_id text,
  reason text,
  session_id uuid,
  service_request_id uuid,
  channel text,
  identification_level smallint,
  detail jsonb
);
create index audit_log_citizen on audit_log (citizen_id, at) where citizen_id is not null;
