import { describe, expect, it } from 'vitest';
import { compileStep } from './compileStep';

describe('compileStep', () => {
  it('keeps only literal candidate groups: an expression is known when the task is created, not at deploy time', () => {
    // given
    const task = { $type: 'bpmn:UserTask', id: 'review' };
    const reported: string[] = [];
    // when
    const literal = compileStep(task, ' agent-l1 , agent-l2 ', (_, reason) => reported.push(reason));
    const expression = compileStep(task, '=team + ",audit"', (_, reason) => reported.push(reason));
    // then
    expect(literal).toMatchObject({ candidateGroups: ['agent-l1', 'agent-l2'], agentLevel: 1 });
    expect(expression).toMatchObject({ candidateGroups: [], agentLevel: 1 });
    expect(reported).toEqual([]);
  });

  it('reports each invalid setting and compiles no step', () => {
    // given
    const task = { $type: 'bpmn:UserTask', id: 'review', form: '../secrets.json', channels: '' };
    const reported: string[] = [];
    // when
    const step = compileStep(task, undefined, (_, reason) => reported.push(reason));
    // then
    expect(step).toBeUndefined();
    expect(reported).toEqual([
      "cauce:form: '../secrets.json' is not a relative .json path inside the package",
      'cauce:channels: must list at least one of agent, web',
    ]);
  });
});
