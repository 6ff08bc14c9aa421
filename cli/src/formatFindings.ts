import { join, relative } from 'node:path';
import type { Finding } from '@cauce/procedure-kit';

/**
 * Findings as lines a person (and an editor's "go to file:line") reads:
 * `procedures/x/process.bpmn:23  error  ConfirmAddress  message  [cauce/text-key]`.
 * @internal
 */
export function formatFindings(dir: string, findings: Finding[], cwd: string): string[] {
  return findings.map((f) => {
    const where = `${shown(join(dir, f.file), cwd)}:${f.line}`;
    return `${where}  ${f.severity === 'error' ? 'error' : 'warn '}  ${f.elementId ?? '-'}  ${f.message}  [${f.rule}]`;
  });
}

/** `✖ 3 problems (2 errors, 1 warning)`, or `✔ no findings`. @internal */
export function summaryLine(findings: Finding[]): string {
  if (findings.length === 0) return '✔ no findings';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `✖ ${plural(findings.length, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

/** A path as the user should read it: relative to their directory when inside it. @internal */
export function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Whether findings fail the command: any, or with `--allow-warnings` any error. @internal */
export function failing(findings: Finding[], allowWarnings: boolean): boolean {
  return findings.some((f) => f.severity === 'error' || !allowWarnings);
}

// helpers

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
