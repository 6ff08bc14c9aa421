import type { Channel, IdentificationLevel, ViewerRole } from './generated/common';
import common from '../json/common.json';
import { CHANNELS } from './channels';
import type { Problem, ValidationResult } from './problems';
import { VIEWER_ROLES } from './viewerRoles';

/** The cauce:* attributes and extension elements of a bpmn:UserTask, as bpmn-moddle reads them. @public */
export interface CauceUserTaskElement {
  id?: string;
  form?: string;
  textKey?: string;
  channels?: string;
  identificationLevel?: number;
  extensionElements?: { values?: Array<{ $type: string; field?: string; roles?: string }> };
}

/** A step's cauce:* settings, parsed and checked. Absent settings are left out: the engine applies the procedure's. @public */
export interface CauceStep {
  form?: string;
  /** The key of the step's texts in texts/<lang>.json: cauce:textKey, else the task id. */
  textKey: string;
  channels?: Channel[];
  identificationLevel?: IdentificationLevel;
  /** Who may see each listed field in this step; overrides the form's x-cauce-visibleTo. */
  fieldVisibility: Array<{ field: string; roles: ViewerRole[] }>;
}

/**
 * Reads a user task's Cauce extensions (after `fromXML` with {@link cauceModdleDescriptor}):
 * splits the comma lists and checks channels, roles and the identification level. Problem paths
 * name the attribute (`cauce:channels`) or the extension element (`cauce:FieldVisibility[0]`).
 * @public
 */
export function readCauceStep(task: CauceUserTaskElement): ValidationResult<CauceStep> {
  const problems: Problem[] = [];
  const step: CauceStep = { textKey: task.textKey ?? task.id ?? '', fieldVisibility: [] };
  if (task.form !== undefined) {
    if (/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_./-]+\.json$/.test(task.form)) step.form = task.form;
    else
      problems.push({ path: 'cauce:form', message: `'${task.form}' is not a relative .json path inside the package` });
  }
  if (step.textKey === '')
    problems.push({ path: 'cauce:textKey', message: 'the task has neither cauce:textKey nor an id' });
  if (task.channels !== undefined) {
    step.channels = list(task.channels, CHANNELS, 'cauce:channels', problems);
  }
  if (task.identificationLevel !== undefined) {
    const level = task.identificationLevel;
    if (LEVELS.includes(level as IdentificationLevel)) step.identificationLevel = level as IdentificationLevel;
    else problems.push({ path: 'cauce:identificationLevel', message: `must be 0, 1, 2 or 3 (got ${String(level)})` });
  }
  const visibility = (task.extensionElements?.values ?? []).filter((v) => v.$type === 'cauce:FieldVisibility');
  visibility.forEach((v, i) => {
    const at = `cauce:FieldVisibility[${i}]`;
    if (!v.field || !/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/.test(v.field)) {
      problems.push({ path: `${at}/field`, message: `'${v.field ?? ''}' is not a field path` });
      return;
    }
    step.fieldVisibility.push({ field: v.field, roles: list(v.roles ?? '', VIEWER_ROLES, `${at}/roles`, problems) });
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: step };
}

// helpers

// From common.json, so the vocabulary has one source (and no Node import: the designer's lint reads steps too).
const LEVELS = common.$defs.identificationLevel.enum as readonly IdentificationLevel[];

function list<T extends string>(raw: string, allowed: readonly T[], path: string, problems: Problem[]): T[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length === 0) problems.push({ path, message: `must list at least one of ${allowed.join(', ')}` });
  const out: T[] = [];
  for (const item of items) {
    if (!allowed.includes(item as T)) problems.push({ path, message: `'${item}' is not one of ${allowed.join(', ')}` });
    else if (!out.includes(item as T)) out.push(item as T);
  }
  return out;
}
