import type { InstanceRow } from '../commands/Engine';
import type { InstanceData } from '../interpreter/InstanceState';
import type { HistoryKindName } from '../vocabulary/HistoryKinds';
import type { IncidentTypeName } from '../vocabulary/IncidentTypes';
import type { InstanceStateName } from '../vocabulary/InstanceStates';
import type { JobKindName } from '../vocabulary/JobKinds';

/**
 * The row type of every named query in `sql/*.sql`, by query name: the bundle (`generated/sql.ts`) types each
 * query text with its rows, so `q.query(SQL.taskSelect, [id])` returns typed rows without a cast. Types are what
 * `pg` returns (`Db.ts`): `int8` and `count(*)` without a cast are strings, `timestamptz` a Date, `jsonb` parsed.
 * A statement that returns nothing has `never` rows. tsc fails when a query has no entry here, or an entry no query.
 * @internal
 */
export interface QueryRows {
  checkConstraints: { table_name: string; definition: string };
  childInstanceByToken: { id: string };
  definitionInsert: never;
  definitionLatest: { id: string };
  definitionNextVersion: { version: number };
  definitionSource: Pick<DefinitionTable, 'id' | 'key' | 'version'> & { content: string };
  deploymentInsert: never;
  externalTaskClaim: ExternalTaskTable;
  externalTaskDelete: never;
  externalTaskExtendLock: never;
  externalTaskFail: never;
  externalTaskInsert: Notified;
  externalTaskLockRow: ExternalTaskTable;
  externalTaskLockWithInstance: Pick<
    ExternalTaskTable,
    'id' | 'instance_id' | 'token_id' | 'definition_id' | 'element_id' | 'worker_id' | 'lock_expires_at'
  > &
    JoinedInstance;
  externalTaskSetRetries: never;
  externalTaskUnlock: never;
  incidentInsert: never;
  instanceDataMany: { id: string; data: InstanceData };
  instanceInsert: { inserted: number };
  instanceSelect: InstanceRow;
  instanceUpdate: { updated: number };
  jobClaim: JobTable;
  jobDelete: never;
  jobFailed: never;
  jobInsert: never;
  jobLockRow: JobTable;
  migrationApplied: { id: number; name: string; breaking: boolean };
  migrationLock: { pg_advisory_xact_lock: string };
  migrationRecord: never;
  migrationTable: never;
  readHistory: HistoryEventTable;
  readOpenIncidents: Pick<IncidentTable, 'id' | 'element_id' | 'type' | 'message' | 'created_at'>;
  readOpenTasksOfTree: Pick<
    TaskTable,
    'id' | 'instance_id' | 'token_id' | 'element_id' | 'candidate_groups' | 'created_at' | 'definition_id'
  >;
  readTreeProgress: { state: InstanceStateName | null; tasks: string; external_tasks: string; incidents: string };
  resourceInsert: never;
  restDefinitionCount: Counted;
  restDefinitionList: Pick<
    DefinitionTable,
    'id' | 'key' | 'version' | 'name' | 'version_tag' | 'deployment_id' | 'resource_name'
  > & { tenant_id: string | null };
  restDeploymentCount: Counted;
  restDeploymentList: DeploymentTable;
  restExternalTaskCount: Counted;
  restExternalTaskList: Omit<ExternalTaskTable, 'retry_at' | 'error_details'> & { version_tag: string | null };
  restExternalTaskNextReady: { next_at: Date | null };
  restExternalTaskNotify: Notified;
  restHistoryActivityCount: Counted;
  restHistoryActivityList: {
    id: string;
    instance_id: string;
    activity_id: string;
    activity_type: string | null;
    iteration: boolean;
    start_time: Date | null;
    end_time: Date | null;
    canceled: boolean;
    definition_id: string;
    definition_key: string;
    root_instance_id: string;
    called_instance_id: string | null;
  };
  restHistoryInstanceCount: Counted;
  restHistoryInstanceList: Pick<
    InstanceRow,
    'id' | 'business_key' | 'definition_id' | 'definition_key' | 'state' | 'parent_instance_id' | 'root_instance_id'
  > & {
    definition_name: string | null;
    definition_version: number;
    started_at: Date;
    ended_at: Date | null;
    start_activity_id: string | null;
    delete_reason: string | null;
  };
  restIncidentCount: Counted;
  restIncidentList: Omit<IncidentTable, 'resolved_at'>;
  restInstanceCount: Counted;
  restInstanceList: Pick<InstanceRow, 'id' | 'definition_id' | 'business_key' | 'state'>;
  restTaskCount: Counted;
  restTaskList: Omit<TaskTable, 'candidate_groups' | 'candidate_users'>;
  schemaDump: { kind: string; owner: string; position: number; name: string; definition: string };
  startEventsDeleteForKey: never;
  subscriptionInsert: never;
  subscriptionsForMessage: {
    id: string;
    instance_id: string | null;
    definition_id: string | null;
    token_id: string | null;
    element_id: string;
    business_key: string | null;
  };
  taskInsert: never;
  taskLockRow: TaskTable;
  taskLockWithInstance: Pick<TaskTable, 'id' | 'instance_id' | 'token_id' | 'element_id'> & JoinedInstance;
  taskSelect: TaskTable;
  taskSetAssignee: never;
  testReset: never;
  testSchemas: { schemas: string | null; migrations: string | null };
}

// helpers
type Counted = { count: number };
/** `select pg_notify(…)`: one row per notification, its value empty. */
type Notified = { pg_notify: string };

/** A work row read with its instance in one statement (`joinedInstance` turns it into an InstanceRow). */
interface JoinedInstance {
  instance_definition_id: string;
  instance_definition_key: string;
  instance_business_key: string | null;
  instance_parent_instance_id: string | null;
  instance_parent_token_id: string | null;
  instance_root_instance_id: string;
  instance_state: InstanceRow['state'];
  instance_rev: number;
  instance_data: InstanceData;
}

interface DeploymentTable {
  id: string;
  name: string | null;
  source: string | null;
  tenant_id: string | null;
  deployed_at: Date;
}

interface DefinitionTable {
  id: string;
  key: string;
  version: number;
  name: string | null;
  version_tag: string | null;
  deployment_id: string;
  resource_id: string;
  resource_name: string;
  has_start_form: boolean;
}

interface TaskTable {
  id: string;
  instance_id: string;
  token_id: string;
  definition_id: string;
  element_id: string;
  name: string | null;
  assignee: string | null;
  candidate_groups: string[];
  candidate_users: string[];
  form_key: string | null;
  priority: number;
  due_at: Date | null;
  created_at: Date;
}

interface ExternalTaskTable {
  id: string;
  instance_id: string;
  token_id: string;
  definition_id: string;
  definition_key: string;
  element_id: string;
  business_key: string | null;
  topic: string;
  /** bigint: a string */
  priority: string;
  worker_id: string | null;
  lock_expires_at: Date | null;
  retries: number | null;
  retry_at: Date | null;
  error_message: string | null;
  error_details: string | null;
  created_at: Date;
}

interface JobTable {
  id: string;
  instance_id: string | null;
  definition_id: string | null;
  token_id: string | null;
  element_id: string;
  kind: JobKindName;
  due_at: Date;
  repeat: string | null;
  locked_by: string | null;
  lock_expires_at: Date | null;
  retries: number;
  error_message: string | null;
  created_at: Date;
}

interface IncidentTable {
  id: string;
  instance_id: string;
  definition_id: string;
  token_id: string | null;
  element_id: string | null;
  type: IncidentTypeName;
  message: string | null;
  configuration: string | null;
  created_at: Date;
  resolved_at: Date | null;
}

interface HistoryEventTable {
  /** bigserial: a string */
  id: string;
  instance_id: string;
  rev: number;
  seq: number;
  kind: HistoryKindName;
  element_id: string | null;
  element_type: string | null;
  token_id: string | null;
  at: Date;
  data: Record<string, unknown> | null;
}
