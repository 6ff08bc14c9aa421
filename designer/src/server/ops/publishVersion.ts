import type { Published } from '../generated/apiTypes';
import type { DesignerContext } from '../api/designerContext';
import type { DesignerViewer } from '../api/DesignerApiOptions';
import { DesignerErrors } from '../errors';
import { checkFiles } from '../package/checkFiles';
import { packageOf } from '../package/packageOf';
import type { PackageFilesMap } from '../store/DraftStore';
import type { VersionKind } from '../store/VersionKinds';

/**
 * Publishes files as the next version of a procedure: the check (errors refuse with CAUCE_ERR_CHECK_FAILED and the
 * findings, warnings pass), the next number (one more than the last version, and than the major of the manifest's
 * own version — a sample at 1.0.0 becomes 2), the manifest's version set to `<n>.0.0`, the injected `publish`
 * (deploy to the engine, store for the channels; running instances stay on their version), the version row, then
 * the injected `audit`. One at a time per procedure in this process; the version row's key catches the rest.
 * @internal
 */
export function publishVersion(
  ctx: DesignerContext,
  viewer: DesignerViewer,
  input: { id: string; files: PackageFilesMap; kind: VersionKind; fromVersion: number | null; reason: string },
): Promise<Published> {
  return ctx.serially(input.id, async () => {
    const { findings } = await checkFiles(input.id, input.files, ctx.catalogue);
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length)
      throw DesignerErrors.checkFailed(
        input.id,
        errors.length,
        `${errors[0].file}:${errors[0].line} ${errors[0].message}`,
        {
          findings,
        },
      );
    const last = (await ctx.store.versions(input.id))[0]?.version ?? 0;
    const version = Math.max(last, majorOf(input.files['procedure.json'])) + 1;
    const files = { ...input.files, 'procedure.json': withVersion(input.files['procedure.json'], `${version}.0.0`) };
    const record = {
      procedureId: input.id,
      version,
      kind: input.kind,
      fromVersion: input.fromVersion,
      reason: input.reason,
      userId: viewer.userId,
      role: viewer.role,
      at: new Date(),
    };
    const { deploymentId } = await ctx.options.publish(packageOf(input.id, files), record);
    await ctx.store.addVersion({ ...input, version, files, by: viewer.userId, deploymentId: deploymentId ?? null });
    await ctx.options.audit?.(record);
    return {
      version,
      kind: input.kind,
      deploymentId: deploymentId ?? null,
      warnings: findings.length - errors.length,
    };
  });
}

// helpers
function majorOf(manifest: string | undefined): number {
  try {
    const major = Number(/^(\d+)\./.exec(String(JSON.parse(manifest ?? '{}').version))?.[1]);
    return Number.isFinite(major) ? major : 0;
  } catch {
    return 0;
  }
}

/** The manifest with its version replaced in place (the author's layout kept), else rewritten. */
function withVersion(manifest: string, version: string): string {
  const replaced = manifest.replace(/("version"\s*:\s*")[^"]*(")/, `$1${version}$2`);
  try {
    if (JSON.parse(replaced).version === version) return replaced;
  } catch {
    // fall through
  }
  return `${JSON.stringify({ ...JSON.parse(manifest), version }, null, 2)}\n`;
}
