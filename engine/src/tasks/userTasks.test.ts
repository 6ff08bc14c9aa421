import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { typedFromPlain } from '../variables/TypedValue';
import { completeTask } from './userTasks';

const twoSteps = bpmn(
  'two-steps',
  `
  <bpmn:startEvent id="s"/><bpmn:userTask id="first"/><bpmn:userTask id="second"/><bpmn:endEvent id="e"/>
  ${flow('s', 'first')}${flow('first', 'second')}${flow('second', 'e')}`,
);

describe.each(databasesUnderTest())('completeTask on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
    await h.deploy('two-steps', twoSteps);
    // a table of the caller's own, as the channels keep theirs beside the engine's
    await db.query('create table answer_log (instance_id uuid, element_id text, answer text)');
  });
  afterEach(async () => {
    await db.query('drop table answer_log');
    await db.close();
  });

  it('makes the caller’s writes in the same transaction as the completion', async () => {
    // given
    const instance = await h.engine.startProcess({ key: 'two-steps' });
    const [first] = await h.tasks(instance.id);
    // when
    await completeTask(h.engine, first.id, typedFromPlain({ answer: 'yes' }), {
      alongside: (q, done) =>
        q
          .query('insert into answer_log values ($1, $2, $3)', [done.instanceId, done.elementId, 'yes'])
          .then(() => undefined),
    });
    // then
    expect((await db.query('select * from answer_log')).rows).toEqual([
      { instance_id: instance.id, element_id: 'first', answer: 'yes' },
    ]);
    expect((await h.tasks(instance.id)).map((t: { element_id: string }) => t.element_id)).toEqual(['second']);
  });

  it('keeps neither when the caller’s write fails: the task stays open and the instance unchanged', async () => {
    // given
    const instance = await h.engine.startProcess({ key: 'two-steps' });
    const [first] = await h.tasks(instance.id);
    const before = await h.instance(instance.id);
    // when
    const failed = await completeTask(h.engine, first.id, typedFromPlain({ answer: 'yes' }), {
      alongside: async (q) => {
        await q.query('insert into answer_log values ($1, $2, $3)', [instance.id, 'first', 'yes']);
        throw new Error('disk full');
      },
    }).catch((e: Error) => e);
    // then
    expect((failed as Error).message).toBe('disk full');
    expect((await db.query('select * from answer_log')).rows).toEqual([]);
    expect((await h.tasks(instance.id)).map((t: { id: string }) => t.id)).toEqual([first.id]);
    expect((await h.instance(instance.id)).rev).toBe(before.rev);
  });
});
