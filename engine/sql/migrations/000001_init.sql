-- Cauce engine store, first schema. Same text on PostgreSQL and PGlite.

create table deployment (
  id uuid primary key,
  name text,
  source text,
  tenant_id text,
  deployed_at timestamptz not null default now()
);

create table resource (
  id uuid primary key,
  deployment_id uuid not null references deployment(id) on delete cascade,
  name text not null,
  content text not null
);

create table process_definition (
  id text primary key,
  key text not null,
  version int not null,
  name text,
  version_tag text,
  deployment_id uuid not null references deployment(id) on delete cascade,
  resource_id uuid not null references resource(id) on delete cascade,
  resource_name text not null,
  has_start_form boolean not null default false,
  unique (key, version)
);

-- One row per process instance. `data` is the whole runtime state (token tree, scopes, variables);
-- `rev` is the optimistic lock: every command updates `where id = $1 and rev = $2`.
create table process_instance (
  id uuid primary key,
  definition_id text not null references process_definition(id),
  definition_key text not null,
  business_key text,
  parent_instance_id uuid,
  parent_token_id text,
  root_instance_id uuid not null,
  state text not null,
  rev int not null,
  data jsonb not null,
  started_at timestamptz not null default now(),
  ended_at timestamptz
);
create index process_instance_definition_key on process_instance (definition_key, state);
create index process_instance_business_key on process_instance (business_key) where business_key is not null;
create index process_instance_parent on process_instance (parent_instance_id) where parent_instance_id is not null;

-- Open user tasks (steps).
create table task (
  id uuid primary key,
  instance_id uuid not null references process_instance(id) on delete cascade,
  token_id text not null,
  definition_id text not null,
  element_id text not null,
  name text,
  assignee text,
  candidate_groups text[] not null default '{}',
  candidate_users text[] not null default '{}',
  form_key text,
  priority int not null default 50,
  due_at timestamptz,
  created_at timestamptz not null default now()
);
create index task_instance on task (instance_id);
create index task_assignee on task (assignee) where assignee is not null;

-- Open external tasks, fetched by connectors with fetchAndLock.
create table external_task (
  id uuid primary key,
  instance_id uuid not null references process_instance(id) on delete cascade,
  token_id text not null,
  definition_id text not null,
  definition_key text not null,
  element_id text not null,
  business_key text,
  topic text not null,
  priority bigint not null default 0,
  worker_id text,
  lock_expires_at timestamptz,
  retries int,
  retry_at timestamptz,
  error_message text,
  error_details text,
  created_at timestamptz not null default now()
);
-- fetchAndLock: per topic, ready tasks in priority order.
create index external_task_fetch on external_task (topic, priority desc, created_at);
create index external_task_instance on external_task (instance_id);

-- Timers (and other due work), acquired by the job executor.
create table job (
  id uuid primary key,
  instance_id uuid references process_instance(id) on delete cascade,
  definition_id text,
  token_id text,
  element_id text not null,
  kind text not null,
  due_at timestamptz not null,
  repeat text,
  locked_by text,
  lock_expires_at timestamptz,
  retries int not null default 3,
  error_message text,
  created_at timestamptz not null default now()
);
create index job_due on job (due_at);
create index job_instance on job (instance_id);

-- Message subscriptions: waiting catch events / receive tasks / boundaries (instance_id set)
-- and message start events (instance_id null, definition_id set).
create table event_subscription (
  id uuid primary key,
  instance_id uuid references process_instance(id) on delete cascade,
  definition_id text,
  token_id text,
  element_id text not null,
  kind text not null,
  name text not null,
  created_at timestamptz not null default now()
);
create index event_subscription_name on event_subscription (kind, name);
create index event_subscription_instance on event_subscription (instance_id);

create table incident (
  id uuid primary key,
  instance_id uuid not null references process_instance(id) on delete cascade,
  definition_id text not null,
  token_id text,
  element_id text,
  type text not null,
  message text,
  configuration text,
  created_at timestamptz not null default now(),
  resolved_at timestamptz
);
create index incident_instance on incident (instance_id);

-- Append-only history. (instance_id, rev, seq) is unique: a command replayed after a crash cannot write
-- the same event twice.
create table history_event (
  id bigserial primary key,
  instance_id uuid not null,
  rev int not null,
  seq int not null,
  kind text not null,
  element_id text,
  element_type text,
  token_id text,
  at timestamptz not null default now(),
  data jsonb,
  unique (instance_id, rev, seq)
);
create index history_event_token on history_event (token_id) where token_id is not null;
