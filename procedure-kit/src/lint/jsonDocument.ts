import type { Problem, ValidationResult } from '@cauce/schemas';
import type { Finding } from './Finding';
import { jsonLines, lineOfPointer } from './jsonLines';

/** A JSON file of a package, parsed and checked against its schema, with the line of every pointer. @internal */
export interface JsonDocument<T> {
  file: string;
  /** the parsed value when it is valid, else undefined */
  value?: T;
  /** the parsed value, valid or not (undefined on a syntax error) */
  raw?: unknown;
  lines: Map<string, number>;
}

/**
 * Parses one JSON file and validates it with one of @cauce/schemas' validators; each problem becomes
 * a finding on the line its JSON Pointer points at (`schema/<kind>`), a syntax error a `json/syntax`
 * finding on the line where parsing stopped.
 * @internal
 */
export function jsonDocument<T>(
  file: string,
  text: string,
  kind: string,
  validate: (data: unknown) => ValidationResult<T>,
  findings: Finding[],
): JsonDocument<T> {
  const parsed = jsonLines(text);
  if (!parsed.ok) {
    findings.push({
      file,
      elementId: null,
      line: parsed.line,
      rule: 'json/syntax',
      message: `not valid JSON: ${parsed.message}`,
      severity: 'error',
    });
    return { file, lines: new Map() };
  }
  const result = validate(parsed.value);
  if (!result.ok) {
    for (const problem of result.problems) findings.push(problemFinding(file, parsed.lines, `schema/${kind}`, problem));
    return { file, raw: parsed.value, lines: parsed.lines };
  }
  return { file, value: result.value, raw: parsed.value, lines: parsed.lines };
}

/** A finding about a place in a JSON document. @internal */
export function problemFinding(
  file: string,
  lines: Map<string, number>,
  rule: string,
  problem: Problem,
  severity: Finding['severity'] = 'error',
): Finding {
  const where = problem.path ? `${problem.path}: ` : '';
  return {
    file,
    elementId: null,
    line: lineOfPointer(lines, problem.path),
    rule,
    message: `${where}${problem.message}`,
    severity,
    path: problem.path,
  };
}

/** Escapes a key for a JSON Pointer. @internal */
export function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
