import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '@cauce/engine';
import type { StepView, Viewer } from '../contract';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';

const sims = simulators();
const LUCIA = '99000001C';
const citizen: Viewer = { role: 'citizen', userId: 'browser-lucia' };
const ana: Viewer = { role: 'agent-l1', userId: 'ana' };
const luis: Viewer = { role: 'agent-l2', userId: 'luis' };

describe.each(databasesUnderTest())('notes and the citizen in the step view on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
  });
  afterEach(async () => {
    await h?.close();
    await sims.stop();
  });

  async function agentIdentified(): Promise<StepView> {
    const started = await h.service.start(ana, {
      procedureId: 'european-health-card',
      channel: 'agent',
      language: 'es',
      citizenId: LUCIA,
    });
    return h.service.identify(ana, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), LUCIA, started.identification.questions),
    });
  }

  it('keeps an agent note at once, shows the notes to staff, and the second level finds them in the queue and the session', async () => {
    // given
    const view = await agentIdentified();
    expect(view).toMatchObject({ citizenId: LUCIA, serviceRequest: { notes: [] } });
    // when
    const noted = await h.service.addNote(ana, view.sessionId, '  Llama desde el extranjero; prefiere correo.  ');
    const escalated = await h.service.escalate(ana, view.sessionId, 'Revisar el alta');
    const [queued] = await h.service.queue(luis, 2);
    const preview = await h.service.view(luis, queued.sessionId);
    const taken = await h.service.resume(luis, view.reference);
    // then
    expect(noted.serviceRequest.notes).toEqual([
      { at: expect.any(String), by: 'ana', role: 'agent-l1', text: 'Llama desde el extranjero; prefiere correo.' },
    ]);
    expect(noted).toMatchObject({ status: 'step', step: { id: view.step!.id } });
    expect(escalated.serviceRequest.notes!.map((n) => n.text)).toEqual([
      'Llama desde el extranjero; prefiere correo.',
      'Revisar el alta',
    ]);
    expect(preview.serviceRequest.notes).toEqual(escalated.serviceRequest.notes);
    expect(taken).toMatchObject({ citizenId: LUCIA, serviceRequest: { notes: escalated.serviceRequest.notes } });
    expect(new Date(noted.serviceRequest.notes![0].at).getTime()).not.toBeNaN();
    const audited = (await h.db.query("select user_id, detail from audit_log where action = 'note'")).rows;
    expect(audited).toEqual([{ user_id: 'ana', detail: { length: 43 } }]);

    // when the second level adds its own note, and the first level's superseded session tries to
    const l2 = await h.service.addNote(luis, taken.sessionId, 'Alta revisada');
    // then
    expect(l2.serviceRequest.notes!.at(-1)).toMatchObject({ by: 'luis', role: 'agent-l2', text: 'Alta revisada' });
    await expect(h.service.addNote(ana, view.sessionId, 'tarde')).rejects.toMatchObject({
      code: 'CAUCE_ERR_ACTION_NOT_ALLOWED',
      statusCode: 409,
    });
  });

  it('never shows notes to a citizen, and shows the citizen their id only once identified', async () => {
    // given
    const started = await h.service.start(citizen, {
      procedureId: 'european-health-card',
      channel: 'web',
      language: 'es',
    });
    // when
    const identified = await h.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), LUCIA, started.identification.questions),
    });
    const helped = await h.service.help(citizen, started.sessionId, 'No entiendo la pregunta');
    const agent = await h.service.resume(ana, started.reference);
    // then
    expect(started.citizenId).toBeUndefined();
    expect(identified.citizenId).toBe(LUCIA);
    expect(identified.serviceRequest).not.toHaveProperty('notes');
    expect(helped.serviceRequest).not.toHaveProperty('notes');
    expect(agent.serviceRequest.notes).toEqual([
      expect.objectContaining({ role: 'citizen', text: 'No entiendo la pregunta' }),
    ]);
    expect(agent.citizenId).toBe(LUCIA);
    await expect(h.service.addNote(citizen, started.sessionId, 'hola')).rejects.toMatchObject({
      code: 'CAUCE_ERR_FORBIDDEN',
      statusCode: 403,
    });
  });

  it('refuses empty, blank and oversized notes, and notes by anyone but the owning agent', async () => {
    // given
    const view = await agentIdentified();
    const stranger: Viewer = { role: 'citizen', userId: 'someone-else' };
    // when / then
    await expect(h.service.addNote(ana, view.sessionId, '')).rejects.toMatchObject({
      code: 'CAUCE_ERR_NOTE_INVALID',
      statusCode: 400,
    });
    await expect(h.service.addNote(ana, view.sessionId, ' \n\t ')).rejects.toMatchObject({
      code: 'CAUCE_ERR_NOTE_INVALID',
    });
    await expect(h.service.addNote(ana, view.sessionId, 'x'.repeat(2001))).rejects.toMatchObject({
      code: 'CAUCE_ERR_NOTE_INVALID',
      message: 'a note needs 1 to 2000 characters of text (it has 2001)',
    });
    await expect(h.service.addNote(luis, view.sessionId, 'no es mía')).rejects.toMatchObject({
      code: 'CAUCE_ERR_FORBIDDEN',
    });
    await expect(h.service.addNote(stranger, view.sessionId, 'hola')).rejects.toMatchObject({
      code: 'CAUCE_ERR_SESSION_NOT_FOUND',
      statusCode: 404,
    });
    await expect(h.service.addNote(ana, '00000000-0000-4000-8000-000000000000', 'hola')).rejects.toMatchObject({
      code: 'CAUCE_ERR_SESSION_NOT_FOUND',
    });
    const longest = await h.service.addNote(ana, view.sessionId, '€'.repeat(2000));
    expect(longest.serviceRequest.notes!.map((n) => [...n.text].length)).toEqual([2000]);
    const { rows } = await h.db.query('select jsonb_array_length(notes) as n from service_request where id = $1', [
      view.serviceRequest.id,
    ]);
    expect(Number(rows[0].n)).toBe(1);
  });
});
