import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { typedFromPlain } from '../variables/TypedValue';
import { InterpreterError } from './InterpreterError';

// Starting a process that has no none start event used to create an ACTIVE instance without a single token,
// which never ended. Camunda 7 starts such a process at its only start event, whatever its kind.
describe.each(databasesUnderTest())('where a start begins on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
  });
  afterEach(() => db.close());

  it('starts a process whose only start event is a timer start at that event', async () => {
    // given
    await h.deploy(
      'nightly',
      bpmn(
        'nightly',
        `
      <bpmn:startEvent id="every10h"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT10H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
      <bpmn:userTask id="t"/><bpmn:endEvent id="e"/>${flow('every10h', 't')}${flow('t', 'e')}`,
      ),
    );
    // when
    const instance = await h.engine.startProcess({ key: 'nightly', variables: typedFromPlain({ a: 1 }) });
    // then
    expect(await h.activityPath(instance.id)).toEqual(['every10h']);
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id)).toEqual(['t']);
  });

  it('refuses to start a process with several event starts and no none start, leaving no instance', async () => {
    // given
    await h.deploy(
      'twoWays',
      bpmn(
        'twoWays',
        `
      <bpmn:startEvent id="byMail"><bpmn:messageEventDefinition messageRef="M1"/></bpmn:startEvent>
      <bpmn:startEvent id="byPhone"><bpmn:messageEventDefinition messageRef="M2"/></bpmn:startEvent>
      <bpmn:userTask id="t"/>${flow('byMail', 't')}${flow('byPhone', 't')}`,
        '<bpmn:message id="M1" name="mail"/><bpmn:message id="M2" name="phone"/>',
      ),
    );
    // when
    const started = h.engine.startProcess({ key: 'twoWays' });
    // then
    await expect(started).rejects.toBeInstanceOf(InterpreterError);
    await expect(started).rejects.toMatchObject({ kind: 'noInitialStart' });
    expect((await db.query('select count(*)::int as n from process_instance')).rows[0].n).toBe(0);
  });
});
