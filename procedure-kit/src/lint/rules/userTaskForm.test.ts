import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule } from './runRule';
import { userTaskForm } from './userTaskForm';

const fixture = readFileSync(new URL('./userTaskForm.bpmn', import.meta.url), 'utf8');

describe('cauce/user-task-form', () => {
  it('reports user tasks without a cauce:form, and only them', async () => {
    // given the fixture: one step with a form, one without, one with a blank form, one service task
    // when
    const reports = await runRule(userTaskForm, fixture);
    // then
    expect(reports.map((r) => r.id)).toEqual(['WithoutForm', 'BlankForm']);
    expect(reports[0].message).toContain('forms/WithoutForm.schema.json');
  });
});
