import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '@cauce/engine';
import type { StepView, Viewer } from '../contract';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';

const sims = simulators();
const LUCIA = '99000001C';
const citizen: Viewer = { role: 'citizen', userId: 'browser-lucia' };
const ana: Viewer = { role: 'agent-l1', userId: 'ana' };
const luis: Viewer = { role: 'agent-l2', userId: 'luis' };

describe.each(databasesUnderTest())('hand-off, help and escalation on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  beforeEach(() => sims.start());
  afterEach(async () => {
    await h?.close();
    await sims.stop();
  });

  async function webIdentified(): Promise<StepView> {
    const started = await h.service.start(citizen, {
      procedureId: 'european-health-card',
      channel: 'web',
      language: 'es',
    });
    return h.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), LUCIA, started.identification.questions),
    });
  }

  it('a citizen asks for help and an agent finishes by reference, asking nothing again', async () => {
    // given
    h = await channelsHarness(d, sims.url());
    let web = await webIdentified();
    web = await h.service.submit(citizen, web.sessionId, {
      stepId: 'ConfirmRequest',
      answers: { addressConfirmed: 'yes', travellingSoon: 'no' },
      submissionId: 'w1',
    });
    expect(web.step?.id).toBe('InformRequested');
    // when
    web = await h.service.help(citizen, web.sessionId, 'No sé si ya está pedida');
    const queued = await h.service.queue(ana, 1);
    const agent = await h.service.resume(ana, web.reference.toLowerCase().replace(/-/g, ' '));
    // then
    expect(web).toMatchObject({ status: 'handed-off', actions: [], serviceRequest: { state: 'in-progress' } });
    expect(web.texts?.handOff).toContain('continuará');
    expect(queued).toEqual([
      expect.objectContaining({
        sessionId: web.sessionId,
        reference: web.reference,
        reason: 'help: No sé si ya está pedida',
      }),
    ]);
    expect(agent).toMatchObject({
      channel: 'agent',
      status: 'step',
      step: { id: 'InformRequested' },
      identification: { reached: 1, needed: 1 },
      serviceRequest: { id: web.serviceRequest.id },
    });
    expect(agent.sessionId).not.toBe(web.sessionId);
    expect(agent.answers).toEqual({ addressConfirmed: 'yes', travellingSoon: 'no' });
    expect(agent.review![0].fields.map((f) => f.label)).toEqual([
      '¿El domicilio es correcto?',
      '¿Viaja en los próximos diez días?',
    ]);
    expect(agent.data.ehicRequest).toBeDefined();
    expect(await h.service.queue(ana, 1)).toEqual([]);

    // when the agent finishes
    const done = await h.service.submit(ana, agent.sessionId, {
      stepId: 'InformRequested',
      answers: {},
      submissionId: 'a1',
    });
    const citizenSees = await h.service.view(citizen, web.sessionId);
    // then
    expect(done).toMatchObject({ status: 'done', outcome: { state: 'resolved' } });
    expect(citizenSees).toMatchObject({ status: 'done', outcome: { state: 'resolved' } });
    expect(h.connectors!.calls.filter((c) => c.topic === 'subsidies.ehic-request')).toHaveLength(1);
    const actions = (
      await h.db.query('select action from audit_log where service_request_id = $1 order by id', [
        web.serviceRequest.id,
      ])
    ).rows.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['start', 'identified', 'submit', 'help', 'resume']));
  });

  it('hands a web session to the second level at a step only it performs; the first level cannot take it', async () => {
    // given: the affiliation lookup does not find the citizen (after identification), so the record needs review
    h = await channelsHarness(d, sims.url(), {
      override: (topic) => (topic === 'affiliation.get-citizen' ? { bpmnError: 'CITIZEN_NOT_FOUND' } : undefined),
    });
    // when
    const web = await webIdentified();
    // then
    expect(web).toMatchObject({ status: 'handed-off', serviceRequest: { state: 'escalated' } });
    expect(web.step).toBeUndefined();
    expect((await h.service.queue(luis, 2)).map((q) => q.sessionId)).toEqual([web.sessionId]);
    expect(await h.service.queue(luis, 1)).toEqual([]);
    await expect(h.service.queue(ana, 2)).rejects.toMatchObject({ code: 'CAUCE_ERR_FORBIDDEN', statusCode: 403 });
    await expect(h.service.resume(ana, web.reference)).rejects.toMatchObject({ code: 'CAUCE_ERR_FORBIDDEN' });

    // when the second level takes it
    const l2 = await h.service.resume(luis, web.reference);
    expect(l2).toMatchObject({ status: 'step', step: { id: 'ReviewRecord' } });
    expect(Object.keys((l2.step!.form as { properties: object }).properties)).toEqual(['resolution', 'notes']);
    const done = await h.service.submit(luis, l2.sessionId, {
      stepId: 'ReviewRecord',
      answers: { resolution: 'corrected', notes: 'Alta corregida en afiliación' },
      submissionId: 'l2-1',
    });
    // then
    expect(done).toMatchObject({ status: 'done', serviceRequest: { state: 'resolved' } });
    expect(
      (await h.db.query('select responsible from service_request where id = $1', [web.serviceRequest.id])).rows[0]
        .responsible,
    ).toBe('agent-l2');
    expect(await h.service.requestStatus({ role: 'citizen', userId: 'anyone' }, web.reference, 'en')).toMatchObject({
      state: 'resolved',
      type: 'ehic-request',
    });
  });

  it('a first-level agent escalates with a note and the second level continues with the full context', async () => {
    // given
    h = await channelsHarness(d, sims.url());
    const started = await h.service.start(ana, {
      procedureId: 'european-health-card',
      channel: 'agent',
      language: 'es',
      citizenId: LUCIA,
    });
    const call = await h.service.identify(ana, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), LUCIA, started.identification.questions),
    });
    // when
    const escalated = await h.service.escalate(ana, call.sessionId, 'Dice que su domicilio cambió ayer');
    const taken = await h.service.resume(luis, call.reference);
    // then
    expect(escalated).toMatchObject({ status: 'handed-off', serviceRequest: { state: 'escalated' }, actions: [] });
    await expect(h.service.escalate(ana, call.sessionId, '')).rejects.toMatchObject({
      code: 'CAUCE_ERR_INPUT_INVALID',
    });
    expect(taken).toMatchObject({ status: 'step', step: { id: 'ConfirmRequest' }, identification: { reached: 1 } });
    const notes = (await h.db.query('select notes from service_request where id = $1', [call.serviceRequest.id]))
      .rows[0].notes;
    expect(notes).toEqual([
      expect.objectContaining({ by: 'ana', role: 'agent-l1', text: 'Dice que su domicilio cambió ayer' }),
    ]);
    await expect(
      h.service.submit(ana, call.sessionId, {
        stepId: 'ConfirmRequest',
        answers: { addressConfirmed: 'no', travellingSoon: 'no' },
        submissionId: 'late',
      }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_ACTION_NOT_ALLOWED' });
    const done = await h.service.submit(luis, taken.sessionId, {
      stepId: 'ConfirmRequest',
      answers: { addressConfirmed: 'no', travellingSoon: 'no' },
      submissionId: 'l2',
    });
    expect(done.step?.id).toBe('InformChangeAddressFirst');
    const closed = await h.service.close(luis, done.sessionId, {
      outcome: 'cancelled',
      note: 'Primero el cambio de domicilio',
    });
    expect(closed).toMatchObject({
      status: 'done',
      outcome: { state: 'cancelled' },
      serviceRequest: { state: 'cancelled' },
    });
  });
});
