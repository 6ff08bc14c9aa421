import { readCauceStep, type Channel } from '@cauce/schemas';
import type { CompileContext } from './CompileContext';
import type { Step } from './Step';

/**
 * Compiles a bpmn:UserTask (moddle element, read with the cauce descriptor) into its {@link Step}: its cauce:*
 * settings through `readCauceStep`, the channels' default, and its literal candidate groups (`candidateGroups` is
 * the compiled `camunda:candidateGroups`: text, or `=FEEL`). Invalid settings are reported, one per problem, and
 * refuse the deployment like any other element the engine cannot run.
 * @internal
 */
export function compileStep(
  el: any,
  candidateGroups: string | undefined,
  report: CompileContext['report'],
): Step | undefined {
  const read = readCauceStep(el);
  if (!read.ok) {
    for (const problem of read.problems) report(el, `${problem.path}: ${problem.message}`, settingOf(problem.path));
    return undefined;
  }
  const groups =
    candidateGroups === undefined || candidateGroups.startsWith('=')
      ? []
      : candidateGroups
          .split(',')
          .map((g) => g.trim())
          .filter(Boolean);
  return {
    ...read.value,
    channels: read.value.channels ?? [...BOTH],
    candidateGroups: groups,
    agentLevel: groups.includes('agent-l2') && !groups.includes('agent-l1') ? 2 : 1,
  };
}

// helpers
const BOTH: readonly Channel[] = ['agent', 'web'];

/** `cauce:FieldVisibility[0]/roles` → `cauce:FieldVisibility`: the setting, without where inside it. */
function settingOf(path: string): string {
  return path.replace(/[[/].*$/, '');
}
