import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { completeTask } from '../tasks/userTasks';
import { variablesVisibleFrom } from '../interpreter/InstanceState';
import { plainValues, typedFromPlain } from '../variables/TypedValue';
import { modifyProcessInstance } from './modifyProcessInstance';

const FORKED = bpmn(
  'forked',
  `
  <bpmn:startEvent id="s"/><bpmn:userTask id="a"/><bpmn:parallelGateway id="fork"/>
  <bpmn:userTask id="b"/>
  <bpmn:boundaryEvent id="late" attachedToRef="b"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
  <bpmn:serviceTask id="c" camunda:type="external" camunda:topic="check"/>
  <bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="M"/></bpmn:intermediateCatchEvent>
  <bpmn:parallelGateway id="join"/><bpmn:endEvent id="e"/><bpmn:endEvent id="lateEnd"/>
  <bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/><bpmn:userTask id="inner"/><bpmn:endEvent id="se"/>${flow('ss', 'inner')}${flow('inner', 'se')}</bpmn:subProcess>
  ${flow('s', 'a')}${flow('a', 'fork')}${flow('fork', 'b')}${flow('fork', 'c')}${flow('fork', 'wait')}
  ${flow('b', 'join')}${flow('c', 'join')}${flow('wait', 'join')}${flow('join', 'sub')}${flow('sub', 'e')}${flow('late', 'lateEnd')}`,
  '<bpmn:message id="M" name="go"/>',
);

describe.each(databasesUnderTest())('modifyProcessInstance on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  const count = async (table: string, instanceId: string) =>
    Number((await db.query(`select count(*)::int as n from ${table} where instance_id = $1`, [instanceId])).rows[0].n);
  const historyOfLastRev = async (instanceId: string) =>
    (
      await db.query(
        'select kind, element_id from history_event where instance_id = $1 and rev = (select max(rev) from history_event where instance_id = $1) order by seq',
        [instanceId],
      )
    ).rows.map((r: any) => `${r.kind} ${r.element_id}`);

  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
    await h.deploy('forked', FORKED);
  });
  afterEach(() => db.close());

  async function atTheFork() {
    const instance = await h.engine.startProcess({ key: 'forked', variables: typedFromPlain({ applicant: 'Ana' }) });
    await completeTask(h.engine, (await h.tasks(instance.id))[0].id, typedFromPlain({ answer: 'first' }));
    return instance;
  }

  it('cancels every token at the activities, with their open work, and starts a fresh token before an earlier one', async () => {
    // given tokens waiting at a user task with a boundary timer, an external task and a message catch
    const instance = await atTheFork();
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id)).toEqual(['b']);
    expect(await count('external_task', instance.id)).toBe(1);
    expect(await count('job', instance.id)).toBe(1);
    expect(await count('event_subscription', instance.id)).toBe(1);
    // when
    await modifyProcessInstance(h.engine, instance.id, {
      instructions: [
        { type: 'cancel', activityId: 'b' },
        { type: 'cancel', activityId: 'c' },
        { type: 'cancel', activityId: 'wait' },
        { type: 'startBeforeActivity', activityId: 'a', variables: typedFromPlain({ note: 'again' }) },
      ],
    });
    // then the old work is gone and only the restarted task waits, in the same instance
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id)).toEqual(['a']);
    expect(await count('external_task', instance.id)).toBe(0);
    expect(await count('job', instance.id)).toBe(0);
    expect(await count('event_subscription', instance.id)).toBe(0);
    const row = await h.instance(instance.id);
    expect(row.state).toBe('ACTIVE');
    expect(Object.values(row.data.tokens).map((t: any) => t.node)).toEqual(['a']);
    expect(plainValues(variablesVisibleFrom(row.data))).toEqual({ applicant: 'Ana', answer: 'first', note: 'again' });
    expect(await historyOfLastRev(instance.id)).toEqual([
      'activity_cancel b',
      'activity_cancel c',
      'activity_cancel wait',
      'activity_start a',
    ]);
    // and the instance goes on from there as usual
    await completeTask(h.engine, (await h.tasks(instance.id))[0].id, typedFromPlain({ answer: 'second' }));
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id)).toEqual(['b']);
    expect(plainValues(variablesVisibleFrom((await h.instance(instance.id)).data)).answer).toBe('second');
  });

  it('replaces the process variables when asked, and puts local variables on the new activity instance only', async () => {
    const instance = await atTheFork();
    await modifyProcessInstance(h.engine, instance.id, {
      replaceVariables: typedFromPlain({ applicant: 'Ana' }),
      instructions: [
        { type: 'cancel', activityId: 'b' },
        { type: 'cancel', activityId: 'c' },
        { type: 'cancel', activityId: 'wait' },
        { type: 'startBeforeActivity', activityId: 'a', localVariables: typedFromPlain({ hint: 'only here' }) },
      ],
    });
    const data = (await h.instance(instance.id)).data;
    const token = Object.values(data.tokens)[0] as any;
    expect(plainValues(variablesVisibleFrom(data))).toEqual({ applicant: 'Ana' });
    expect(plainValues(variablesVisibleFrom(data, token.id))).toEqual({ applicant: 'Ana', hint: 'only here' });
  });

  it('cancels one activity instance by its id (the token id tasks report as executionId)', async () => {
    const instance = await atTheFork();
    const task = (await h.tasks(instance.id))[0];
    await modifyProcessInstance(h.engine, instance.id, {
      instructions: [{ type: 'cancel', activityInstanceId: task.token_id }],
    });
    expect(await h.tasks(instance.id)).toHaveLength(0);
    expect(await count('job', instance.id)).toBe(0);
    expect(await count('external_task', instance.id)).toBe(1);
  });

  it('ends the instance EXTERNALLY_TERMINATED when no token is left', async () => {
    const instance = await h.engine.startProcess({ key: 'forked' });
    await modifyProcessInstance(h.engine, instance.id, { instructions: [{ type: 'cancel', activityId: 'a' }] });
    const row = await h.instance(instance.id);
    expect(row.state).toBe('EXTERNALLY_TERMINATED');
    expect(await h.tasks(instance.id)).toHaveLength(0);
  });

  it('refuses with typed errors and changes nothing', async () => {
    const instance = await atTheFork();
    const before = await h.instance(instance.id);
    const refusal = (input: Parameters<typeof modifyProcessInstance>[2], id = instance.id) =>
      modifyProcessInstance(h.engine, id, input).then(
        () => 'done',
        (e) => e.code,
      );
    expect(
      await refusal({ instructions: [{ type: 'cancel', activityId: 'b' }] }, '00000000-0000-4000-8000-000000000000'),
    ).toBe('CAUCE_ERR_INSTANCE_NOT_FOUND');
    expect(await refusal({ instructions: [{ type: 'cancel', activityId: 'nope' }] })).toBe(
      'CAUCE_ERR_ACTIVITY_NOT_FOUND',
    );
    expect(await refusal({ instructions: [{ type: 'startBeforeActivity', activityId: '__proto__' }] })).toBe(
      'CAUCE_ERR_ACTIVITY_NOT_FOUND',
    );
    expect(await refusal({ instructions: [{ type: 'startBeforeActivity', activityId: 'inner' }] })).toBe(
      'CAUCE_ERR_MODIFICATION_UNSUPPORTED',
    );
    expect(
      await refusal({
        instructions: [
          { type: 'cancel', activityId: 'b' },
          { type: 'cancel', activityId: 'a' },
        ],
      }),
    ).toBe('CAUCE_ERR_ACTIVITY_NOT_ACTIVE');
    expect(await refusal({ instructions: [{ type: 'cancel', activityInstanceId: 'not-a-token' }] })).toBe(
      'CAUCE_ERR_ACTIVITY_INSTANCE_NOT_FOUND',
    );
    expect(await refusal({ instructions: [{ type: 'startAfterActivity', activityId: 'a' } as any] })).toBe(
      'CAUCE_ERR_NOT_SUPPORTED',
    );
    expect(await refusal({ instructions: [] })).toBe('CAUCE_ERR_BODY_INVALID');
    const after = await h.instance(instance.id);
    expect(after.rev).toBe(before.rev);
    expect(after.data).toEqual(before.data);
    expect(await count('task', instance.id)).toBe(1);
  });

  it('refuses an instance that has ended', async () => {
    const instance = await h.engine.startProcess({ key: 'forked' });
    await modifyProcessInstance(h.engine, instance.id, { instructions: [{ type: 'cancel', activityId: 'a' }] });
    await expect(
      modifyProcessInstance(h.engine, instance.id, {
        instructions: [{ type: 'startBeforeActivity', activityId: 'a' }],
      }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_INSTANCE_ENDED' });
  });
});
