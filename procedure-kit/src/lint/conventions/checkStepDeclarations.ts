import { readCauceStep } from '@cauce/schemas';
import type { Finding } from '../Finding';
import type { ConventionsInput } from './ConventionsInput';

/**
 * Each step (user task) says what the channels need to show it without guessing: its form
 * (`cauce:form`, a file of the package), its channels (`cauce:channels`, among the procedure's)
 * and its identification level (`cauce:identificationLevel`, not below the procedure's). Each form
 * in `forms/` belongs to a step. Settings are read with `readCauceStep`, as the engine compiles them. Findings are
 * errors, on the task's line or the form's file.
 * @internal
 */
export function checkStepDeclarations(input: ConventionsInput, findings: Finding[]): void {
  const { checked } = input;
  const manifest = checked.manifest;
  const usedForms = new Set<string>();
  for (const task of input.elements.values()) {
    if (task.$type !== 'bpmn:UserTask') continue;
    const problem = (message: string) =>
      findings.push({
        file: checked.bpmnFile,
        elementId: task.id,
        line: checked.lines.get(task.id) || 1,
        rule: 'package/step',
        message,
        severity: 'error',
      });
    const read = readCauceStep(task);
    if (!read.ok) continue; // the engine refuses its settings: that finding stands for them
    const { form, channels, identificationLevel } = read.value;
    if (!form) problem('step without cauce:form');
    else {
      usedForms.add(form);
      if (!checked.files.has(form)) problem(`form ${form} does not exist`);
    }
    if (!channels) problem('step without cauce:channels');
    else if (manifest) {
      for (const channel of channels) {
        if (!manifest.channels.includes(channel))
          problem(`channel '${channel}' is not one of the procedure's (${manifest.channels.join(', ')})`);
      }
    }
    if (identificationLevel === undefined) problem('step without cauce:identificationLevel');
    else if (manifest && identificationLevel < manifest.identificationLevel) {
      problem(
        `cauce:identificationLevel ${identificationLevel} is below the procedure's ${manifest.identificationLevel}`,
      );
    }
  }
  for (const file of checked.files.keys()) {
    if (file.startsWith('forms/') && !usedForms.has(file))
      findings.push({
        file,
        elementId: null,
        line: 1,
        rule: 'package/forms',
        message: 'no step uses this form',
        severity: 'error',
      });
  }
}
