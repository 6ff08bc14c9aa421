import type { QueryRows } from '../store/QueryRows';
import type { InstanceRow } from './Engine';

/**
 * The instance a task-lock statement read with its task (columns `instance_id` and `instance_*`, see
 * externalTaskLockWithInstance.sql), as the row `Engine.onInstance` takes preloaded.
 * @internal
 */
export function joinedInstance(
  row: QueryRows['taskLockWithInstance'] | QueryRows['externalTaskLockWithInstance'],
): InstanceRow {
  return {
    id: row.instance_id,
    definition_id: row.instance_definition_id,
    definition_key: row.instance_definition_key,
    business_key: row.instance_business_key,
    parent_instance_id: row.instance_parent_instance_id,
    parent_token_id: row.instance_parent_token_id,
    root_instance_id: row.instance_root_instance_id,
    state: row.instance_state,
    rev: row.instance_rev,
    data: row.instance_data,
  };
}
