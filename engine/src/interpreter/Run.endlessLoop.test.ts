import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { typedFromPlain } from '../variables/TypedValue';

// A cycle of activities with no wait state used to spin inside one command forever: Run is synchronous, so the
// whole Node process (every other instance, the REST server) hung with it.
const loop = bpmn(
  'loop',
  `
  <bpmn:startEvent id="s"/><bpmn:task id="again"/>
  <bpmn:exclusiveGateway id="more" default="f_more_e"/><bpmn:endEvent id="e"/>
  ${flow('s', 'again')}${flow('again', 'more')}${flow('more', 'again', '= keepGoing')}${flow('more', 'e', undefined, 'f_more_e')}`,
);

describe.each(databasesUnderTest())('endless loops on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
  });
  afterEach(() => db.close());

  it('stops a cycle without wait state with an incident on the instance', async () => {
    // given
    await h.deploy('loop', loop);
    // when
    const instance = await h.engine.startProcess({ key: 'loop', variables: typedFromPlain({ keepGoing: true }) });
    // then
    const [incident] = await h.incidents(instance.id);
    expect(incident).toMatchObject({ type: 'endlessLoop', element_id: 'again' });
    expect(incident.message).toContain('entered 1000 times in one command');
    expect((await h.instance(instance.id)).state).toBe('ACTIVE');
  });

  it('leaves a cycle that ends in time alone', async () => {
    // given
    await h.deploy('loop', loop);
    // when
    const instance = await h.engine.startProcess({ key: 'loop', variables: typedFromPlain({ keepGoing: false }) });
    // then
    expect(await h.incidents(instance.id)).toHaveLength(0);
    expect(await h.activityPath(instance.id)).toEqual(['s', 'again', 'more', 'e']);
  });
});
