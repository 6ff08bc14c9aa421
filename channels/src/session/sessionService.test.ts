import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formMessages } from '@cauce/schemas';
import { databasesUnderTest } from '@cauce/engine';
import type { Channel, StepView, Viewer } from '../contract';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';

// Simulators keep state (a card once requested is valid): each test gets fresh ones.
const sims = simulators();

const LUCIA = '99000001C';
const ana: Viewer = { role: 'agent-l1', userId: 'ana' };

describe.each(databasesUnderTest())('session service on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
  });
  afterEach(async () => {
    await h.close();
    await sims.stop();
  });

  /** Starts the health-card procedure on a channel and identifies Lucía (level 1). */
  async function startIdentified(
    channel: Channel,
    viewer: Viewer,
    language: StepView['language'] = 'es',
  ): Promise<StepView> {
    const started = await h.service.start(viewer, {
      procedureId: 'european-health-card',
      channel,
      language,
      ...(channel === 'agent' ? { citizenId: LUCIA } : {}),
    });
    expect(started.status).toBe('identify');
    const answers = await protocolAnswers(sims.url(), LUCIA, started.identification.questions);
    return h.service.identify(viewer, started.sessionId, { method: 'protocol', answers });
  }

  it('runs the whole procedure on the web and by phone: same answers, same outcome and request state', async () => {
    // given
    const results: Record<string, { view: StepView; path: string[] }> = {};
    for (const [channel, viewer] of [
      ['web', { role: 'citizen', userId: 'browser-1' }],
      ['agent', ana],
    ] as Array<[Channel, Viewer]>) {
      if (channel === 'agent') {
        // the same citizen again, as the systems were before the web run
        await h.close();
        await sims.stop();
        await sims.start();
        h = await channelsHarness(d, sims.url());
      }
      // when
      let view = await startIdentified(channel, viewer);
      expect(view).toMatchObject({
        status: 'step',
        step: { id: 'ConfirmRequest' },
        identification: { reached: 1, needed: 1 },
      });
      expect(view.step!.text).toContain('Calle Mayor, 12, 28013 Madrid');
      expect(view.data.citizen).toMatchObject({ id: LUCIA });
      view = await h.service.submit(viewer, view.sessionId, {
        stepId: 'ConfirmRequest',
        answers: { addressConfirmed: 'yes', travellingSoon: 'no' },
        submissionId: `${channel}-1`,
      });
      expect(view).toMatchObject({ status: 'step', step: { id: 'InformRequested' } });
      expect(view.step!.text).not.toContain('{{');
      view = await h.service.submit(viewer, view.sessionId, {
        stepId: 'InformRequested',
        answers: {},
        submissionId: `${channel}-2`,
      });
      const request = (
        await h.db.query('select instance_ids from service_request where id = $1', [view.serviceRequest.id])
      ).rows[0];
      const path = (
        await h.db.query(
          "select element_id from history_event where instance_id = $1 and kind = 'activity_end' order by id",
          [request.instance_ids[0]],
        )
      ).rows.map((r: { element_id: string }) => r.element_id);
      results[channel] = { view, path };
    }
    // then
    const { web, agent } = results;
    expect(web.view).toMatchObject({
      status: 'done',
      outcome: { state: 'resolved' },
      serviceRequest: { state: 'resolved' },
      actions: [],
    });
    expect(agent.view.outcome).toEqual(web.view.outcome);
    expect(agent.view.serviceRequest.state).toBe(web.view.serviceRequest.state);
    expect(agent.view.answers).toEqual(web.view.answers);
    expect(agent.path).toEqual(web.path);
    expect(web.path).toContain('EndRequested');
    expect(web.view.review!.map((r) => r.stepId)).toEqual(['ConfirmRequest', 'InformRequested']);
    expect(web.view.reference).toMatch(/^SR-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
  });

  it('never advances on invalid answers: localized field errors, posted answers kept', async () => {
    // given
    const citizen: Viewer = { role: 'citizen', userId: 'browser-ca' };
    const view = await startIdentified('web', citizen, 'ca');
    // when
    const refused = await h.service.submit(citizen, view.sessionId, {
      stepId: 'ConfirmRequest',
      answers: { addressConfirmed: 'maybe', unknownField: 'x' },
      submissionId: 'bad-1',
    });
    const reloaded = await h.service.view(citizen, view.sessionId);
    // then
    expect(refused).toMatchObject({
      status: 'step',
      step: { id: 'ConfirmRequest' },
      answers: { addressConfirmed: 'maybe' },
    });
    expect(refused.answers).not.toHaveProperty('unknownField');
    expect(refused.errors).toEqual(
      expect.arrayContaining([
        { field: 'travellingSoon', message: formMessages.required.ca },
        { field: 'addressConfirmed', message: formMessages.enum.ca },
      ]),
    );
    expect(refused.step!.title).not.toBe('Compruebe su domicilio');
    expect(reloaded).toMatchObject({
      step: { id: 'ConfirmRequest' },
      answers: { addressConfirmed: 'maybe' },
      errors: [],
    });
  });

  it('applies a repeated submission once', async () => {
    // given
    const view = await startIdentified('agent', ana);
    const input = {
      stepId: 'ConfirmRequest',
      answers: { addressConfirmed: 'yes', travellingSoon: 'no' },
      submissionId: 'same-click',
    };
    // when
    const [a, b] = await Promise.all([
      h.service.submit(ana, view.sessionId, input),
      h.service.submit(ana, view.sessionId, input),
    ]);
    const c = await h.service.submit(ana, view.sessionId, input);
    // then
    for (const v of [a, b, c]) expect(v).toMatchObject({ status: 'step', step: { id: 'InformRequested' } });
    expect(
      h.connectors!.calls.filter(
        (call) => call.topic === 'subsidies.ehic-request' && call.businessKey === view.reference,
      ),
    ).toHaveLength(1);
    const { rows } = await h.db.query(
      "select count(*)::int as n from step_answer where session_id = $1 and step_id = 'ConfirmRequest'",
      [view.sessionId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses to go back past a connector with side effects, and says why', async () => {
    // given
    let view = await startIdentified('web', { role: 'citizen', userId: 'browser-2' });
    view = await h.service.submit({ role: 'citizen', userId: 'browser-2' }, view.sessionId, {
      stepId: 'ConfirmRequest',
      answers: { addressConfirmed: 'yes', travellingSoon: 'no' },
      submissionId: 'x1',
    });
    // when / then
    expect(view.actions).not.toContain('back');
    expect(view.review![0]).toMatchObject({ stepId: 'ConfirmRequest', changeable: false });
    await expect(
      h.service.back({ role: 'citizen', userId: 'browser-2' }, view.sessionId, { toStep: 'ConfirmRequest' }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_BACK_NOT_POSSIBLE', statusCode: 409 });
  });
});
