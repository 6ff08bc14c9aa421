import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '@cauce/engine';
import type { StepView, Viewer } from '../contract';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';

const sims = simulators();
const ANTONIO = '99000009M';
const citizen: Viewer = { role: 'citizen', userId: 'browser-antonio' };

describe.each(databasesUnderTest())('revising an earlier answer on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
  });
  afterEach(async () => {
    await h.close();
    await sims.stop();
  });

  async function twoStepsAnswered(): Promise<StepView> {
    const started = await h.service.start(citizen, { procedureId: 'bank-details', channel: 'web', language: 'es' });
    let view = await h.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), ANTONIO, started.identification.questions),
    });
    view = await h.service.submit(citizen, view.sessionId, {
      stepId: 'Reason',
      answers: { reason: 'pension' },
      submissionId: 'r1',
    });
    return h.service.submit(citizen, view.sessionId, {
      stepId: 'Details',
      answers: { phoneForNotice: '600000009' },
      submissionId: 'd1',
    });
  }

  it('moves the token back inside the one instance: the live step is cancelled, the revised one started again', async () => {
    // given: Reason and Details answered, the instance waits at Iban
    const view = await twoStepsAnswered();
    const instanceId = (
      await h.db.query('select instance_ids from service_request where id = $1', [view.serviceRequest.id])
    ).rows[0].instance_ids[0];
    const revBefore = (await h.db.query('select rev from process_instance where id = $1', [instanceId])).rows[0].rev;
    // when: back to Reason with a changed answer
    await h.service.back(citizen, view.sessionId, { toStep: 'Reason' });
    await h.service.submit(citizen, view.sessionId, {
      stepId: 'Reason',
      answers: { reason: 'subsidy' },
      submissionId: 'r2',
    });
    // then: still one instance, active, waiting at Iban again after the replay of Details
    const request = (
      await h.db.query('select instance_ids from service_request where id = $1', [view.serviceRequest.id])
    ).rows[0];
    expect(request.instance_ids).toEqual([instanceId]);
    const instance = (await h.db.query('select state from process_instance where id = $1', [instanceId])).rows[0];
    expect(instance.state).toBe('ACTIVE');
    expect(
      (await h.db.query('select element_id from task where instance_id = $1', [instanceId])).rows.map(
        (r: any) => r.element_id,
      ),
    ).toEqual(['Iban']);
    // the modification's own rev: Iban cancelled, Reason started, nothing else
    const modification = (
      await h.db.query('select kind, element_id from history_event where instance_id = $1 and rev = $2 order by seq', [
        instanceId,
        revBefore + 1,
      ])
    ).rows;
    expect(modification).toEqual([
      { kind: 'activity_cancel', element_id: 'Iban' },
      { kind: 'activity_start', element_id: 'Reason' },
    ]);
    // the answers in force are the new one and the replayed one
    const log = (
      await h.db.query(
        'select step_id, answers, superseded from step_answer where service_request_id = $1 order by id',
        [view.serviceRequest.id],
      )
    ).rows;
    expect(log.filter((r: any) => !r.superseded).map((r: any) => [r.step_id, r.answers])).toEqual([
      ['Reason', { reason: 'subsidy' }],
      ['Details', { phoneForNotice: '600000009' }],
    ]);
    expect(log.filter((r: any) => r.superseded).map((r: any) => r.step_id)).toEqual(['Reason', 'Details']);
  });
});
