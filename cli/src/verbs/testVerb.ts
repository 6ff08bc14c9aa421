import { basename, dirname, join } from 'node:path';
import { definitionModel, deploy } from '@cauce/engine';
import {
  checkPackageDir,
  flowCoverage,
  loadProcedure,
  runScenario,
  type Finding,
  type ScenarioResult,
} from '@cauce/procedure-kit';
import type { CliIo } from '../CliIo';
import { formatFindings, shown } from '../formatFindings';
import { packageDirs } from '../packageDirs';
import type { CliOptions } from '../runCli';
import { openScenarioEngine } from '../scenarios/openScenarioEngine';
import type { LiveConnectors } from '../scenarios/startLiveConnectors';

interface PackageReport {
  dir: string;
  id: string | null;
  findings: Finding[];
  scenarios: Array<{ file: string; connectorSteps?: ReturnType<LiveConnectors['performed']> } & ScenarioResult>;
  coverage: {
    total: number;
    covered: number;
    percent: number;
    missing: Array<{ id: string; line: number | null }>;
  } | null;
  ok: boolean;
}

/**
 * `cauce test <dir…> | --all`: validates each package (a package with errors is not run), deploys
 * its BPMN to an engine running in this process on an in-memory PGlite, runs every scenario with
 * @cauce/procedure-kit's `runScenario` (connector outcomes replayed from the scenario) and prints each
 * scenario's result as it finishes, then the package's sequence-flow coverage and the flows no
 * scenario took. Exit 1 when a scenario fails, a package does not validate, or coverage is below
 * `--min-coverage`. With `--live`, the engine is also served over HTTP and the real connector workers perform
 * every connector step against the simulators (see startLiveConnectors), each checked against the scenario.
 * @internal
 */
export async function testVerb(args: string[], options: CliOptions, io: CliIo): Promise<number> {
  const dirs = packageDirs(args, options.all, io.cwd);
  const { engine, close } = await openScenarioEngine();
  const say = (line: string) => (options.json ? options.quiet || io.stderr(line) : io.stdout(line));
  const reports: PackageReport[] = [];
  let live: LiveConnectors | undefined;
  try {
    if (options.live) {
      if (!options.quiet) io.stderr('starting the simulators and the connector workers (--live)');
      live = await (await import('../scenarios/startLiveConnectors')).startLiveConnectors(engine);
    }
    for (const dir of dirs) {
      const { pkg: checked, findings } = await checkPackageDir(dir);
      const errors = findings.filter((f) => f.severity === 'error');
      const report: PackageReport = {
        dir,
        id: checked.manifest?.id ?? null,
        findings: errors,
        scenarios: [],
        coverage: null,
        ok: errors.length === 0,
      };
      reports.push(report);
      say(`${report.id ?? basename(dir)}  ${shown(dir, io.cwd)}`);
      if (errors.length) {
        for (const line of formatFindings(dir, errors, io.cwd)) say(`  ${line}`);
        say(`  not run: the package does not validate (cauce validate ${shown(dir, io.cwd)})`);
        continue;
      }
      const pkg = loadProcedure(basename(dir), { root: dirname(dir) });
      const deployed = await deploy(engine, {
        name: pkg.id,
        source: 'cauce test',
        resources: [{ name: pkg.processFile, content: pkg.xml }],
      });
      const definition = deployed.definitions.find((d) => d.key === pkg.manifest.id) ?? deployed.definitions[0];
      const model = (await definitionModel(engine, definition.id))!;
      for (const { file, scenario } of pkg.scenarios) {
        const liveRun = live && { businessKey: await live.begin(scenario, model), awaitConnector: live.awaitConnector };
        const run = await runScenario(engine, pkg, scenario, { definitionId: definition.id, ...liveRun });
        report.scenarios.push({ file, ...run, ...(live && { connectorSteps: live.performed() }) });
        if (!run.ok) report.ok = false;
        say(`  ${run.ok ? '✔' : '✖'} ${file}  ${run.name}`);
        for (const problem of run.problems) say(`      ${problem}`);
        for (const note of run.notes ?? []) say(`      note: ${note}`);
      }
      const coverage = flowCoverage(
        model,
        report.scenarios.flatMap((s) => s.flowsTaken),
      );
      report.coverage = {
        ...coverage,
        missing: coverage.missing.map((id) => ({ id, line: checked.lines.get(id) ?? null })),
      };
      if (options.minCoverage !== undefined && coverage.percent < options.minCoverage) report.ok = false;
      say(
        `  sequence flows: ${coverage.covered}/${coverage.total} covered (${coverage.percent}%)${options.minCoverage !== undefined && coverage.percent < options.minCoverage ? `, below --min-coverage ${options.minCoverage}%` : ''}`,
      );
      if (report.coverage.missing.length) {
        say(
          `  not covered: ${report.coverage.missing.map((m) => `${m.id} (${shown(join(dir, checked.bpmnFile), io.cwd)}:${m.line ?? '?'})`).join(', ')}`,
        );
      }
    }
  } finally {
    await live?.close();
    await close();
  }
  const scenarios = reports.flatMap((r) => r.scenarios);
  const passed = scenarios.filter((s) => s.ok).length;
  const ok = reports.every((r) => r.ok);
  const liveCounts = live && { live: live.counts };
  if (options.json) io.stdout(JSON.stringify({ ok, packages: reports, ...liveCounts }, null, 2));
  else {
    const performed = live
      ? ` (live: ${live.counts.performed} connector steps performed by the real workers, ${live.counts.faulted} with an injected fault, ${live.counts.provoked} with a provoked race)`
      : '';
    io.stdout(
      `${ok ? '✔' : '✖'} ${passed} of ${scenarios.length} scenarios passed in ${reports.length} package${reports.length === 1 ? '' : 's'}${performed}`,
    );
  }
  return ok ? 0 : 1;
}
