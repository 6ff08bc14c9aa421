import type { Channel } from '@cauce/schemas';
import type { LintContext } from '../LintContext';

/**
 * A step's text key and the channels it is performed on, as the text rules need them: the key is
 * `cauce:textKey`, else the task id; the channels are `cauce:channels`, else the procedure's.
 * @internal
 */
export function stepOf(task: any, context: Pick<LintContext, 'channels'>): { key: string; channels: Channel[] } {
  const key = typeof task.textKey === 'string' && task.textKey.trim() ? task.textKey.trim() : task.id;
  const listed =
    typeof task.channels === 'string'
      ? task.channels
          .split(',')
          .map((c: string) => c.trim())
          .filter((c: string) => c === 'agent' || c === 'web')
      : [];
  return { key, channels: listed.length ? listed : [...context.channels] };
}
