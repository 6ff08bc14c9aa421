import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formMessages } from '@cauce/schemas';
import { databasesUnderTest } from '@cauce/engine';
import type { StepView, Viewer } from '../contract';
import { IDENTIFICATION_MESSAGES } from '../identity/identificationTexts';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';

const sims = simulators();
const ANTONIO = '99000009M'; // has a mobile phone, no email
const citizen: Viewer = { role: 'citizen', userId: 'browser-antonio' };

describe.each(databasesUnderTest())('identification on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
  });
  afterEach(async () => {
    await h.close();
    await sims.stop();
  });

  async function start(): Promise<StepView> {
    return h.service.start(citizen, { procedureId: 'bank-details', channel: 'web', language: 'es' });
  }

  async function toLevel1(): Promise<StepView> {
    const started = await start();
    return h.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: await protocolAnswers(sims.url(), ANTONIO, started.identification.questions),
    });
  }

  async function latestSms(): Promise<string> {
    const r = await fetch(`${sims.url()}/sim/sms/outbox/latest?to=${encodeURIComponent('+34600000009')}`);
    return ((await r.json()) as { detectedCode: string }).detectedCode;
  }

  it('shows and accepts nothing above the level reached; three wrong protocol answers lock it', async () => {
    // given
    const started = await start();
    // when
    const wrong = await h.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: { citizenId: ANTONIO, birthYear: '1800', postcode: '00000' },
    });
    // then
    expect(started).toMatchObject({
      status: 'identify',
      identification: { reached: 0, needed: 1, method: 'protocol', attemptsLeft: 3 },
      answers: {},
      data: {},
    });
    expect(started.step).toBeUndefined();
    expect(wrong).toMatchObject({
      status: 'identify',
      errors: [{ field: '', message: IDENTIFICATION_MESSAGES.mismatch.es }],
      identification: { attemptsLeft: 2 },
    });
    await expect(
      h.service.submit(citizen, started.sessionId, {
        stepId: 'Reason',
        answers: { reason: 'pension' },
        submissionId: 'early',
      }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_IDENTIFICATION_REQUIRED', statusCode: 403 });
    const missing = await h.service.identify(citizen, started.sessionId, { method: 'protocol', answers: {} });
    expect(missing.errors.map((e) => e.field)).toEqual(['citizenId', 'birthYear', 'postcode']);
    expect(missing.identification.attemptsLeft).toBe(2);
    await h.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: { citizenId: ANTONIO, birthYear: '1800', postcode: '00000' },
    });
    await h.service.identify(citizen, started.sessionId, {
      method: 'protocol',
      answers: { citizenId: ANTONIO, birthYear: '1800', postcode: '00000' },
    });
    await expect(
      h.service.identify(citizen, started.sessionId, {
        method: 'protocol',
        answers: await protocolAnswers(sims.url(), ANTONIO, started.identification.questions),
      }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_IDENTIFICATION_LOCKED', statusCode: 423 });
  });

  it('goes back to change an answer, replays later answers, then reaches level 2 with a one-time code', async () => {
    // given: level 1, two steps answered, the third needs level 2
    let view = await toLevel1();
    view = await h.service.submit(citizen, view.sessionId, {
      stepId: 'Reason',
      answers: { reason: 'pension' },
      submissionId: 'r1',
    });
    expect(Object.keys((view.step!.form as { properties: object }).properties)).toEqual(['phoneForNotice']);
    view = await h.service.submit(citizen, view.sessionId, {
      stepId: 'Details',
      answers: { phoneForNotice: '600000009' },
      submissionId: 'd1',
    });
    expect(view).toMatchObject({
      status: 'identify',
      identification: { reached: 1, needed: 2, method: 'otp' },
      data: {},
      answers: {},
    });
    expect(view.step).toBeUndefined();
    await expect(
      h.service.submit(citizen, view.sessionId, { stepId: 'Iban', answers: {}, submissionId: 'i0' }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_IDENTIFICATION_REQUIRED' });

    // when: back to the first step, and a changed answer
    const back = await h.service.back(citizen, view.sessionId, { toStep: 'Reason' });
    expect(back).toMatchObject({
      status: 'step',
      revising: true,
      step: { id: 'Reason' },
      answers: { reason: 'pension' },
    });
    view = await h.service.submit(citizen, view.sessionId, {
      stepId: 'Reason',
      answers: { reason: 'subsidy' },
      submissionId: 'r2',
    });
    // then: the same instance moved back (process instance modification), the later answer replayed, waiting again for level 2
    expect(view).toMatchObject({ status: 'identify', identification: { needed: 2 } });
    const request = (
      await h.db.query('select instance_ids from service_request where id = $1', [view.serviceRequest.id])
    ).rows[0];
    expect(request.instance_ids).toHaveLength(1);
    expect(
      (await h.db.query('select state from process_instance where id = $1', [request.instance_ids[0]])).rows[0].state,
    ).toBe('ACTIVE');
    const log = (
      await h.db.query(
        'select step_id, answers from step_answer where service_request_id = $1 and not superseded order by id',
        [view.serviceRequest.id],
      )
    ).rows;
    expect(log).toEqual([
      { step_id: 'Reason', answers: { reason: 'subsidy' } },
      { step_id: 'Details', answers: { phoneForNotice: '600000009' } },
    ]);

    // when: level 2 by SMS (no email on file)
    await expect(
      h.service.identify(citizen, view.sessionId, { method: 'otp-send', channel: 'email' }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_OTP_CHANNEL_UNAVAILABLE' });
    const sent = await h.service.identify(citizen, view.sessionId, { method: 'otp-send', channel: 'sms' });
    const code = await latestSms();
    const wrongCode = await h.service.identify(citizen, view.sessionId, {
      method: 'otp',
      code: code === '000000' ? '111111' : '000000',
    });
    view = await h.service.identify(citizen, view.sessionId, { method: 'otp', code });
    // then
    expect(sent.identification).toMatchObject({ method: 'otp', otpSentTo: '+34 6•• ••• •09', attemptsLeft: 3 });
    expect(code).toMatch(/^\d{6}$/);
    expect(
      (await h.db.query('select otp_hash from session where id = $1', [view.sessionId])).rows[0].otp_hash,
    ).toBeNull();
    expect(wrongCode).toMatchObject({
      errors: [{ field: 'code', message: IDENTIFICATION_MESSAGES.otpWrong.es }],
      identification: { attemptsLeft: 2 },
    });
    expect(view).toMatchObject({ status: 'step', step: { id: 'Iban' }, identification: { reached: 2, needed: 2 } });

    // when: invalid, then valid answers
    const refused = await h.service.submit(citizen, view.sessionId, {
      stepId: 'Iban',
      answers: { iban: 'ES12', birthYearCheck: 'abc' },
      submissionId: 'i1',
    });
    expect(refused.errors).toEqual(
      expect.arrayContaining([
        { field: 'iban', message: 'Escriba el IBAN: ES y 22 cifras.' }, // the step's own patternMessage
        { field: 'birthYearCheck', message: formMessages['type.integer'].es },
      ]),
    );
    view = await h.service.submit(citizen, view.sessionId, {
      stepId: 'Iban',
      answers: { iban: spanishIban('99990001', '0123456789'), birthYearCheck: '1950' },
      submissionId: 'i2',
    });
    // then: the bank connector ran; going back before it is refused
    expect(view).toMatchObject({ status: 'step', step: { id: 'Confirm' } });
    expect(view.step!.text).toMatch(/Su nueva cuenta: ES\S* .*6789/);
    await expect(h.service.back(citizen, view.sessionId, { toStep: 'Reason' })).rejects.toMatchObject({
      code: 'CAUCE_ERR_BACK_NOT_POSSIBLE',
    });
    view = await h.service.submit(citizen, view.sessionId, { stepId: 'Confirm', answers: {}, submissionId: 'c1' });
    expect(view).toMatchObject({ status: 'done', serviceRequest: { state: 'resolved' } });
  });

  it('expires a code after 5 minutes and spends it after 3 wrong tries', async () => {
    // given
    const view = await toLevel1();
    await h.service.identify(citizen, view.sessionId, { method: 'otp-send', channel: 'sms' });
    const first = await latestSms();
    // when
    h.advance(5 * 60_000 + 1000);
    const expired = await h.service.identify(citizen, view.sessionId, { method: 'otp', code: first });
    await h.service.identify(citizen, view.sessionId, { method: 'otp-send', channel: 'sms' });
    const second = await latestSms();
    const wrong = second === '123456' ? '654321' : '123456';
    const tries = [];
    for (let i = 0; i < 3; i++)
      tries.push(await h.service.identify(citizen, view.sessionId, { method: 'otp', code: wrong }));
    // then
    expect(expired.errors).toEqual([{ field: 'code', message: IDENTIFICATION_MESSAGES.otpExpired.es }]);
    expect(tries.map((t) => t.identification.attemptsLeft)).toEqual([2, 1, undefined]);
    expect(tries[2].errors[0].message).toBe(IDENTIFICATION_MESSAGES.otpExhausted.es);
    await expect(h.service.identify(citizen, view.sessionId, { method: 'otp', code: second })).rejects.toMatchObject({
      code: 'CAUCE_ERR_OTP_NOT_SENT',
    });
    await h.service.identify(citizen, view.sessionId, { method: 'otp-send', channel: 'sms' });
    await expect(
      h.service.identify(citizen, view.sessionId, { method: 'otp-send', channel: 'sms' }),
    ).rejects.toMatchObject({ code: 'CAUCE_ERR_OTP_SEND_LIMIT', statusCode: 429 });
  });
});

// helpers
/** A valid Spanish IBAN for bank+branch (8 digits) and account (10 digits): both control digits and mod 97. */
function spanishIban(bankBranch: string, account: string): string {
  const dc = (digits: string) => {
    const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    const d = 11 - (digits.split('').reduce((s, c, i) => s + Number(c) * weights[i], 0) % 11);
    return d === 11 ? 0 : d === 10 ? 1 : d;
  };
  const bban = `${bankBranch}${dc(`00${bankBranch}`)}${dc(account)}${account}`;
  const check = 98 - Number(BigInt(`${bban}142800`) % 97n);
  return `ES${String(check).padStart(2, '0')}${bban}`;
}
