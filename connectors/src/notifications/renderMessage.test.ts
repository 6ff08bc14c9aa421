import { describe, expect, it } from 'vitest';
import { PermanentFailure } from '../failures';
import { MESSAGE_LANGUAGES, MESSAGE_TEMPLATES } from './messageTemplates';
import { renderMessage, SMS_MAX_LENGTH } from './renderMessage';

/** Params as long as real ones get: a long street and office name, a full URL. */
const LONG_PARAMS: Record<string, string> = {
  fullName: 'María de los Ángeles Fernández-Villaverde de la Concepción',
  cardValidUntil: '2028-10-10',
  street: 'Avenida de los Reyes Católicos y de la Hispanidad',
  number: '123 bis',
  postcode: '28013',
  municipality: 'San Lorenzo de El Escorial',
  effectiveDate: '2026-03-04',
  ibanLast4: '9012',
  reason: 'certificate-mismatch',
  documentId: 'DOC-000123',
  downloadUrl: 'https://sede.seg-social.example/sim/pensions/documents/DOC-000123',
  locator: 'AB12CD',
  date: '2026-03-04',
  time: '09:15',
  officeName: 'CAISS Madrid Norte (simulado, sin citas libres)',
};

describe('renderMessage', () => {
  const cases = Object.entries(MESSAGE_TEMPLATES).flatMap(([name, t]) =>
    MESSAGE_LANGUAGES.flatMap((lang) => [
      ...(t.sms ? [[name, 'sms', lang] as const] : []),
      ...(t.email ? [[name, 'email', lang] as const] : []),
    ]),
  );

  it.each(cases)('%s by %s in %s: fills every param, SMS within 320 characters uncut', (name, channel, language) => {
    // given
    const params = Object.fromEntries(MESSAGE_TEMPLATES[name]!.params.map((p) => [p, LONG_PARAMS[p]]));
    // when
    const message = renderMessage(name, channel, language, params);
    // then
    const text = message.channel === 'sms' ? message.text : `${message.subject}\n${message.body}`;
    expect(text).not.toMatch(/[{}]/);
    if (message.channel === 'sms') {
      expect(message.text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
      expect(message.text.endsWith('…')).toBe(false);
      expect(message.text).not.toMatch(/€|\d+,\d{2}/); // never an amount
    }
  });

  it('writes dates as people of the language do and the rejection reason in words', () => {
    // given
    const params = { ibanLast4: '0001', reason: 'not-holder' };
    // when
    const es = renderMessage('appointment-confirmation', 'sms', 'es', {
      locator: 'X1',
      date: '2026-03-04',
      time: '09:15',
      officeName: 'CAISS Sevilla',
    });
    const eu = renderMessage('appointment-confirmation', 'sms', 'eu', {
      locator: 'X1',
      date: '2026-03-04',
      time: '09:15',
      officeName: 'CAISS Bilbao',
    });
    const rejected = renderMessage('bank-details-rejected', 'sms', 'en', params);
    // then
    expect(es).toEqual({ channel: 'sms', text: 'Cita el 04/03/2026 a las 09:15 en CAISS Sevilla. Localizador X1.' });
    expect(eu).toEqual({ channel: 'sms', text: 'Hitzordua: 2026/03/04, 09:15, CAISS Bilbao. Lokalizatzailea: X1.' });
    expect(rejected).toEqual({
      channel: 'sms',
      text: 'We could not change your account to the one ending in 0001: you are not shown as its holder. You are still paid into your previous account.',
    });
  });

  it('cuts an SMS past 320 characters rather than refusing it', () => {
    // given
    const street = 'Calle '.repeat(60);
    // when
    const message = renderMessage('address-changed', 'sms', 'es', {
      street,
      number: '1',
      postcode: '28013',
      municipality: 'Madrid',
      effectiveDate: '2026-03-04',
    });
    // then
    expect(message.channel === 'sms' && message.text.length).toBe(SMS_MAX_LENGTH);
    expect(message.channel === 'sms' && message.text.endsWith('…')).toBe(true);
  });

  it('refuses (an incident) an unknown template, the wrong channel and a missing param', () => {
    // given
    const attempts = [
      () => renderMessage('nope', 'sms', 'es', {}),
      () => renderMessage('benefit-certificate', 'sms', 'es', { documentId: 'D', downloadUrl: 'u' }),
      () => renderMessage('bank-details-changed', 'email', 'gl', { ibanLast4: ' ' }),
    ];
    // when
    const errors = attempts.map((attempt) => {
      try {
        attempt();
        return undefined;
      } catch (error) {
        return error;
      }
    });
    // then
    for (const error of errors) expect(error).toBeInstanceOf(PermanentFailure);
    expect((errors as Error[]).map((e) => e.message)).toEqual([
      "no message template 'nope'",
      "message template 'benefit-certificate' is not sent by SMS",
      "message template 'bank-details-changed' needs param 'ibanLast4'",
    ]);
  });
});
