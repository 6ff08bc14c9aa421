import type { Finding } from '../Finding';

/**
 * `cauce lint --conventions` runs the conventions and the lint rules over the same package; where
 * both see the same problem, the lint rule's finding stays (it came first, and names the step in the
 * BPMN) and the conventions' one goes:
 *
 * | conventions finding | kept lint finding |
 * |---|---|
 * | `package/step` step without cauce:form | `cauce/user-task-form` on the same task |
 * | `package/step` form … does not exist | `cauce/form-file` on the same task |
 * | `package/diagram` (the file, or an element) | `bpmnlint/no-bpmndi` (any, or on that element) |
 * | `package/texts` texts/L.json is missing | `cauce/text-languages` …texts/L.json is missing |
 * | `package/texts` in texts/L.json: step K, its channel text, a field's label, help or choice | `cauce/text-languages` for step K in texts/L.json saying so |
 *
 * Findings the lint rules do not have are kept, so turning a rule off in `.bpmnlintrc` brings
 * the conventions' finding back.
 * @internal
 */
export function dropLintDuplicates(findings: Finding[]): Finding[] {
  const lint = findings.filter((f) => !f.rule.startsWith('package/'));
  const has = (rule: string, test: (f: Finding) => boolean = () => true) =>
    lint.some((f) => f.rule === rule && test(f));
  const textsSay = (message: string) =>
    has('cauce/text-languages', (f) => f.message === message || f.message.endsWith(message));
  return findings.filter((f) => {
    if (f.rule === 'package/step' && f.message === 'step without cauce:form')
      return !has('cauce/user-task-form', (l) => l.elementId === f.elementId);
    if (f.rule === 'package/step' && /^form .* does not exist$/.test(f.message))
      return !has('cauce/form-file', (l) => l.elementId === f.elementId);
    if (f.rule === 'package/diagram')
      return !has('bpmnlint/no-bpmndi', (l) => f.elementId === null || l.elementId === f.elementId);
    if (f.rule === 'package/texts' && f.message.startsWith(`${f.file} is missing: `))
      return !textsSay(`${f.file} is missing`);
    if (f.rule === 'package/texts' && f.path) return !lintSaysTextMissing(f.file, f.path, lint);
    return true;
  });
}

// helpers

/** Whether `cauce/text-languages` reported what lacks at `pointer` of `file` (a texts file, not es). */
function lintSaysTextMissing(file: string, pointer: string, lint: Finding[]): boolean {
  if (file === 'texts/es.json') return false;
  const [, steps, key, channel, fields, field, what, option] = pointer.split('/').map(unescapePointer);
  if (steps !== 'steps' || key === undefined) return false;
  const messages = lint.filter((f) => f.rule === 'cauce/text-languages').map((f) => f.message);
  if (messages.includes(`step '${key}' has no text in ${file}`)) return true;
  if (channel === undefined) return false;
  const lacks = messages.filter((m) => m.startsWith(`step '${key}' in ${file} lacks `) && m.endsWith(` (${channel})`));
  const says = (item: string) =>
    lacks.some((m) =>
      m.slice(0, -` (${channel})`.length).slice(`step '${key}' in ${file} lacks `.length).split(', ').includes(item),
    );
  if (says('the text')) return true;
  if (fields === undefined) return false;
  if (fields !== 'fields' || field === undefined) return false;
  if (what === undefined || what === 'label') return says(`the label of '${field}'`);
  if (what === 'help') return says(`the help of '${field}'`);
  if (what === 'options' && option !== undefined) return says(`option '${option}' of '${field}'`);
  return false;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
