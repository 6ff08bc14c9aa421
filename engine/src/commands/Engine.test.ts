import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { completeTask } from '../tasks/userTasks';
import {
  bpmnErrorExternalTask,
  completeExternalTask,
  failExternalTask,
  fetchAndLock,
  setExternalTaskRetries,
} from '../external-tasks/externalTasks';
import { correlateMessage } from '../messages/correlateMessage';
import { JobExecutor } from '../jobs/JobExecutor';
import { typedFromPlain } from '../variables/TypedValue';
import { Engine } from './Engine';
import { deploy } from './deploy';

const reference = bpmn(
  'reference',
  `
  <bpmn:startEvent id="start"/>
  <bpmn:serviceTask id="check" camunda:type="external" camunda:topic="check"/>
  <bpmn:exclusiveGateway id="gw" default="f_gw_auto"/>
  <bpmn:userTask id="review"/>
  <bpmn:endEvent id="end"/>
  <bpmn:endEvent id="auto"/>
  ${flow('start', 'check')}${flow('check', 'gw')}${flow('gw', 'review', '= amount > 1000')}${flow('gw', 'auto', undefined, 'f_gw_auto')}
  ${flow('review', 'end')}`,
);

describe.each(databasesUnderTest())('engine on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
  });
  afterEach(() => db.close());

  it('runs start → external task → gateway → user task → end', async () => {
    // given
    await h.deploy('reference', reference);
    const instance = await h.engine.startProcess({ key: 'reference', businessKey: 'bk-1' });
    // when
    const [task] = await fetchAndLock(h.engine, {
      workerId: 'w1',
      maxTasks: 10,
      topics: [{ topicName: 'check', lockDuration: 10_000 }],
    });
    await completeExternalTask(h.engine, task.id, 'w1', typedFromPlain({ amount: 5000 }));
    const [review] = await h.tasks(instance.id);
    await completeTask(h.engine, review.id, typedFromPlain({ approved: true }));
    // then
    const row = await h.instance(instance.id);
    expect(row.state).toBe('COMPLETED');
    expect(await h.activityPath(instance.id)).toEqual(['start', 'check', 'gw', 'review', 'end']);
    expect(row.data.scopes[instance.id].vars.approved).toEqual({ type: 'Boolean', value: true });
  });

  it('starts the latest version by key after another engine process deployed a newer one than it last started', async () => {
    // given: two engines on one database, as two processes; the first one started version 1 (and remembers it)
    const other = new Engine({ db });
    await h.deploy('reference', reference);
    const first = await h.engine.startProcess({ key: 'reference' });
    await deploy(other, { name: 'again', resources: [{ name: 'reference.bpmn', content: reference }] });
    // when
    const second = await h.engine.startProcess({ key: 'reference' });
    // then
    expect(first.definition_id).toMatch(/^reference:1:/);
    expect(second.definition_id).toMatch(/^reference:2:/);
    expect((await h.instance(second.id)).definition_id).toBe(second.definition_id);
    expect(await h.activityPath(second.id)).toEqual(['start']);
  });

  it('takes the default flow and refuses a second complete', async () => {
    await h.deploy('reference', reference);
    const instance = await h.engine.startProcess({ key: 'reference' });
    const [task] = await fetchAndLock(h.engine, {
      workerId: 'w1',
      maxTasks: 1,
      topics: [{ topicName: 'check', lockDuration: 10_000 }],
    });
    await completeExternalTask(h.engine, task.id, 'w1', typedFromPlain({ amount: 10 }));
    await expect(completeExternalTask(h.engine, task.id, 'w1', {})).rejects.toMatchObject({
      code: 'CAUCE_ERR_EXTERNAL_TASK_NOT_FOUND',
    });
    expect(await h.activityPath(instance.id)).toEqual(['start', 'check', 'gw', 'auto']);
  });

  it('makes a failing condition an incident, not a crash', async () => {
    await h.deploy('reference', reference);
    const instance = await h.engine.startProcess({ key: 'reference' });
    const [task] = await fetchAndLock(h.engine, {
      workerId: 'w1',
      maxTasks: 1,
      topics: [{ topicName: 'check', lockDuration: 10_000 }],
    });
    await completeExternalTask(h.engine, task.id, 'w1', typedFromPlain({ note: 'no amount given' }));
    const incidents = await h.incidents(instance.id);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ element_id: 'gw', type: 'failedExpression' });
    expect((await h.instance(instance.id)).state).toBe('ACTIVE');
  });

  it('joins parallel branches only when every branch arrived', async () => {
    await h.deploy(
      'par',
      bpmn(
        'par',
        `
      <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="a"/><bpmn:userTask id="b"/>
      <bpmn:parallelGateway id="join"/><bpmn:endEvent id="e"/>
      ${flow('s', 'fork')}${flow('fork', 'a')}${flow('fork', 'b')}${flow('a', 'join')}${flow('b', 'join')}${flow('join', 'e')}`,
      ),
    );
    const instance = await h.engine.startProcess({ key: 'par' });
    const tasks = await h.tasks(instance.id);
    expect(tasks.map((t: any) => t.element_id).sort()).toEqual(['a', 'b']);
    await completeTask(h.engine, tasks[0].id);
    expect((await h.instance(instance.id)).state).toBe('ACTIVE');
    await completeTask(h.engine, tasks[1].id);
    expect((await h.instance(instance.id)).state).toBe('COMPLETED');
    expect((await h.activityPath(instance.id)).filter((x) => x === 'e')).toHaveLength(1);
  });

  it('inclusive gateway waits only for the branches taken', async () => {
    await h.deploy(
      'inc',
      bpmn(
        'inc',
        `
      <bpmn:startEvent id="s"/><bpmn:inclusiveGateway id="split"/><bpmn:userTask id="a"/><bpmn:userTask id="b"/><bpmn:userTask id="c"/>
      <bpmn:inclusiveGateway id="join"/><bpmn:endEvent id="e"/>
      ${flow('s', 'split')}${flow('split', 'a', 'x > 1')}${flow('split', 'b', 'x > 2')}${flow('split', 'c', 'x > 100')}
      ${flow('a', 'join')}${flow('b', 'join')}${flow('c', 'join')}${flow('join', 'e')}`,
      ),
    );
    const instance = await h.engine.startProcess({ key: 'inc', variables: typedFromPlain({ x: 5 }) });
    const tasks = await h.tasks(instance.id);
    expect(tasks.map((t: any) => t.element_id).sort()).toEqual(['a', 'b']);
    await completeTask(h.engine, tasks[0].id);
    expect((await h.instance(instance.id)).state).toBe('ACTIVE');
    await completeTask(h.engine, tasks[1].id);
    expect((await h.instance(instance.id)).state).toBe('COMPLETED');
  });

  it('routes a BPMN error to a boundary event, and makes an uncaught one an incident', async () => {
    await h.deploy(
      'err',
      bpmn(
        'err',
        `
      <bpmn:startEvent id="s"/><bpmn:serviceTask id="call" camunda:type="external" camunda:topic="lookup"/>
      <bpmn:boundaryEvent id="notFound" attachedToRef="call"><bpmn:errorEventDefinition errorRef="E1"/></bpmn:boundaryEvent>
      <bpmn:endEvent id="ok"/><bpmn:userTask id="handle"/><bpmn:endEvent id="handled"/>
      ${flow('s', 'call')}${flow('call', 'ok')}${flow('notFound', 'handle')}${flow('handle', 'handled')}`,
        '<bpmn:error id="E1" errorCode="NOT_FOUND"/>',
      ),
    );
    const caught = await h.engine.startProcess({ key: 'err' });
    let [task] = await fetchAndLock(h.engine, {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'lookup', lockDuration: 1000 }],
    });
    await bpmnErrorExternalTask(h.engine, task.id, 'w', { errorCode: 'NOT_FOUND' });
    expect((await h.tasks(caught.id)).map((t: any) => t.element_id)).toEqual(['handle']);
    expect(await h.externalTasks(caught.id)).toHaveLength(0);

    const uncaught = await h.engine.startProcess({ key: 'err' });
    [task] = await fetchAndLock(h.engine, {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'lookup', lockDuration: 1000 }],
    });
    await bpmnErrorExternalTask(h.engine, task.id, 'w', { errorCode: 'OTHER' });
    expect((await h.incidents(uncaught.id))[0]).toMatchObject({ type: 'unhandledBpmnError', element_id: 'call' });
  });

  it('retries a failed external task, then raises an incident at 0 retries', async () => {
    await h.deploy('reference', reference);
    const instance = await h.engine.startProcess({ key: 'reference' });
    const topics = [{ topicName: 'check', lockDuration: 1000 }];
    let [task] = await fetchAndLock(h.engine, { workerId: 'w', maxTasks: 1, topics });
    await failExternalTask(h.engine, task.id, 'w', { errorMessage: 'down', retries: 1, retryTimeout: 5000 });
    expect(await fetchAndLock(h.engine, { workerId: 'w', maxTasks: 1, topics })).toHaveLength(0);
    h.advance(5001);
    [task] = await fetchAndLock(h.engine, { workerId: 'w', maxTasks: 1, topics });
    expect(task.retries).toBe(1);
    await failExternalTask(h.engine, task.id, 'w', { errorMessage: 'still down', retries: 0 });
    expect((await h.incidents(instance.id))[0]).toMatchObject({ type: 'failedExternalTask', message: 'still down' });
    // and setting retries again resolves the incident and makes the task fetchable
    await setExternalTaskRetries(h.engine, task.id, 2);
    expect(await h.incidents(instance.id)).toHaveLength(0);
    expect(await fetchAndLock(h.engine, { workerId: 'w', maxTasks: 1, topics })).toHaveLength(1);
  });

  it('refuses completion by another worker or after the lock expired', async () => {
    await h.deploy('reference', reference);
    await h.engine.startProcess({ key: 'reference' });
    const topics = [{ topicName: 'check', lockDuration: 1000 }];
    const [task] = await fetchAndLock(h.engine, { workerId: 'w1', maxTasks: 1, topics });
    await expect(completeExternalTask(h.engine, task.id, 'w2')).rejects.toMatchObject({
      code: 'CAUCE_ERR_TASK_NOT_LOCKED',
    });
    h.advance(1001);
    await expect(completeExternalTask(h.engine, task.id, 'w1')).rejects.toMatchObject({
      code: 'CAUCE_ERR_LOCK_EXPIRED',
    });
    const [again] = await fetchAndLock(h.engine, { workerId: 'w2', maxTasks: 1, topics });
    expect(again.id).toBe(task.id);
    await completeExternalTask(h.engine, again.id, 'w2', typedFromPlain({ amount: 1 }));
  });

  it('fires timers: intermediate catch, interrupting and non-interrupting boundaries', async () => {
    await h.deploy(
      'timers',
      bpmn(
        'timers',
        `
      <bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
      <bpmn:userTask id="work"/>
      <bpmn:boundaryEvent id="remind" attachedToRef="work" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R2/PT10M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:boundaryEvent id="timeout" attachedToRef="work"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:manualTask id="reminded"/><bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/><bpmn:endEvent id="e3"/>
      ${flow('s', 'wait')}${flow('wait', 'work')}${flow('work', 'e1')}${flow('remind', 'reminded')}${flow('reminded', 'e2')}${flow('timeout', 'e3')}`,
      ),
    );
    const instance = await h.engine.startProcess({ key: 'timers' });
    const jobs = new JobExecutor(h.engine);
    expect(await jobs.runDueJobs()).toBe(0);
    h.advance(60_001);
    expect(await jobs.runDueJobs()).toBe(1);
    expect((await h.tasks(instance.id)).map((t: any) => t.element_id)).toEqual(['work']);
    h.advance(10 * 60_000 + 1);
    expect(await jobs.runDueJobs()).toBe(1);
    h.advance(10 * 60_000 + 1);
    expect(await jobs.runDueJobs()).toBe(1);
    h.advance(10 * 60_000 + 1);
    expect(await jobs.runDueJobs()).toBe(0);
    h.advance(40 * 60_000);
    expect(await jobs.runDueJobs()).toBe(1);
    const row = await h.instance(instance.id);
    expect(row.state).toBe('COMPLETED');
    const path = await h.activityPath(instance.id);
    expect(path.filter((x) => x === 'reminded')).toHaveLength(2);
    expect(path).toContain('e3');
    expect(path).not.toContain('e1');
  });

  it('correlates messages to catch events, event gateways and message starts', async () => {
    await h.deploy(
      'msg',
      bpmn(
        'msg',
        `
      <bpmn:startEvent id="s"/><bpmn:eventBasedGateway id="gw"/>
      <bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="M1"/></bpmn:intermediateCatchEvent>
      <bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
      <bpmn:receiveTask id="receipt" messageRef="M2"/>
      <bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>
      ${flow('s', 'gw')}${flow('gw', 'paid')}${flow('gw', 'late')}${flow('paid', 'receipt')}${flow('receipt', 'e1')}${flow('late', 'e2')}`,
        '<bpmn:message id="M1" name="paid"/><bpmn:message id="M2" name="receipt"/>',
      ),
    );
    await h.deploy(
      'byMessage',
      bpmn(
        'byMessage',
        `<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="M3"/></bpmn:startEvent><bpmn:userTask id="t"/>${flow('s', 't')}`,
        '<bpmn:message id="M3" name="hello"/>',
      ),
    );
    const a = await h.engine.startProcess({ key: 'msg', businessKey: 'A' });
    const b = await h.engine.startProcess({ key: 'msg', businessKey: 'B' });
    await expect(correlateMessage(h.engine, { messageName: 'paid' })).rejects.toMatchObject({
      code: 'CAUCE_ERR_MESSAGE_AMBIGUOUS',
    });
    await correlateMessage(h.engine, {
      messageName: 'paid',
      businessKey: 'A',
      processVariables: typedFromPlain({ amount: 3 }),
    });
    await correlateMessage(h.engine, { messageName: 'receipt', processInstanceId: a.id });
    expect((await h.instance(a.id)).state).toBe('COMPLETED');
    expect((await h.instance(b.id)).state).toBe('ACTIVE');
    expect(await h.activityPath(a.id)).toEqual(['s', 'gw', 'paid', 'receipt', 'e1']);
    await expect(correlateMessage(h.engine, { messageName: 'nobody' })).rejects.toMatchObject({
      code: 'CAUCE_ERR_MESSAGE_NOT_CORRELATED',
    });
    const [started] = await correlateMessage(h.engine, { messageName: 'hello' });
    expect(started.resultType).toBe('ProcessDefinition');
  });

  it('runs subprocesses, call activities, multi-instance, scripts and mappings', async () => {
    await h.deploy(
      'child',
      bpmn(
        'child',
        `<bpmn:startEvent id="s"/><bpmn:scriptTask id="double" scriptFormat="feel" camunda:resultVariable="out"><bpmn:script>n * 2</bpmn:script></bpmn:scriptTask><bpmn:endEvent id="e"/>${flow('s', 'double')}${flow('double', 'e')}`,
      ),
    );
    await h.deploy(
      'parent',
      bpmn(
        'parent',
        `
      <bpmn:startEvent id="s"/>
      <bpmn:subProcess id="sub"><bpmn:multiInstanceLoopCharacteristics camunda:collection="items" camunda:elementVariable="item"/>
        <bpmn:startEvent id="ss"/><bpmn:userTask id="each"/><bpmn:endEvent id="se"/>${flow('ss', 'each')}${flow('each', 'se')}
      </bpmn:subProcess>
      <bpmn:callActivity id="call" calledElement="child"><bpmn:extensionElements><camunda:in source="count" target="n"/><camunda:out source="out" target="doubled"/></bpmn:extensionElements></bpmn:callActivity>
      <bpmn:serviceTask id="mapped" camunda:type="external" camunda:topic="m"><bpmn:extensionElements><camunda:inputOutput>
        <camunda:inputParameter name="greeting">= "hola " + name</camunda:inputParameter><camunda:outputParameter name="final">= result + 1</camunda:outputParameter>
      </camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
      <bpmn:userTask id="seq"><bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>
      <bpmn:endEvent id="e"/>
      ${flow('s', 'sub')}${flow('sub', 'call')}${flow('call', 'mapped')}${flow('mapped', 'seq')}${flow('seq', 'e')}`,
      ),
    );
    const instance = await h.engine.startProcess({
      key: 'parent',
      variables: typedFromPlain({ items: ['x', 'y'], count: 21, name: 'Ana' }),
    });
    const each = await h.tasks(instance.id);
    expect(each).toHaveLength(2);
    for (const t of each) await completeTask(h.engine, t.id);
    const [ext] = await fetchAndLock(h.engine, {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'm', lockDuration: 1000 }],
    });
    expect(ext.variables.greeting.value).toBe('hola Ana');
    expect(ext.variables.doubled.value).toBe(42);
    await completeExternalTask(h.engine, ext.id, 'w', typedFromPlain({ result: 1 }));
    for (let i = 0; i < 3; i++) {
      const tasks = await h.tasks(instance.id);
      expect(tasks).toHaveLength(1);
      await completeTask(h.engine, tasks[0].id);
    }
    const row = await h.instance(instance.id);
    expect(row.state).toBe('COMPLETED');
    expect(row.data.scopes[instance.id].vars.final.value).toBe(2);
    expect(row.data.scopes[instance.id].vars.result).toBeUndefined();
  });
});
