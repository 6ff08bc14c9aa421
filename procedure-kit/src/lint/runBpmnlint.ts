import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Finding, Severity } from './Finding';
import type { LintContext } from './LintContext';
import { cauceRecommended, cauceRules } from './rules/index';

/** A bpmnlint configuration (`.bpmnlintrc`). @public */
export interface BpmnlintConfig {
  extends?: string | string[];
  rules?: Record<string, unknown>;
}

/**
 * What `cauce lint` runs: bpmnlint's recommended rules and Cauce's. `no-inclusive-gateway` is off
 * because Cauce executes inclusive gateways (and `cauce/gateway-default` checks them).
 * @public
 */
export const DEFAULT_LINT_CONFIG: BpmnlintConfig = {
  extends: ['bpmnlint:recommended', 'plugin:cauce/recommended'],
  rules: { 'no-inclusive-gateway': 'off' },
};

/**
 * Runs bpmnlint programmatically over a parsed BPMN tree with a resolver that knows bpmnlint's own
 * rules and configs, Cauce's plugin (`cauce/*`, each rule given the {@link LintContext}) and other
 * `bpmnlint-plugin-*` packages installed beside the package. A package's `.bpmnlintrc` adds to the
 * default config (its rules override). Reports become findings with the element's line.
 * @public
 */
export async function runBpmnlint(input: {
  definitions: any;
  file: string;
  lines: Map<string, number>;
  context: LintContext;
  packageDir: string;
  rc?: BpmnlintConfig;
}): Promise<Finding[]> {
  const { definitions, file, lines, context } = input;
  const config: BpmnlintConfig = {
    extends: [
      ...asList(DEFAULT_LINT_CONFIG.extends),
      ...asList(input.rc?.extends).filter((e) => !asList(DEFAULT_LINT_CONFIG.extends).includes(e)),
    ],
    rules: { ...DEFAULT_LINT_CONFIG.rules, ...input.rc?.rules },
  };
  const linter = new Linter({ resolver: resolver(context, input.packageDir) });
  let results: Record<string, Array<{ id?: string; message: string; category: string }>>;
  try {
    results = await linter.lint(definitions, config);
  } catch (error) {
    return [
      {
        file: input.rc ? '.bpmnlintrc' : file,
        elementId: null,
        line: 1,
        rule: 'bpmnlint/config',
        message: error instanceof Error ? error.message : String(error),
        severity: 'error',
      },
    ];
  }
  const findings: Finding[] = [];
  for (const [name, reports] of Object.entries(results)) {
    const rule = name.includes('/') ? name : `bpmnlint/${name}`;
    for (const report of reports) {
      const severity: Severity = report.category === 'warn' || report.category === 'info' ? 'warn' : 'error';
      const elementId = report.id ?? null;
      findings.push({
        file,
        elementId,
        line: (elementId && lines.get(elementId)) || 1,
        rule,
        message: report.message,
        severity,
      });
    }
  }
  return collapseMissingDiagram(findings, definitions, file, lines);
}

// helpers

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function resolver(context: LintContext, packageDir: string) {
  const local = createRequire(join(packageDir, 'package.json'));
  return {
    resolveRule(pkg: string, ruleName: string) {
      if (pkg === 'bpmnlint-plugin-cauce') {
        const factory = cauceRules[ruleName];
        return factory && ((config: object) => factory({ ...config, context }));
      }
      if (!/^[a-z0-9-]+$/.test(ruleName)) return undefined;
      if (pkg === 'bpmnlint') return require(`bpmnlint/rules/${ruleName}`);
      const plugin = local(pkg);
      const rule = plugin?.rules?.[ruleName];
      return typeof rule === 'string' ? local(join(pkg, rule)) : rule;
    },
    resolveConfig(pkg: string, configName: string) {
      if (pkg === 'bpmnlint-plugin-cauce') return configName === 'recommended' ? cauceRecommended : undefined;
      if (pkg === 'bpmnlint')
        return /^[a-z-]+$/.test(configName) ? require(`bpmnlint/config/${configName}`) : undefined;
      return local(pkg)?.configs?.[configName];
    },
  };
}

/**
 * A file with no diagram at all gets one `no-bpmndi` finding (on its first process) instead of
 * one per element: the fix is the same, open and save it in the designer.
 */
function collapseMissingDiagram(
  findings: Finding[],
  definitions: any,
  file: string,
  lines: Map<string, number>,
): Finding[] {
  if ((definitions.diagrams ?? []).length > 0) return findings;
  const bpmndi = findings.filter((f) => f.rule === 'bpmnlint/no-bpmndi');
  if (bpmndi.length === 0) return findings;
  const process = (definitions.rootElements ?? []).find((r: any) => r.$type === 'bpmn:Process');
  const elementId = process?.id ?? null;
  return [
    ...findings.filter((f) => f.rule !== 'bpmnlint/no-bpmndi'),
    {
      file,
      elementId,
      line: (elementId && lines.get(elementId)) || 1,
      rule: 'bpmnlint/no-bpmndi',
      message: `the file has no diagram (BPMNDI) for its ${bpmndi.length} elements: the designer and Camunda Modeler cannot show it; lay it out in the designer and save`,
      severity: bpmndi[0].severity,
    },
  ];
}
