import { checkPackageDir, type CheckedPackage, type Finding } from '@cauce/procedure-kit';
import { UsageError, type CliIo } from '../CliIo';
import { formatFindings, shown, summaryLine } from '../formatFindings';
import { packageDirs } from '../packageDirs';
import type { CliOptions } from '../runCli';

/**
 * `cauce deploy <dir> --url <engine-rest>`: validates the package (errors stop it unless `--force`),
 * then POSTs `<url>/deployment/create` as multipart/form-data the way Camunda Modeler does
 * (`deployment-name`, `deployment-source`, optional `tenant-id`, one part per file), so it works
 * against Cauce's engine and against Camunda 7 / Operaton. Sends procedure.json, the BPMN, forms and
 * texts (scenarios stay behind); `--bpmn-only` sends the BPMN alone. Prints the deployed
 * definitions, or the engine's refusal with file, element and line when it gives them.
 * @internal
 */
export async function deployVerb(args: string[], options: CliOptions, io: CliIo): Promise<number> {
  if (!options.url) throw new UsageError('deploy needs --url, e.g. --url http://localhost:3000/engine-rest');
  if (!/^https?:\/\//.test(options.url)) throw new UsageError(`--url must be an http(s) URL (got '${options.url}')`);
  if (args.length !== 1 || options.all) throw new UsageError('deploy takes exactly one package folder');
  const [dir] = packageDirs(args, false, io.cwd);
  const { pkg, findings } = await checkPackageDir(dir);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length && !options.force) {
    report(io, options, {
      ok: false,
      dir,
      findings: errors,
      message: 'not deployed: the package does not validate (--force deploys anyway)',
    });
    return 1;
  }
  const files = resources(pkg, options.bpmnOnly);
  const endpoint = `${options.url.replace(/\/+$/, '')}/deployment/create`;
  if (!options.quiet)
    io.stderr(`deploying ${shown(dir, io.cwd)} to ${endpoint}: ${files.map((f) => f.name).join(', ')}`);
  const form = new FormData();
  form.append('deployment-name', pkg.manifest?.id ?? 'procedure');
  form.append('deployment-source', 'cauce-cli');
  if (options.tenant) form.append('tenant-id', options.tenant);
  for (const file of files)
    form.append(
      file.name,
      new Blob([file.content], { type: file.name.endsWith('.json') ? 'application/json' : 'application/xml' }),
      file.name,
    );
  const headers: Record<string, string> = { accept: 'application/json' };
  const user = options.user ?? io.env.CAUCE_ENGINE_USER;
  const password = options.password ?? io.env.CAUCE_ENGINE_PASSWORD;
  if (user) headers.authorization = `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}`;
  let response: Response;
  try {
    response = await fetch(endpoint, { method: 'POST', body: form, headers });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    report(io, options, {
      ok: false,
      dir,
      findings: [],
      message: `cannot reach the engine at ${endpoint}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    });
    return 1;
  }
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    report(io, options, {
      ok: false,
      dir,
      findings: refusal(body, pkg),
      message: `the engine refused the deployment (HTTP ${response.status}): ${body?.message ?? text.slice(0, 500)}`,
      response: body,
    });
    return 1;
  }
  const definitions = Object.values(body?.deployedProcessDefinitions ?? {}) as Array<{
    id: string;
    key: string;
    version: number;
    resource?: string;
  }>;
  if (options.json) io.stdout(JSON.stringify({ ok: true, dir, deployment: body }, null, 2));
  else {
    io.stdout(`✔ deployed ${pkg.manifest?.id ?? shown(dir, io.cwd)} to ${options.url} (deployment ${body?.id ?? '?'})`);
    for (const d of definitions)
      io.stdout(`  ${d.key}  version ${d.version}  ${d.id}${d.resource ? `  (${d.resource})` : ''}`);
    if (definitions.length === 0) io.stdout('  no process definitions in the answer');
  }
  return 0;
}

// helpers

function resources(pkg: CheckedPackage, bpmnOnly: boolean): Array<{ name: string; content: string }> {
  const names = [...pkg.files.keys()].filter(
    (name) =>
      name === pkg.bpmnFile ||
      (!bpmnOnly && (name === 'procedure.json' || name.startsWith('forms/') || name.startsWith('texts/'))),
  );
  return names.sort().map((name) => ({ name, content: pkg.files.get(name)! }));
}

/** Camunda's ParseException details (`details[resource].errors[]` with line and element ids) as findings. */
function refusal(body: any, pkg: CheckedPackage): Finding[] {
  const findings: Finding[] = [];
  for (const [resource, detail] of Object.entries<any>(body?.details ?? {})) {
    for (const e of detail?.errors ?? []) {
      const elementId = e.mainElementId ?? e.elementIds?.[0] ?? null;
      const line = e.line ?? (elementId && resource === pkg.bpmnFile ? pkg.lines.get(elementId) : undefined) ?? 1;
      findings.push({
        file: resource,
        elementId,
        line,
        rule: 'engine/deploy',
        message: String(e.message ?? 'refused'),
        severity: 'error',
      });
    }
  }
  return findings;
}

function report(
  io: CliIo,
  options: CliOptions,
  result: { ok: boolean; dir: string; findings: Finding[]; message: string; response?: unknown },
): void {
  if (options.json) {
    io.stdout(JSON.stringify(result, null, 2));
    return;
  }
  for (const line of formatFindings(result.dir, result.findings, io.cwd)) io.stdout(line);
  if (result.findings.length) io.stdout(summaryLine(result.findings));
  io.stdout(`✖ ${result.message}`);
}
