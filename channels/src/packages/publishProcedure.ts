import { createHash } from 'node:crypto';
import { deploy, type Db, type Engine } from '@cauce/engine';
import { checkProcedure, type ProcedurePackage } from '@cauce/procedure-kit';
import { ChannelsErrors } from '../errors';
import { SQL } from '../store/sql';

/** What {@link publishProcedure} did. @public */
export interface PublishResult {
  procedureId: string;
  version: string;
  deploymentId: string;
  definitionId: string;
  /** false when this exact package was already published (nothing deployed) */
  published: boolean;
}

/**
 * Publishes a procedure package: validates it across its files (the one package validator, held to the
 * channels' conventions; errors refuse it, warnings do not), deploys its BPMN to the engine and stores
 * manifest, forms, texts and step metadata for the channels. Publishing the same content again is a no-op, so
 * `npm start` can publish the samples on every start; the same version with other content is refused
 * (versions are immutable) unless `replace` is set — for development only, sessions already running keep the
 * definition they started on.
 * @public
 */
export async function publishProcedure(
  db: Db,
  engine: Engine,
  pkg: ProcedurePackage,
  opts: { replace?: boolean; validate?: boolean } = {},
): Promise<PublishResult> {
  const { id, version } = pkg.manifest;
  if (opts.validate !== false) {
    const errors = (await checkProcedure(pkg)).filter((f) => f.severity === 'error');
    if (errors.length)
      throw ChannelsErrors.procedureInvalid(
        pkg.id,
        errors
          .slice(0, 5)
          .map((f) => `${f.file}:${f.line}${f.elementId ? ` ${f.elementId}` : ''}: ${f.message}`)
          .join('; '),
      );
  }
  const hash = createHash('sha256')
    .update(JSON.stringify([pkg.manifest, pkg.xml, pkg.forms, pkg.texts]))
    .digest('hex');
  const existing = (await db.query(SQL.packageSelect, [id, version])).rows[0];
  if (existing && existing.content_hash === hash) {
    return {
      procedureId: id,
      version,
      deploymentId: existing.deployment_id,
      definitionId: existing.definition_id,
      published: false,
    };
  }
  if (existing && !opts.replace) throw ChannelsErrors.procedureVersionChanged(id, version);
  const deployment = await deploy(engine, {
    name: `${id}@${version}`,
    source: 'cauce-channels',
    resources: [{ name: pkg.processFile, content: pkg.xml }],
  });
  const definition = deployment.definitions.find((d) => d.key === id) ?? deployment.definitions[0];
  if (!definition) throw ChannelsErrors.procedureInvalid(id, 'the BPMN has no executable process');
  await db.tx(async (q) => {
    if (existing) await q.query(SQL.packageDelete, [id, version]);
    await q.query(SQL.packageInsert, [
      id,
      version,
      deployment.id,
      definition.id,
      definition.key,
      hash,
      JSON.stringify(pkg.manifest),
      JSON.stringify(pkg.forms),
      JSON.stringify(pkg.texts),
      engine.clock(),
    ]);
  });
  return { procedureId: id, version, deploymentId: deployment.id, definitionId: definition.id, published: true };
}
