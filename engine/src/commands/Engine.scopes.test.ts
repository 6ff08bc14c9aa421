import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { completeTask } from '../tasks/userTasks';
import { bpmnErrorExternalTask, fetchAndLock } from '../external-tasks/externalTasks';
import { correlateMessage } from '../messages/correlateMessage';
import { deleteProcessInstance } from './deleteProcessInstance';
import { typedFromPlain } from '../variables/TypedValue';

describe.each(databasesUnderTest())('scopes and cancellation on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
  });
  afterEach(() => db.close());

  it('terminate end event ends its scope and cancels the other branches', async () => {
    // given
    await h.deploy(
      'term',
      bpmn(
        'term',
        `
      <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="slow"/><bpmn:userTask id="fast"/>
      <bpmn:endEvent id="kill"><bpmn:terminateEventDefinition/></bpmn:endEvent><bpmn:endEvent id="e"/>
      ${flow('s', 'fork')}${flow('fork', 'slow')}${flow('fork', 'fast')}${flow('fast', 'kill')}${flow('slow', 'e')}`,
      ),
    );
    const instance = await h.engine.startProcess({ key: 'term' });
    const fast = (await h.tasks(instance.id)).find((t: any) => t.element_id === 'fast');
    // when
    await completeTask(h.engine, fast.id);
    // then
    expect((await h.instance(instance.id)).state).toBe('COMPLETED');
    expect(await h.tasks(instance.id)).toHaveLength(0);
  });

  it('an error end event in a subprocess is caught by the subprocess boundary', async () => {
    await h.deploy(
      'suberr',
      bpmn(
        'suberr',
        `
      <bpmn:startEvent id="s"/>
      <bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/><bpmn:userTask id="inner"/><bpmn:userTask id="parallelInner"/><bpmn:parallelGateway id="f"/>
        <bpmn:endEvent id="boom"><bpmn:errorEventDefinition errorRef="E"/></bpmn:endEvent>
        ${flow('ss', 'f')}${flow('f', 'inner')}${flow('f', 'parallelInner')}${flow('inner', 'boom')}
      </bpmn:subProcess>
      <bpmn:boundaryEvent id="caught" attachedToRef="sub"><bpmn:errorEventDefinition errorRef="E"/></bpmn:boundaryEvent>
      <bpmn:userTask id="recover"/><bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>
      ${flow('s', 'sub')}${flow('sub', 'e1')}${flow('caught', 'recover')}${flow('recover', 'e2')}`,
        '<bpmn:error id="E" errorCode="BOOM"/>',
      ),
    );
    const instance = await h.engine.startProcess({ key: 'suberr' });
    const inner = (await h.tasks(instance.id)).find((t: any) => t.element_id === 'inner');
    await completeTask(h.engine, inner.id);
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id)).toEqual(['recover']);
  });

  it('an error thrown in a called process reaches the call activity boundary; the child is terminated', async () => {
    await h.deploy(
      'callee',
      bpmn(
        'callee',
        `<bpmn:startEvent id="s"/><bpmn:serviceTask id="lookup" camunda:type="external" camunda:topic="lookup"/><bpmn:endEvent id="e"/>${flow('s', 'lookup')}${flow('lookup', 'e')}`,
      ),
    );
    await h.deploy(
      'caller',
      bpmn(
        'caller',
        `
      <bpmn:startEvent id="s"/><bpmn:callActivity id="call" calledElement="callee"/>
      <bpmn:boundaryEvent id="nf" attachedToRef="call"><bpmn:errorEventDefinition errorRef="E"/></bpmn:boundaryEvent>
      <bpmn:endEvent id="e1"/><bpmn:userTask id="notFound"/>
      ${flow('s', 'call')}${flow('call', 'e1')}${flow('nf', 'notFound')}`,
        '<bpmn:error id="E" errorCode="NOT_FOUND"/>',
      ),
    );
    const parent = await h.engine.startProcess({ key: 'caller' });
    const [task] = await fetchAndLock(h.engine, {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'lookup', lockDuration: 1000 }],
    });
    await bpmnErrorExternalTask(h.engine, task.id, 'w', { errorCode: 'NOT_FOUND' });
    expect((await h.tasks(parent.id)).map((t: any) => t.element_id)).toEqual(['notFound']);
    expect((await h.instance(task.processInstanceId)).state).toBe('EXTERNALLY_TERMINATED');
    expect(await h.incidents(task.processInstanceId)).toHaveLength(0);
  });

  it('message boundaries: non-interrupting adds a path, interrupting cancels the task', async () => {
    await h.deploy(
      'mb',
      bpmn(
        'mb',
        `
      <bpmn:startEvent id="s"/><bpmn:userTask id="work"/>
      <bpmn:boundaryEvent id="note" attachedToRef="work" cancelActivity="false"><bpmn:messageEventDefinition messageRef="N"/></bpmn:boundaryEvent>
      <bpmn:boundaryEvent id="cancel" attachedToRef="work"><bpmn:messageEventDefinition messageRef="C"/></bpmn:boundaryEvent>
      <bpmn:userTask id="readNote"/><bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/><bpmn:endEvent id="e3"/>
      ${flow('s', 'work')}${flow('work', 'e1')}${flow('note', 'readNote')}${flow('readNote', 'e2')}${flow('cancel', 'e3')}`,
        '<bpmn:message id="N" name="note"/><bpmn:message id="C" name="cancel"/>',
      ),
    );
    const instance = await h.engine.startProcess({ key: 'mb', businessKey: 'k' });
    await correlateMessage(h.engine, { messageName: 'note', businessKey: 'k' });
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id).sort()).toEqual(['readNote', 'work']);
    await correlateMessage(h.engine, { messageName: 'cancel', businessKey: 'k' });
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id)).toEqual(['readNote']);
    await completeTask(h.engine, (await h.tasks(instance.id))[0].id);
    expect((await h.instance(instance.id)).state).toBe('COMPLETED');
  });

  it('multi-instance stops early on its completion condition', async () => {
    await h.deploy(
      'mi',
      bpmn(
        'mi',
        `
      <bpmn:startEvent id="s"/>
      <bpmn:userTask id="vote"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>= 3</bpmn:loopCardinality><bpmn:completionCondition>= nrOfCompletedInstances >= 2</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
      <bpmn:endEvent id="e"/>${flow('s', 'vote')}${flow('vote', 'e')}`,
      ),
    );
    const instance = await h.engine.startProcess({ key: 'mi' });
    const votes = await h.tasks(instance.id);
    expect(votes).toHaveLength(3);
    await completeTask(h.engine, votes[0].id);
    await completeTask(h.engine, votes[1].id);
    expect((await h.instance(instance.id)).state).toBe('COMPLETED');
    expect(await h.tasks(instance.id)).toHaveLength(0);
  });

  it('deleting an instance removes its open work and refuses further commands', async () => {
    await h.deploy('del', bpmn('del', `<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>${flow('s', 't')}`));
    const instance = await h.engine.startProcess({ key: 'del', variables: typedFromPlain({ a: 1 }) });
    const [task] = await h.tasks(instance.id);
    await deleteProcessInstance(h.engine, instance.id);
    expect((await h.instance(instance.id)).state).toBe('EXTERNALLY_TERMINATED');
    await expect(completeTask(h.engine, task.id)).rejects.toMatchObject({ code: 'CAUCE_ERR_TASK_NOT_FOUND' });
    await expect(deleteProcessInstance(h.engine, instance.id)).rejects.toMatchObject({
      code: 'CAUCE_ERR_INSTANCE_ENDED',
    });
    await expect(deleteProcessInstance(h.engine, 'not-a-uuid')).rejects.toMatchObject({
      code: 'CAUCE_ERR_INSTANCE_NOT_FOUND',
    });
  });

  it('concurrent completes of one instance both land (optimistic lock retried)', async () => {
    await h.deploy(
      'cc',
      bpmn(
        'cc',
        `
      <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="a"/><bpmn:userTask id="b"/>
      <bpmn:parallelGateway id="join"/><bpmn:endEvent id="e"/>
      ${flow('s', 'fork')}${flow('fork', 'a')}${flow('fork', 'b')}${flow('a', 'join')}${flow('b', 'join')}${flow('join', 'e')}`,
      ),
    );
    const instance = await h.engine.startProcess({ key: 'cc' });
    const [a, b] = await h.tasks(instance.id);
    await Promise.all([
      completeTask(h.engine, a.id, typedFromPlain({ x: 1 })),
      completeTask(h.engine, b.id, typedFromPlain({ y: 2 })),
    ]);
    const row = await h.instance(instance.id);
    expect(row.state).toBe('COMPLETED');
    expect(Object.keys(row.data.scopes[instance.id].vars).sort()).toEqual(['x', 'y']);
    const ends = (await h.activityPath(instance.id)).filter((x) => x === 'e');
    expect(ends).toHaveLength(1);
  });
});
