import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBpmn } from '../model/loadBpmn';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { completeTask } from '../tasks/userTasks';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { typedFromPlain } from '../variables/TypedValue';

// camunda:dueDate, camunda:assignee, camunda:candidate* and camunda:taskPriority are expressions in Camunda 7.
// They used to be taken as literal text: `${due}` reached the timestamptz column and failed the whole command.
const process = bpmn(
  'due',
  `
  <bpmn:startEvent id="s"/>
  <bpmn:userTask id="review" camunda:dueDate="\${due}" camunda:assignee="\${who}" camunda:candidateGroups="= team + &quot;,audit&quot;"/>
  <bpmn:endEvent id="e"/>
  ${flow('s', 'review')}${flow('review', 'e')}`,
);

describe.each(databasesUnderTest())('user task attribute expressions on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
  });
  afterEach(() => db.close());

  it('evaluates ${path} and FEEL in dueDate, assignee and candidate groups', async () => {
    // given
    await h.deploy('due', process);
    // when
    const instance = await h.engine.startProcess({
      key: 'due',
      variables: typedFromPlain({ due: '2026-02-01T10:00:00Z', who: 'ana', team: 'clerks' }),
    });
    // then
    const [task] = await h.tasks(instance.id);
    expect(new Date(task.due_at).toISOString()).toBe('2026-02-01T10:00:00.000Z');
    expect(task.assignee).toBe('ana');
    expect(task.candidate_groups).toEqual(['clerks', 'audit']);
    await completeTask(h.engine, task.id);
    expect((await h.instance(instance.id)).state).toBe('COMPLETED');
  });

  it('makes a due date that is not a date an incident on the instance, not a failed command', async () => {
    // given
    await h.deploy('due', process);
    // when
    const instance = await h.engine.startProcess({
      key: 'due',
      variables: typedFromPlain({ due: 'next tuesday', who: 'ana', team: 'clerks' }),
    });
    // then
    expect(await h.tasks(instance.id)).toHaveLength(0);
    const [incident] = await h.incidents(instance.id);
    expect(incident).toMatchObject({ element_id: 'review', type: 'failedExpression' });
    expect(incident.message).toContain("'next tuesday', not an ISO 8601 date");
    expect((await h.instance(instance.id)).state).toBe('ACTIVE');
  });

  it('refuses JUEL beyond a plain variable path in these attributes at deploy time', async () => {
    // given
    const xml = bpmn(
      'juel',
      `<bpmn:startEvent id="s"/><bpmn:userTask id="t" camunda:dueDate="\${dateBean.next()}"/>${flow('s', 't')}`,
    );
    // when
    const loaded = await loadBpmn(xml);
    // then
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.unsupported).toEqual([
        {
          elementId: 't',
          type: 'bpmn:UserTask',
          line: 4,
          reason: expect.stringContaining('camunda:dueDate ${dateBean.next()} is JUEL'),
        },
      ]);
  });
});
