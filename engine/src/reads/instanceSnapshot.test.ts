import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { bpmn, flow } from '../testing/bpmn';
import { engineOn } from '../testing/engineHarness';
import { plainValues, typedFromPlain } from '../variables/TypedValue';
import { definitionModel } from './definitionModel';
import { instanceSnapshot } from './instanceSnapshot';

const process = bpmn(
  'waits',
  `
  <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/>
  <bpmn:userTask id="ask" cauce:channels="web" cauce:identificationLevel="2" camunda:candidateGroups="agent-l2">
    <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="local">here</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
  </bpmn:userTask>
  <bpmn:serviceTask id="lookup" camunda:type="external" camunda:topic="lookup"/>
  <bpmn:userTask id="late" camunda:dueDate="=&quot;next tuesday&quot;"/>
  <bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/>
    <bpmn:intermediateCatchEvent id="pause"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="se"/>${flow('ss', 'pause')}${flow('pause', 'se')}</bpmn:subProcess>
  ${flow('s', 'fork')}${flow('fork', 'ask')}${flow('fork', 'lookup')}${flow('fork', 'late')}${flow('fork', 'sub')}`,
);

describe.each(databasesUnderTest())('instanceSnapshot on $name', (d) => {
  let db: Db;
  let h: Awaited<ReturnType<typeof engineOn>>;
  beforeEach(async () => {
    db = await d.open();
    h = await engineOn(db);
  });
  afterEach(() => db.close());

  it('says where an instance waits, with the step of each user task, and which activities are live', async () => {
    // given
    await h.deploy('waits', process);
    const started = await h.engine.startProcess({ key: 'waits', variables: typedFromPlain({ x: 1 }) });
    // when
    const snapshot = await instanceSnapshot(h.engine, started.id);
    // then
    expect(snapshot).toMatchObject({ id: started.id, definitionKey: 'waits', state: 'ACTIVE', businessKey: null });
    expect(snapshot!.model.id).toBe('waits');
    const waits = snapshot!.waits
      .map(({ elementId, state, kind, atProcessLevel }) => ({ elementId, state, kind, atProcessLevel }))
      .sort((a, b) => a.elementId.localeCompare(b.elementId));
    expect(waits).toEqual([
      { elementId: 'ask', state: 'waiting', kind: 'task', atProcessLevel: true },
      { elementId: 'late', state: 'incident', kind: undefined, atProcessLevel: true },
      { elementId: 'lookup', state: 'waiting', kind: 'external', atProcessLevel: true },
      { elementId: 'pause', state: 'waiting', kind: 'timer', atProcessLevel: false },
      { elementId: 'sub', state: 'waiting', kind: 'subProcess', atProcessLevel: true },
    ]);
    const ask = snapshot!.waits.find((w) => w.elementId === 'ask');
    expect(ask?.step).toMatchObject({ channels: ['web'], identificationLevel: 2, agentLevel: 2 });
    expect(snapshot!.activities.map((a) => a.elementId).sort()).toEqual(['ask', 'late', 'lookup', 'pause', 'sub']);
  });

  it('gives the variables seen from a live activity, or the process', async () => {
    // given
    await h.deploy('waits', process);
    const started = await h.engine.startProcess({ key: 'waits', variables: typedFromPlain({ x: 1 }) });
    const snapshot = (await instanceSnapshot(h.engine, started.id))!;
    const ask = snapshot.waits.find((w) => w.elementId === 'ask')!;
    // when
    const fromAsk = plainValues(snapshot.variables(ask.tokenId));
    const fromProcess = plainValues(snapshot.variables());
    // then
    expect(fromAsk).toEqual({ x: 1, local: 'here' });
    expect(fromProcess).toEqual({ x: 1 });
  });

  it('reads unknown instances and definitions as nothing', async () => {
    // given an engine with nothing deployed
    // when
    const snapshot = await instanceSnapshot(h.engine, '00000000-0000-4000-8000-000000000000');
    const malformed = await instanceSnapshot(h.engine, 'not-an-id');
    const model = await definitionModel(h.engine, 'waits:1:nothing');
    // then
    expect([snapshot, malformed, model]).toEqual([undefined, undefined, undefined]);
  });

  it('gives the compiled model of a deployed definition', async () => {
    // given
    const deployed = await h.deploy('waits', process);
    // when
    const model = await definitionModel(h.engine, deployed.definitions[0].id);
    // then
    expect(model?.nodes.ask.step).toMatchObject({ textKey: 'ask', channels: ['web'] });
  });
});
