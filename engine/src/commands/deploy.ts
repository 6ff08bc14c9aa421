import { randomUUID } from 'node:crypto';
import { Errors } from '../errorCodes';
import { loadBpmn } from '../model/loadBpmn';
import type { ProcessModel } from '../model/ProcessModel';
import type { Queryable } from '../store/Db';
import { queries as SQL } from '../store/generated/sql';
import { parseTimer } from '../timers/parseTimer';
import type { Engine } from './Engine';
import { JobKinds } from '../vocabulary/JobKinds';
import { SubscriptionKinds } from '../vocabulary/SubscriptionKinds';

export interface DeployInput {
  name?: string;
  source?: string;
  tenantId?: string;
  resources: Array<{ name: string; content: string }>;
}

export interface DeployedDefinition {
  id: string;
  key: string;
  version: number;
  name: string | null;
  versionTag: string | null;
  resource: string;
  deploymentId: string;
}

export interface DeploymentResult {
  id: string;
  name: string | null;
  source: string | null;
  tenantId: string | null;
  deploymentTime: Date;
  definitions: DeployedDefinition[];
  warnings: string[];
}

/**
 * Deploys BPMN resources in one transaction: every resource is loaded first, and a single refusal
 * refuses the whole deployment (nothing half-deployed). Each executable process becomes a new version
 * of its key; its message and timer start events replace those of older versions.
 * @public
 */
export async function deploy(engine: Engine, input: DeployInput): Promise<DeploymentResult> {
  const bpmn = input.resources.filter((r) => /\.(bpmn|bpmn20\.xml)$/i.test(r.name));
  if (bpmn.length === 0) throw Errors.deploymentEmpty();
  const loaded: Array<{ resource: { name: string; content: string }; value: import('../model/loadBpmn').LoadedBpmn }> =
    [];
  const warnings: string[] = [];
  for (const resource of bpmn) {
    const result = await loadBpmn(resource.content, resource.name);
    if (!result.ok) throw result.error;
    loaded.push({ resource, value: result.value });
    warnings.push(...result.value.warnings.map((w) => `${resource.name}: ${w}`));
  }
  const now = engine.clock();
  const result = await engine.command(async (q) => {
    const id = randomUUID();
    await q.query(SQL.deploymentInsert, [id, input.name ?? null, input.source ?? null, input.tenantId ?? null, now]);
    const definitions: DeployedDefinition[] = [];
    for (const { resource, value } of loaded) {
      const resourceId = randomUUID();
      await q.query(SQL.resourceInsert, [resourceId, id, resource.name, resource.content]);
      for (const model of value.processes) {
        const { rows } = await q.query(SQL.definitionNextVersion, [model.id]);
        const version = Number(rows[0].version);
        const definitionId = `${model.id}:${version}:${randomUUID()}`;
        await q.query(SQL.definitionInsert, [
          definitionId,
          model.id,
          version,
          model.name ?? null,
          model.versionTag ?? null,
          id,
          resourceId,
          resource.name,
          false,
        ]);
        await armStartEvents(q, definitionId, model.id, model, now);
        engine.definitions.put({ id: definitionId, key: model.id, version }, model);
        definitions.push({
          id: definitionId,
          key: model.id,
          version,
          name: model.name ?? null,
          versionTag: model.versionTag ?? null,
          resource: resource.name,
          deploymentId: id,
        });
      }
    }
    return {
      id,
      name: input.name ?? null,
      source: input.source ?? null,
      tenantId: input.tenantId ?? null,
      deploymentTime: now,
      definitions,
      warnings,
    };
  });
  // Committed: this process starts the new versions at once (other processes find out at their next start by key).
  for (const d of result.definitions) engine.definitions.forgetLatest(d.key);
  return result;
}

// helpers
async function armStartEvents(
  q: Queryable,
  definitionId: string,
  key: string,
  model: Pick<ProcessModel, 'messageStarts' | 'timerStarts'>,
  now: Date,
): Promise<void> {
  await q.query(SQL.startEventsDeleteForKey, [key]);
  for (const start of model.messageStarts) {
    await q.query(SQL.subscriptionInsert, [
      randomUUID(),
      null,
      definitionId,
      null,
      start.node,
      SubscriptionKinds.message,
      start.messageName,
      now,
    ]);
  }
  for (const start of model.timerStarts) {
    const due = parseTimer(start.timer.kind, start.timer.expression, now);
    if (!due.ok) throw Errors.bpmnUnsupported(key, `${start.node}: ${due.message}`);
    await q.query(SQL.jobInsert, [
      randomUUID(),
      null,
      definitionId,
      null,
      start.node,
      JobKinds.timerStart,
      due.dueAt,
      due.repeat ?? null,
      now,
    ]);
  }
}
