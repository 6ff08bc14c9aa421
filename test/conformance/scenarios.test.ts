import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest, loadBpmn, type Db } from '@cauce/engine';
import { readCorpusFile } from './corpus';
import { conformanceHarness, ENDED } from './harness';
import { twin } from './twin';
import { twins } from './twins';

// The executable files of corpora/bpmn-engine and corpora/camunda-external-task-client-js, driven to their end
// through their FEEL twins (twins.ts, README.md). Strict BPMN semantics, as Camunda 7: a parallel join waits for a
// token on every incoming flow. bpmn-engine instead propagates "discarded" tokens down untaken paths, so its
// joins also complete when fed by exclusive branches; those models are shown here to wait, and stay waiting.
//
// History note: a parallel join records one activity_end per arriving token plus one for the merged token, so a
// join of n flows appears n + 1 times in a path.

describe.each(databasesUnderTest())('bpmn-engine corpus on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof conformanceHarness>>;
  beforeEach(async () => {
    db = await d.open();
    h = await conformanceHarness(db);
  });
  afterEach(() => db.close());

  it('issue-19: parallel fork and join of a task and a (FEEL) script task', async () => {
    // given
    await h.deployTwin('bpmn-engine/issue-19.bpmn');
    // when
    const i = await h.start('Process_1', { timeout: 5 });
    // then
    expect(await h.path(i.id)).toEqual([
      'Start',
      'Parallel1',
      'Task_A',
      'Task_B',
      'Parallel2',
      'Parallel2',
      'Parallel2',
      'Task_C',
      'End',
    ]);
    expect(await h.state(i.id)).toEqual(ENDED);
  });

  it('multiple-joins: a parallel join fed by an exclusive split waits forever, on either branch', async () => {
    // given
    await h.deployTwin('bpmn-engine/multiple-joins.bpmn');
    // when input > 50: the default flow runs scriptTask1 into join1, whose other flow (from join2) never comes
    const high = await h.start('multiple-joins', { input: 51 });
    // when input = 50: userTask1, then userTask2 into join2, whose other flow (userTask3) was never taken
    const fifty = await h.start('multiple-joins', { input: 50 });
    await h.completeUserTask(fifty.id, 'userTask1');
    await h.completeUserTask(fifty.id, 'userTask2');
    // then both wait at a join with nothing left that could arrive (bpmn-engine would complete both)
    expect(await h.path(high.id)).toEqual(['theStart', 'exclusiveGateway1', 'scriptTask1']);
    expect(await h.state(high.id)).toEqual({ ...ENDED, state: 'ACTIVE', tokens: ['join1:joining'] });
    expect(await h.path(fifty.id)).toEqual([
      'theStart',
      'exclusiveGateway1',
      'userTask1',
      'exclusiveGateway2',
      'userTask2',
    ]);
    expect(await h.state(fifty.id)).toEqual({ ...ENDED, state: 'ACTIVE', tokens: ['join2:joining'] });
  });

  it('succeeding-joins: no choice of the two decisions lets both joins fire', async () => {
    // given
    await h.deployTwin('bpmn-engine/succeeding-joins.bpmn');
    // when join1 gets all three flows, join2 still needs the two flows the decisions did not take
    const viaJoin1 = await h.start('succeedingJoinProcess', { takeJoin1: true, takeJoin2: false });
    // when the decisions feed join2, join1 (which join2 also waits for) misses two flows
    const viaJoin2 = await h.start('succeedingJoinProcess', { takeJoin1: false, takeJoin2: true });
    // then both wait for good
    expect(await h.path(viaJoin1.id)).toEqual([
      'start',
      'fork',
      'decision1',
      'decision2',
      'join1',
      'join1',
      'join1',
      'join1',
    ]);
    expect(await h.state(viaJoin1.id)).toEqual({ ...ENDED, state: 'ACTIVE', tokens: ['join2:joining'] });
    expect(await h.path(viaJoin2.id)).toEqual(['start', 'fork', 'decision1', 'decision2']);
    expect(await h.state(viaJoin2.id)).toEqual({
      ...ENDED,
      state: 'ACTIVE',
      tokens: ['join1:joining', 'join2:joining', 'join2:joining'],
    });
  });

  it('task-multiple-inbound: loops back once; the second pass leaves the user task by its timer', async () => {
    // given
    await h.deployTwin('bpmn-engine/task-multiple-inbound.bpmn');
    const i = await h.start('multipleInboundProcess');
    // when the user completes the first pass, and the PT0.1S boundary timer ends the second
    await h.completeUserTask(i.id, 'user');
    expect(await h.state(i.id)).toMatchObject({ userTasks: ['user'], timers: ['timerEvent'] });
    expect(await h.elapse(101)).toBe(1);
    // then
    expect(await h.path(i.id)).toEqual([
      'start',
      'task',
      'user',
      'script',
      'decision',
      'task',
      'timerEvent',
      'script',
      'decision',
      'end',
    ]);
    expect(await h.state(i.id)).toEqual(ENDED);
    expect(await h.variables(i.id)).toMatchObject({ input: 2 });
  });

  it('multiple-endEvents: unconditional inclusive splits; the instance ends when its last token does', async () => {
    // given
    await h.deployTwin('bpmn-engine/multiple-endEvents.bpmn');
    // when
    const i = await h.start('multipleEndProcess', { input: 0 });
    // then
    expect(await h.path(i.id)).toEqual(['start', 'include1', 'end1', 'script1', 'include2', 'end2', 'script2', 'end']);
    expect(await h.state(i.id)).toEqual(ENDED);
    expect(await h.variables(i.id)).toMatchObject({ input: 2 });
  });

  it('mother-of-all: subprocess timer boundary, then an inclusive split that skips its default flow waits at the join', async () => {
    // given
    await h.deployTwin('bpmn-engine/mother-of-all.bpmn');
    const i = await h.start('motherOfAll');
    // when
    await h.completeUserTask(i.id, 'userTask1');
    expect(await h.state(i.id)).toMatchObject({ userTasks: ['subUserTask1'], timers: ['subUserTaskTimer'] });
    expect(await h.elapse(101)).toBe(1);
    // then manyDecisions took both unconditional flows but not its default one, so the three-way join waits for
    // toJoin2 forever (Camunda 7 too); the FEEL loop condition and scriptTask2 are never reached
    expect(await h.path(i.id)).toEqual([
      'StartEvent_1',
      'scriptTask1',
      'userTask1',
      'subUserTaskTimer',
      'subScriptTask1',
      'subProcess1',
      'manyDecisions',
      'noPickMeTask',
      'pickMeTask',
    ]);
    expect(await h.state(i.id)).toEqual({ ...ENDED, state: 'ACTIVE', tokens: ['join:joining', 'join:joining'] });
  });

  it('bound-error-and-timer: a FEEL script neither throws nor waits, so neither boundary can fire', async () => {
    // given
    await h.deployTwin('bpmn-engine/bound-error-and-timer.bpmn');
    // when
    const i = await h.start('boundErrorProcess', { input: 2 });
    // then the script task finished in the start command: no timer was ever armed for timerEvent
    expect(await h.path(i.id)).toEqual(['start', 'scriptTask', 'end']);
    expect(await h.state(i.id)).toEqual(ENDED);
  });

  it('boundary-non-interupting-timer: the join completes only when the timer fires before the task is done', async () => {
    // given
    await h.deployTwin('bpmn-engine/boundary-non-interupting-timer.bpmn');
    const timerFirst = await h.start('Process_1');
    const taskFirst = await h.start('Process_1');
    // when
    await h.completeUserTask(taskFirst.id, 'userTask');
    expect(await h.elapse(11)).toBe(1);
    await h.completeUserTask(timerFirst.id, 'userTask');
    // then
    expect(await h.path(timerFirst.id)).toEqual([
      'StartEvent_1',
      'boundaryEvent',
      'userTask',
      'join',
      'join',
      'join',
      'EndEvent_04z4jtj',
    ]);
    expect(await h.state(timerFirst.id)).toEqual(ENDED);
    // the timer went with its task, so the join waits for a flow that cannot come (bpmn-engine discards it and ends)
    expect(await h.path(taskFirst.id)).toEqual(['StartEvent_1', 'userTask']);
    expect(await h.state(taskFirst.id)).toEqual({ ...ENDED, state: 'ACTIVE', tokens: ['join:joining'] });
  });

  it('timer-event: intermediate timer catch between two tasks', async () => {
    // given
    await h.deployTwin('bpmn-engine/timer-event.bpmn');
    const i = await h.start('timerProcess');
    expect(await h.state(i.id)).toMatchObject({ state: 'ACTIVE', timers: ['duration'] });
    // when
    expect(await h.elapse(49)).toBe(0);
    expect(await h.elapse(2)).toBe(1);
    // then
    expect(await h.path(i.id)).toEqual(['start', 'task1', 'duration', 'task2', 'end']);
    expect(await h.state(i.id)).toEqual(ENDED);
  });

  it('timers: R3/PT10H start fires three times; timeDate catch and dueDate come from variables', async () => {
    // given
    await h.deployTwin('bpmn-engine/timers.bpmn');
    expect(await h.startTimers('Process_0cn5rdh')).toEqual([
      { element: 'start-cycle', dueAt: '2026-01-01T19:00:00.000Z', repeat: 'R2/PT10H' },
    ]);
    // when started by hand at its only start event, with the dates bpmn-engine kept in its environment
    const i = await h.start('Process_0cn5rdh', { catchDate: '2026-01-01T10:00:00Z', dueDate: '2026-01-02T09:00:00Z' });
    expect(await h.state(i.id)).toMatchObject({ timers: ['catch-date'] });
    expect(await h.elapse(60 * 60_000)).toBe(1);
    const [due] = (await db.query('select due_at from task where instance_id = $1', [i.id])).rows;
    await h.completeUserTask(i.id, 'user-due');
    // then the manual task passed at once, so its PT1M boundary was never armed
    expect(new Date(due.due_at).toISOString()).toBe('2026-01-02T09:00:00.000Z');
    expect(await h.path(i.id)).toEqual(['start-cycle', 'task', 'catch-date', 'user-due', 'end']);
    expect(await h.state(i.id)).toEqual(ENDED);

    // when the cycle fires: each start has no catchDate, so it stops with an incident at catch-date
    for (let n = 0; n < 4; n++) await h.elapse(10 * 60 * 60_000);
    // then exactly three more instances, and no timer left
    const started = (await h.instancesOf('Process_0cn5rdh')).filter((id) => id !== i.id);
    expect(started).toHaveLength(3);
    for (const id of started)
      expect(await h.state(id)).toEqual({
        ...ENDED,
        state: 'ACTIVE',
        tokens: ['catch-date:incident'],
        incidents: ['catch-date:failedExpression'],
      });
    expect(await h.startTimers('Process_0cn5rdh')).toEqual([]);
  });

  it('sub-process: an embedded subprocess without start event starts at its activity with no incoming flow', async () => {
    // given
    await h.deployTwin('bpmn-engine/sub-process.bpmn');
    const i = await h.start('mainProcess', { input: 1 });
    // when
    await h.completeUserTask(i.id, 'subUserTask');
    // then
    expect(await h.path(i.id)).toEqual(['theStart', 'subUserTask', 'subScriptTask', 'subProcess', 'theEnd']);
    expect(await h.state(i.id)).toEqual(ENDED);
    expect(await h.variables(i.id)).toMatchObject({ subScript: true });
  });

  it('issue-163: wait states in sequence inside a subprocess', async () => {
    // given
    await h.deployTwin('bpmn-engine/issue-163.bpmn');
    const i = await h.start('Process_1fh0mrz');
    // when
    for (const task of ['Activity_1bpb168', 'Activity_0xqu0xt', 'Activity_0c0569x', 'Activity_09fprjg'])
      await h.completeUserTask(i.id, task);
    // then
    expect(await h.path(i.id)).toEqual([
      'StartEvent_13nn94f',
      'Activity_1bpb168',
      'Activity_0xqu0xt',
      'Activity_0c0569x',
      'Activity_0h5hxio',
      'Activity_09fprjg',
      'Event_1valyoc',
    ]);
    expect(await h.state(i.id)).toEqual(ENDED);
  });

  it('call-activity: the called process is isExecutable="false", so there is nothing to call: an incident', async () => {
    // given (bpmn-engine runs non-executable processes; Camunda 7 and Cauce do not deploy them)
    expect(await h.deployTwin('bpmn-engine/call-activity.bpmn')).toEqual(['Process_1']);
    // when
    const i = await h.start('Process_1');
    // then
    expect(await h.path(i.id)).toEqual(['start']);
    expect(await h.state(i.id)).toEqual({
      ...ENDED,
      state: 'ACTIVE',
      tokens: ['call-activity:waiting'],
      incidents: ['call-activity:failedCallActivity'],
    });
  });

  it('task-with-multi-instance-loop: parallel multi-instance script task, with and without its completion condition', async () => {
    // given
    await h.deployTwin('bpmn-engine/task-with-multi-instance-loop.bpmn');
    const list = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; // ten items, so loopCardinality (10) and the collection agree
    // when
    const all = await h.start('taskLoopProcess', { list, input: 0 });
    const first = await h.start('taskLoopProcess', { list, input: 0, loopCondition: true });
    // then every iteration ran, then the multi-instance body; or the condition held after the first one
    expect(await h.path(all.id)).toEqual(['StartEvent_1', ...Array(11).fill('recurring'), 'EndEvent_16n25gf']);
    expect(await h.variables(all.id)).toMatchObject({ input: 10 });
    expect(await h.path(first.id)).toEqual(['StartEvent_1', 'recurring', 'recurring', 'EndEvent_16n25gf']);
    expect(await h.variables(first.id)).toMatchObject({ input: 1 });
    expect(await h.state(first.id)).toEqual(ENDED);
  });

  it('refused on purpose even as FEEL twins: signals, gateway mappings, JavaScript service implementations', async () => {
    // given the twins with every JavaScript and JUEL expression replaced
    const remaining = async (file: string) => {
      const loaded = await loadBpmn(twin(readCorpusFile(file), twins[file]));
      return loaded.ok ? [] : (loaded.unsupported ?? []).map((u) => `${u.elementId}: ${u.reason}`);
    };
    // when / then
    expect(await remaining('bpmn-engine/multiple-multiple-inbound.bpmn')).toEqual([
      'decision-1: camunda:inputOutput on a gateway is not supported (Camunda 7 refuses it too); map variables on an activity',
      'decision-2: camunda:inputOutput on a gateway is not supported (Camunda 7 refuses it too); map variables on an activity',
    ]);
    expect(await remaining('bpmn-engine/issue-187.bpmn')).toEqual([
      'Event_catch_withdraw: Signal boundaryEvent is not supported',
      'Event_throw_withdraw: Signal intermediateThrowEvent is not supported',
      'event_throw_approved: Signal intermediateThrowEvent is not supported',
      'event_catch_approved: Signal boundaryEvent is not supported',
      'event_throw_approved_back: Signal intermediateThrowEvent is not supported',
    ]);
    expect(await remaining('bpmn-engine/service-task-io.bpmn')).toEqual([
      'serviceTask: serviceTask needs camunda:type="external" and camunda:topic (connectors run as external task workers)',
    ]);
  });
});

describe.each(databasesUnderTest())('camunda-external-task-client-js corpus on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof conformanceHarness>>;
  beforeEach(async () => {
    db = await d.open();
    h = await conformanceHarness(db);
  });
  afterEach(() => db.close());

  it('loan-process: timer start, credit check, parallel multi-instance subprocess deciding per score', async () => {
    // given the twin (cron "every 5 s" as R/PT5S)
    await h.deployTwin('camunda-external-task-client-js/loan-process.bpmn');
    // when the timer starts an instance, and workers do what the upstream example's workers do
    expect(await h.elapse(5000)).toBe(1);
    const [i] = await h.instancesOf('loan_process');
    const check = await h.workExternalTask('creditScoreChecker', (t) => ({
      creditScores: [t.variables.Input_2rvtuu9.value, 9, 1, 4, 10],
      bar: h.now().toISOString(),
    }));
    const seen: Record<string, number[]> = { loanGranter: [], requestRejecter: [] };
    for (const topic of ['loanGranter', 'loanGranter', 'requestRejecter', 'requestRejecter', 'requestRejecter']) {
      // (upstream, requestRejecter only logs and never completes; here it completes so the instance can end)
      await h.workExternalTask(topic, (t) => (seen[topic].push(Number(t.variables.score.value)), {}));
    }
    // then
    expect(check.variables.Input_2rvtuu9).toEqual({ type: 'Integer', value: 5 });
    expect({
      granted: seen.loanGranter.sort((a, b) => a - b),
      rejected: seen.requestRejecter.sort((a, b) => a - b),
    }).toEqual({ granted: [9, 10], rejected: [1, 4, 5] });
    const iteration = (task: string, end: string) => [task, end, 'SubProcess_16kr5xn'];
    expect(await h.path(i)).toEqual([
      'StartEvent_1',
      'Task_1lvjtd4',
      ...Array(5).fill('StartEvent_01840xx'),
      ...Array(5).fill('ExclusiveGateway_12xhuxz'),
      ...iteration('Task_0v4gadf', 'EndEvent_1alwvtl'),
      ...iteration('Task_0v4gadf', 'EndEvent_1alwvtl'),
      ...iteration('Task_0j0sjlk', 'EndEvent_0zj88y0'),
      ...iteration('Task_0j0sjlk', 'EndEvent_0zj88y0'),
      ...iteration('Task_0j0sjlk', 'EndEvent_0zj88y0'),
      'SubProcess_16kr5xn',
      'EndEvent_0q9wl5o',
    ]);
    expect(await h.state(i)).toEqual(ENDED);
    expect(await h.startTimers('loan_process')).toEqual([
      { element: 'StartEvent_1', dueAt: '2026-01-01T09:00:10.000Z', repeat: 'R/PT5S' },
    ]);
  });
});
