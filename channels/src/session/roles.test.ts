import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '@cauce/engine';
import type { StepView, Viewer } from '../contract';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';

const sims = simulators();
const LUCIA = '99000001C';
const CARMEN = '99000002K'; // protected person
const lucia: Viewer = { role: 'citizen', userId: 'browser-lucia' };
const other: Viewer = { role: 'citizen', userId: 'browser-someone-else' };
const ana: Viewer = { role: 'agent-l1', userId: 'ana' };
const luis: Viewer = { role: 'agent-l2', userId: 'luis' };
const sara: Viewer = { role: 'supervisor', userId: 'sara' };

describe.each(databasesUnderTest())('roles and access on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
  });
  afterEach(async () => {
    await h.close();
    await sims.stop();
  });

  async function identified(
    viewer: Viewer,
    citizenId: string,
    procedureId = 'european-health-card',
  ): Promise<StepView> {
    const agent = viewer.role !== 'citizen';
    const started = await h.service.start(viewer, {
      procedureId,
      channel: agent ? 'agent' : 'web',
      language: 'es',
      ...(agent ? { citizenId } : {}),
    });
    return h.service.identify(viewer, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), citizenId, started.identification.questions),
    });
  }

  it("refuses another citizen's session as if it did not exist; staff only what their level may see", async () => {
    // given
    const mine = await identified(lucia, LUCIA);
    const input = {
      stepId: 'ConfirmRequest',
      answers: { addressConfirmed: 'yes', travellingSoon: 'no' },
      submissionId: 'x',
    };
    // then
    for (const attempt of [
      () => h.service.view(other, mine.sessionId),
      () => h.service.submit(other, mine.sessionId, input),
      () => h.service.back(other, mine.sessionId, { toStep: 'ConfirmRequest' }),
      () => h.service.identify(other, mine.sessionId, { method: 'otp-send', channel: 'sms' }),
      () => h.service.help(other, mine.sessionId),
      () => h.service.view(other, '00000000-0000-4000-8000-000000000000'),
      () => h.service.view(other, 'not-a-uuid'),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: 'CAUCE_ERR_SESSION_NOT_FOUND', statusCode: 404 });
    await expect(h.service.view(ana, mine.sessionId)).rejects.toMatchObject({
      code: 'CAUCE_ERR_FORBIDDEN',
      statusCode: 403,
    });
    await expect(
      h.service.start(other, { procedureId: 'european-health-card', channel: 'agent', language: 'es' }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_FORBIDDEN' });
    await expect(h.service.citizenFolder(other, LUCIA)).rejects.toMatchObject({
      code: 'CAUCE_ERR_CITIZEN_NOT_FOUND',
      statusCode: 404,
    });
    await expect(h.service.queue(lucia, 1)).rejects.toMatchObject({ code: 'CAUCE_ERR_FORBIDDEN' });
    const supervised = await h.service.view(sara, mine.sessionId);
    expect(supervised).toMatchObject({ status: 'step', actions: [] });
    await expect(h.service.submit(sara, mine.sessionId, input)).rejects.toMatchObject({ code: 'CAUCE_ERR_FORBIDDEN' });
  });

  it('lists a citizen folder across channels and answers "¿Cómo va lo mío?" by reference on any channel', async () => {
    // given
    const web = await identified(lucia, LUCIA);
    const phone = await identified(ana, LUCIA);
    // when
    const folder = await h.service.citizenFolder(lucia, LUCIA.toLowerCase());
    const byAgent = await h.service.citizenFolder(luis, LUCIA);
    const status = await h.service.requestStatus(other, web.reference.replace(/-/g, '').toLowerCase(), 'gl');
    // then
    expect(folder.map((r) => [r.reference, r.entryChannel]).sort()).toEqual(
      [
        [web.reference, 'web'],
        [phone.reference, 'agent'],
      ].sort(),
    );
    expect(byAgent).toEqual(folder);
    expect(status).toMatchObject({
      reference: web.reference,
      type: 'ehic-request',
      state: 'waiting-citizen',
      text: expect.stringContaining('referencia'),
    });
    await expect(h.service.requestStatus(other, 'SR-2222-22', 'es')).rejects.toMatchObject({
      code: expect.stringMatching(/CAUCE_ERR_(REFERENCE_INVALID|REQUEST_NOT_FOUND)/),
    });
    await expect(h.service.requestStatus(other, 'hello', 'es')).rejects.toMatchObject({
      code: 'CAUCE_ERR_REFERENCE_INVALID',
      statusCode: 400,
    });
  });

  it('needs a stated reason to read a protected person, and audits every such read', async () => {
    // when / then: an agent starting a call about a protected person
    await expect(
      h.service.start(ana, {
        procedureId: 'european-health-card',
        channel: 'agent',
        language: 'es',
        citizenId: CARMEN,
      }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_REASON_REQUIRED', statusCode: 403 });
    const withReason: Viewer = { ...ana, reason: 'Llamada de la titular: solicita la TSE' };
    const started = await h.service.start(withReason, {
      procedureId: 'european-health-card',
      channel: 'agent',
      language: 'es',
      citizenId: CARMEN,
    });
    const call = await h.service.identify(withReason, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), CARMEN, started.identification.questions),
    });
    await expect(h.service.view(ana, call.sessionId)).rejects.toMatchObject({ code: 'CAUCE_ERR_REASON_REQUIRED' });
    await h.service.view(withReason, call.sessionId);
    await expect(h.service.citizenFolder(sara, CARMEN)).rejects.toMatchObject({ code: 'CAUCE_ERR_REASON_REQUIRED' });
    await h.service.citizenFolder({ ...sara, reason: 'Revisión de calidad' }, CARMEN);

    // and: Carmen herself on the web needs no reason; the agent who takes her help request does
    const carmen: Viewer = { role: 'citizen', userId: 'browser-carmen' };
    const own = await identified(carmen, CARMEN);
    await h.service.view(carmen, own.sessionId);
    await h.service.help(carmen, own.sessionId);
    await expect(h.service.resume(luis, own.reference)).rejects.toMatchObject({ code: 'CAUCE_ERR_REASON_REQUIRED' });
    await h.service.resume({ ...luis, reason: 'Ayuda pedida por la titular en la web' }, own.reference);
    const audit = (
      await h.db.query(
        'select user_id, action, reason from audit_log where citizen_id = $1 and action like $2 order by id',
        [CARMEN, 'protected-%'],
      )
    ).rows;
    expect(audit).toEqual([
      { user_id: 'ana', action: 'protected-start', reason: 'Llamada de la titular: solicita la TSE' },
      expect.objectContaining({ user_id: 'ana', action: 'protected-identify' }),
      expect.objectContaining({ user_id: 'ana', action: 'protected-read' }),
      { user_id: 'sara', action: 'protected-folder', reason: 'Revisión de calidad' },
      { user_id: 'luis', action: 'protected-resume', reason: 'Ayuda pedida por la titular en la web' },
    ]);
  });

  it('narrows each form to what the channel and the role may see', async () => {
    // given: the Details step of the bank-details fixture (internalNote: agents on the agent channel; callbackTime: the step says agent-l2 and supervisors)
    const fieldsOf = (v: StepView) => Object.keys((v.step!.form as { properties: object }).properties);
    const reach = async (viewer: Viewer, citizenId: string) => {
      const v = await identified(viewer, citizenId, 'bank-details');
      return h.service.submit(viewer, v.sessionId, {
        stepId: 'Reason',
        answers: { reason: 'pension' },
        submissionId: `${viewer.userId}-r`,
      });
    };
    // when
    const web = await reach(lucia, LUCIA);
    const l1 = await reach(ana, LUCIA);
    const l2 = await reach(luis, LUCIA);
    // then
    expect(fieldsOf(web)).toEqual(['phoneForNotice']);
    expect(fieldsOf(l1)).toEqual(['phoneForNotice', 'internalNote']);
    expect(fieldsOf(l2)).toEqual(['phoneForNotice', 'internalNote', 'callbackTime']);
    expect(Object.keys(l1.step!.labels)).toEqual(['phoneForNotice', 'internalNote']);
    const posted = await h.service.submit(ana, l1.sessionId, {
      stepId: 'Details',
      answers: { phoneForNotice: '600000001', internalNote: 'ok', callbackTime: '10:00' },
      submissionId: 'ana-d',
    });
    expect(posted.status).toBe('identify');
    const saved = (
      await h.db.query("select answers from step_answer where session_id = $1 and step_id = 'Details'", [l1.sessionId])
    ).rows[0].answers;
    expect(saved).toEqual({ phoneForNotice: '600000001', internalNote: 'ok' });
  });

  it('lets a citizen resume their reference from another browser only after identifying again', async () => {
    // given
    const first = await identified(lucia, LUCIA);
    const elsewhere: Viewer = { role: 'citizen', userId: 'browser-lucia-phone' };
    // when
    const claim = await h.service.resume(elsewhere, first.reference);
    // then
    expect(claim).toMatchObject({ status: 'identify', answers: {}, data: {}, review: [] });
    expect(claim.identification.questions!.map((q) => q.id)).not.toContain('citizenId');
    const wrong = await h.service.identify(elsewhere, claim.sessionId, {
      method: 'protocol',
      answers: Object.fromEntries(claim.identification.questions!.map((q) => [q.id, '0'])),
    });
    expect(wrong.status).toBe('identify');
    const proven = await h.service.identify(elsewhere, claim.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), LUCIA, claim.identification.questions),
    });
    expect(proven).toMatchObject({ status: 'step', step: { id: 'ConfirmRequest' }, reference: first.reference });
    expect(await h.service.view(lucia, first.sessionId)).toMatchObject({ status: 'handed-off' });
  });
});
