/** How serious a finding is: `error` breaks the procedure, `warn` is likely wrong. @public */
export type Severity = 'error' | 'warn';

/**
 * One thing wrong in a procedure package, with where to look: the package-relative file, the BPMN
 * element (when there is one) and the 1-based line in that file. `rule` says which check found it
 * (`cauce/text-languages`, `bpmnlint/label-required`, `schema/step-texts`, `engine/unsupported`…).
 * @public
 */
export interface Finding {
  file: string;
  elementId: string | null;
  line: number;
  rule: string;
  message: string;
  severity: Severity;
  /** JSON Pointer into the file, for findings about JSON files. */
  path?: string;
}

/**
 * Sorts findings by file, line, element, rule, then drops exact duplicates (the same problem seen
 * by two checks with the same words). @public
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return [...findings]
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        (a.elementId ?? '').localeCompare(b.elementId ?? '') ||
        a.rule.localeCompare(b.rule) ||
        a.message.localeCompare(b.message),
    )
    .filter((f) => {
      const key = `${f.file}\0${f.line}\0${f.elementId}\0${f.rule}\0${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
