import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { completeTask } from '../tasks/userTasks';
import { fetchAndLock, failExternalTask } from '../external-tasks/externalTasks';
import {
  instanceHistory,
  openIncidents,
  openTasksOfTree,
  readInstance,
  treeProgress,
  waitUntilSettled,
} from './instanceReads';

const child = bpmn(
  'child',
  `
  <bpmn:startEvent id="cs"/><bpmn:userTask id="inner" camunda:candidateGroups="agents" cauce:channels="agent"/><bpmn:endEvent id="ce"/>
  ${flow('cs', 'inner')}${flow('inner', 'ce')}`,
);
const parent = bpmn(
  'parent',
  `
  <bpmn:startEvent id="s"/><bpmn:callActivity id="call" calledElement="child"/>
  <bpmn:serviceTask id="lookup" camunda:type="external" camunda:topic="lookup"/><bpmn:endEvent id="e"/>
  ${flow('s', 'call')}${flow('call', 'lookup')}${flow('lookup', 'e')}`,
);

describe.each(databasesUnderTest())('instance reads on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
    await h.deploy('child', child);
    await h.deploy('parent', parent);
  });
  afterEach(() => db.close());

  it('lists the open tasks of the whole tree, each with the step of its own definition, and says a person can move it', async () => {
    // given
    const root = await h.engine.startProcess({ key: 'parent' });
    // when
    const tasks = await openTasksOfTree(h.engine, root.id);
    const progress = await treeProgress(h.engine, root.id);
    // then
    expect(tasks).toEqual([expect.objectContaining({ elementId: 'inner', candidateGroups: ['agents'] })]);
    expect(tasks[0].step).toMatchObject({ textKey: 'inner', channels: ['agent'], candidateGroups: ['agents'] });
    expect(tasks[0].instanceId).not.toBe(root.id);
    expect(progress).toEqual({ state: 'ACTIVE', openTasks: 1, pendingExternalTasks: 0, openIncidents: 0 });
    expect(await waitUntilSettled(h.engine, root.id, 0)).toBe(true);
  });

  it('reports connector work as unsettled until it fails into an incident', async () => {
    // given
    const root = await h.engine.startProcess({ key: 'parent' });
    const [inner] = await openTasksOfTree(h.engine, root.id);
    await completeTask(h.engine, inner.id);
    // when
    const working = await waitUntilSettled(h.engine, root.id, 30);
    const [task] = await fetchAndLock(h.engine, {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'lookup', lockDuration: 10_000 }],
    });
    await failExternalTask(h.engine, task.id, 'w', { errorMessage: 'system down', retries: 0 });
    // then
    expect(working).toBe(false);
    expect(await waitUntilSettled(h.engine, root.id, 1000)).toBe(true);
    expect(await openIncidents(h.engine, root.id)).toEqual([
      expect.objectContaining({ elementId: 'lookup', message: 'system down' }),
    ]);
    expect((await treeProgress(h.engine, root.id))?.openIncidents).toBe(1);
  });

  it('reads history in write order, filtered by kind', async () => {
    // given
    const root = await h.engine.startProcess({ key: 'parent' });
    const [inner] = await openTasksOfTree(h.engine, root.id);
    await completeTask(h.engine, inner.id);
    // when
    const ends = await instanceHistory(h.engine, [root.id, inner.instanceId], { kinds: ['activity_end'] });
    const all = await instanceHistory(h.engine, [root.id]);
    // then
    expect(ends.map((e) => e.elementId)).toEqual(['s', 'cs', 'inner', 'ce', 'call']);
    expect(ends.every((e) => e.kind === 'activity_end')).toBe(true);
    expect(all.length).toBeGreaterThan(ends.filter((e) => e.instanceId === root.id).length);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => a - b));
  });

  it('reads unknown and malformed ids as nothing', async () => {
    expect(await readInstance(h.engine, 'not-a-uuid')).toBeUndefined();
    expect(await readInstance(h.engine, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await treeProgress(h.engine, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect(await openTasksOfTree(h.engine, "'; drop table task; --")).toEqual([]);
    expect(await instanceHistory(h.engine, ['x'])).toEqual([]);
    expect(await openIncidents(h.engine, 'x')).toEqual([]);
  });
});
