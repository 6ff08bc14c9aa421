import { buildApp } from '@cauce/engine';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// the real session service and /api on PGlite
import { databasesUnderTest } from '@cauce/engine';
import { channelsApi } from '@cauce/channels';
import { channelsHarness, protocolAnswers, simulators } from '@cauce/channels/testing';
import { ApiClient } from '../api/ApiClient';
import { ConsoleCommands } from './ConsoleCommands';
import { initialState, type ConsoleState } from './ConsoleState';
import { Store } from './Store';

const sims = simulators();
const LUCIA = '99000001C';
const CARMEN = '99000002K';

describe('Store', () => {
  it('merges a patch into a new snapshot and notifies subscribers until they leave', () => {
    // given
    const store = new Store({ a: 1, b: { c: 2 } });
    const before = store.getSnapshot();
    let calls = 0;
    const leave = store.subscribe(() => calls++);
    // when
    store.set({ a: 2 });
    store.set((s) => ({ a: s.a + 1 }));
    leave();
    store.set({ a: 9 });
    // then
    expect(calls).toBe(2);
    expect(before).toEqual({ a: 1, b: { c: 2 } });
    expect(store.getSnapshot()).toEqual({ a: 9, b: { c: 2 } });
    expect(store.getSnapshot().b).toBe(before.b);
  });
});

describe.each(databasesUnderTest())('ConsoleCommands against the real /api on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  let app: ReturnType<typeof buildApp>;
  beforeAll(() => sims.start());
  afterAll(() => sims.stop());
  beforeEach(async () => {
    h = await channelsHarness(d, sims.url());
    app = buildApp({
      db: h.db,
      engine: h.engine,
      plugins: [{ plugin: channelsApi, prefix: '/api', options: { service: h.service } }],
    });
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
    await h.close();
  });

  /** A console whose fetch goes through app.inject: the real routes, no socket. */
  const console_ = () => {
    const store = new Store<ConsoleState>(initialState('es'));
    const fetchImpl = (async (url: string, init: RequestInit = {}) => {
      const r = await app.inject({
        method: (init.method ?? 'GET') as 'GET',
        url,
        headers: init.headers as Record<string, string>,
        payload: init.body as string | undefined,
      });
      return new Response(r.body || null, {
        status: r.statusCode,
        headers: { 'content-type': String(r.headers['content-type'] ?? '') },
      });
    }) as typeof fetch;
    const commands = new ConsoleCommands(store, new ApiClient('/api', fetchImpl));
    return { store, commands, state: () => store.getSnapshot() };
  };

  it('signs in (a wrong password is a notice), loads the catalogue and keeps the login for a reload', async () => {
    // given
    const c = console_();
    // when
    await c.commands.login('ana', 'wrong');
    const refused = c.state().notice;
    await c.commands.login('ana', 'cauce');
    // then
    expect(refused).toMatchObject({ kind: 'error', key: 'error.CAUCE_ERR_LOGIN_FAILED' });
    expect(c.state()).toMatchObject({
      screen: 'catalogue',
      user: { id: 'ana', role: 'agent-l1' },
      busy: false,
      notice: undefined,
    });
    expect(c.state().catalogue.items.map((p) => p.id)).toContain('european-health-card');
    // when searching
    await c.commands.search('tarjeta');
    expect(c.state().catalogue.items.map((p) => p.id)).toEqual(['european-health-card']);
  });

  it('runs a script: identification, a refused answer, a valid one, done; focus ticket and timing on each move', async () => {
    // given
    const c = console_();
    await c.commands.login('ana', 'cauce');
    // when
    await c.commands.start('european-health-card', ' 99000001c ');
    const identify = c.state().session!;
    await c.commands.identify({
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), LUCIA, identify.identification.questions),
    });
    const step = c.state().session!;
    const ticket = c.state().stepTicket;
    await c.commands.submit({});
    const refused = c.state().session!;
    await c.commands.submit({ addressConfirmed: 'yes', travellingSoon: 'no' });
    // then
    expect(identify.status).toBe('identify');
    expect(step).toMatchObject({ status: 'step', step: { id: 'ConfirmRequest' } });
    expect(refused.errors.map((e) => e.field).sort()).toEqual(['addressConfirmed', 'travellingSoon']);
    expect(c.state().stepTicket).toBeGreaterThan(ticket + 1);
    expect(c.state().session!.status).toMatch(/step|done|working/);
    expect(c.state().lastStepMs).toBeGreaterThanOrEqual(0);
    expect(c.state().citizens[identify.reference]).toBe(LUCIA);
  });

  it('asks a reason for a protected person and retries the refused start with it', async () => {
    // given
    const c = console_();
    await c.commands.login('ana', 'cauce');
    // when
    await c.commands.start('european-health-card', CARMEN);
    const asked = c.state().reasonNeeded;
    await c.commands.giveReason('Llamada de la titular');
    // then
    expect(asked).toBe(true);
    expect(c.state()).toMatchObject({
      reasonNeeded: false,
      screen: 'session',
      reason: { text: 'Llamada de la titular' },
    });
    expect(c.state().reason!.reference).toBe(c.state().session!.reference);
    const { rows } = await h.db.query("select user_id, reason from audit_log where action = 'protected-start'");
    expect(rows).toEqual([{ user_id: 'ana', reason: 'Llamada de la titular' }]);
  });

  it('escalates with the notes; the second level previews the queued request and takes it', async () => {
    // given
    const ana = console_();
    await ana.commands.login('ana', 'cauce');
    await ana.commands.start('european-health-card', LUCIA);
    await ana.commands.identify({
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), LUCIA, ana.state().session!.identification.questions),
    });
    const reference = ana.state().session!.reference;
    ana.commands.setNote('Quiere saber si cubre Suiza');
    // when
    await ana.commands.escalate(ana.state().notes[reference]);
    const luis = console_();
    await luis.commands.login('luis', 'cauce');
    await luis.commands.loadQueue(2);
    const queued = luis.state().queue.items.find((i) => i.reference === reference)!;
    await luis.commands.preview(queued.sessionId);
    const preview = luis.state().queue.preview!;
    await luis.commands.resume(reference.toLowerCase());
    // then
    expect(ana.state().session!.serviceRequest.state).toBe('escalated');
    expect(queued.reason).toContain('Quiere saber si cubre Suiza');
    expect(preview).toMatchObject({ reference, status: 'handed-off', actions: [] });
    expect(Object.keys(preview.data)).toContain('citizen');
    // (the simulators are shared by this file's tests: an earlier one may have issued Lucía's card, so the step varies)
    expect(luis.state().session).toMatchObject({
      reference,
      channel: 'agent',
      status: 'step',
      identification: { reached: 1 },
    });
    expect(luis.state().session!.actions).toContain('next');
    expect(luis.state().queue.preview).toBeUndefined();
  });

  it('saves a note on the request at once, empties the draft, and lists it from the view; the escalation note joins it', async () => {
    // given
    const c = console_();
    await c.commands.login('ana', 'cauce');
    await c.commands.start('european-health-card', LUCIA);
    const reference = c.state().session!.reference;
    const ticket = c.state().stepTicket;
    // when
    await c.commands.saveNote();
    const nothingToSave = c.state().session!.serviceRequest.notes;
    c.commands.setNote('  Llama desde Ginebra ');
    await c.commands.saveNote();
    const saved = c.state();
    c.commands.setNote('Revisar cobertura');
    await c.commands.escalate('Revisar cobertura');
    // then
    expect(nothingToSave).toEqual([]);
    expect(saved.session!.serviceRequest.notes).toEqual([
      { at: expect.any(String), by: 'ana', role: 'agent-l1', text: 'Llama desde Ginebra' },
    ]);
    expect(saved.session!.citizenId).toBe(LUCIA);
    expect(saved.notes[reference]).toBe('');
    expect(saved.notice).toMatchObject({ kind: 'info', key: 'notes.saved' });
    expect(saved.stepTicket).toBe(ticket);
    expect(c.state().session!.serviceRequest.notes!.map((n) => n.text)).toEqual([
      'Llama desde Ginebra',
      'Revisar cobertura',
    ]);
    expect(c.state().notes[reference]).toBe('');
  });

  it('closes with the outcome, opens the citizen folder, and logs out to a clean state', async () => {
    // given
    const c = console_();
    await c.commands.login('ana', 'cauce');
    await c.commands.start('european-health-card', LUCIA);
    const reference = c.state().session!.reference;
    // when
    await c.commands.close('cancelled', 'Cuelga');
    const closed = c.state();
    await c.commands.openFolder(LUCIA.toLowerCase());
    const folder = c.state().folder;
    c.commands.logout();
    // then
    expect(closed.closed[reference]).toBe('cancelled');
    expect(closed.session!.serviceRequest.state).toBe('cancelled');
    expect(closed.notice).toMatchObject({ kind: 'info', key: 'session.closed' });
    expect(folder).toMatchObject({ citizenId: LUCIA, loaded: true });
    expect(folder.items.map((r) => [r.reference, r.state])).toContainEqual([reference, 'cancelled']);
    expect(c.state()).toEqual({ ...initialState('es') });
  });
});
