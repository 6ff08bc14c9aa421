import { CHANNELS, type Channel } from '@cauce/schemas';
import type { Finding } from '../Finding';
import { pointerKey } from '../jsonDocument';
import { lineOfPointer } from '../jsonLines';
import { stepOf } from '../rules/stepOf';
import type { ConventionsInput } from './ConventionsInput';
import { formFields } from './formFields';

/**
 * In every texts file, each step has a text for each channel it is performed on, and that text
 * labels every field of the step's form shown on the channel and every choice the field offers,
 * so no channel falls back to the form's own (untranslated) titles. Findings are errors in the
 * texts file, on the line of the step (or of the field, when it is there), naming the task.
 * @internal
 */
export function checkStepLabels(input: ConventionsInput, findings: Finding[]): void {
  const { checked } = input;
  const channels = checked.manifest?.channels ?? CHANNELS;
  for (const task of input.elements.values()) {
    if (task.$type !== 'bpmn:UserTask') continue;
    const step = stepOf(task, { channels });
    const fields = formFields(step.form === undefined ? undefined : checked.forms.get(step.form));
    for (const doc of input.texts.values()) {
      const texts = doc.value;
      if (!texts) continue;
      const problem = (pointer: string, message: string) =>
        findings.push({
          file: doc.file,
          elementId: task.id,
          line: lineOfPointer(doc.lines, pointer),
          rule: 'package/texts',
          message,
          severity: 'error',
          path: pointer,
        });
      for (const channel of step.channels as Channel[]) {
        const at = `/steps/${pointerKey(step.key)}/${channel}`;
        const text = texts.steps[step.key]?.[channel];
        if (!text) {
          problem(at, `step ${task.id} is performed on ${channel} but has no ${channel} text`);
          continue;
        }
        for (const field of fields) {
          if (field.channels && !field.channels.includes(channel)) continue;
          const own = text.fields?.[field.path];
          const fieldAt = `${at}/fields/${pointerKey(field.path)}`;
          if (!own?.label) problem(fieldAt, `field '${field.path}' needs a label (${channel})`);
          for (const value of field.options) {
            if (!own?.options?.[value])
              problem(
                `${fieldAt}/options/${pointerKey(value)}`,
                `choice '${value}' of '${field.path}' needs a label (${channel})`,
              );
          }
        }
      }
    }
  }
}
