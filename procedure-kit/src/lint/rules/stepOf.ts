import { readCauceStep, type Channel } from '@cauce/schemas/browser';
import type { LintContext } from '../LintContext';

/**
 * A step as lint needs it, read with `readCauceStep` (the reader the engine compiles steps with): its text key
 * (`cauce:textKey`, else the task id), its form, and the channels it is performed on (`cauce:channels`, else the
 * procedure's). A step whose settings are invalid is refused by the engine (that finding stands for it); here it
 * counts with its text key as written, no form and the procedure's channels, so the text rules still say what they can.
 * @internal
 */
export function stepOf(
  task: any,
  context: Pick<LintContext, 'channels'>,
): { key: string; form?: string; channels: Channel[] } {
  const read = readCauceStep(task);
  if (!read.ok) return { key: task.textKey ?? task.id, channels: [...context.channels] };
  const { textKey, form, channels } = read.value;
  return { key: textKey, ...(form ? { form } : {}), channels: channels ?? [...context.channels] };
}
