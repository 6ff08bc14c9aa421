import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { CsrfTokens } from './csrf';
import { answerFor, stripLang } from './errorPages';
import { one, parseFormBody } from './formBody';
import { acceptLanguage, readPageRequest } from './pageContext';

describe('http helpers', () => {
  it('CSRF tokens belong to one browser and one secret', () => {
    // given
    const tokens = new CsrfTokens(Buffer.from('secret-a'));
    const other = new CsrfTokens(Buffer.from('secret-b'));
    const token = tokens.issue('browser-1');
    // then
    expect(tokens.verify('browser-1', token)).toBe(true);
    expect(tokens.verify('browser-2', token)).toBe(false);
    expect(other.verify('browser-1', token)).toBe(false);
    expect(tokens.verify(undefined, token)).toBe(false);
    expect(tokens.verify('browser-1', undefined)).toBe(false);
    expect(tokens.verify('browser-1', ['x'])).toBe(false);
  });

  it('page cookies: HttpOnly, SameSite=Lax, Secure when asked; a malformed browser id or language is not read', async () => {
    // given a page that reads its request as the self-service pages do
    const app = Fastify();
    await app.register(cookie);
    app.get('/p', async (request, reply) => readPageRequest(request, reply, { cookiePath: '/tramites', secure: true }));
    const browser = 'a'.repeat(32);
    // when
    const first = await app.inject({ url: '/p?lang=eu' });
    const known = await app.inject({ url: '/p', headers: { cookie: `cauce_ss=${browser}; cauce_lang=gl` } });
    const malformed = await app.inject({ url: '/p', headers: { cookie: 'cauce_ss=%E0%A4%A; cauce_lang=fr' } });
    await app.close();
    // then
    const set = ([] as string[]).concat(first.headers['set-cookie'] ?? []).map((c) => c.split('; ').sort());
    expect(set).toEqual([
      ['HttpOnly', 'Max-Age=7776000', 'Path=/tramites', 'SameSite=Lax', 'Secure', expect.stringMatching(/^cauce_ss=/)],
      ['HttpOnly', 'Max-Age=31536000', 'Path=/tramites', 'SameSite=Lax', 'Secure', 'cauce_lang=eu'],
    ]);
    expect(first.json()).toMatchObject({ chosen: 'eu', language: 'eu' });
    expect(known.json()).toMatchObject({ browserId: browser, chosen: 'gl' });
    expect(known.headers['set-cookie']).toBeUndefined();
    expect(malformed.json().browserId).not.toBe('%E0%A4%A');
    expect(malformed.json().chosen).toBeUndefined();
  });

  it('form bodies: repeated names become lists; prototype names are dropped', () => {
    const body = parseFormBody('a=1&b=2&b=3&__proto__=x&c=d%C3%ADa+de+hoy');
    expect({ ...body }).toEqual({ a: '1', b: ['2', '3'], c: 'día de hoy' });
    expect(Object.getPrototypeOf(body)).toBeNull();
    expect(one(body, 'b')).toBe('2');
    expect(one(body, 'zz')).toBe('');
  });

  it('Accept-Language picks the best page language, else Spanish', () => {
    expect(acceptLanguage('fr-FR, eu;q=0.8, en;q=0.9')).toBe('en');
    expect(acceptLanguage('gl-ES,gl;q=0.9,es;q=0.8')).toBe('gl');
    expect(acceptLanguage('fr, de;q=0.5')).toBe('es');
    expect(acceptLanguage(undefined)).toBe('es');
  });

  it('maps faults to typed pages: others’ sessions are not found, stale forms go back to the session', () => {
    expect(answerFor({ code: 'CAUCE_ERR_SESSION_NOT_FOUND' })).toEqual({ kind: 'not-found', status: 404 });
    expect(answerFor({ code: 'CAUCE_ERR_FORBIDDEN' })).toEqual({ kind: 'forbidden', status: 403 });
    expect(answerFor({ code: 'CAUCE_ERR_STEP_NOT_CURRENT' })).toEqual({ redirectToSession: true });
    expect(answerFor({ code: 'CAUCE_ERR_BACK_NOT_POSSIBLE' })).toEqual({ kind: 'conflict', status: 409 });
    expect(answerFor({ code: 'CAUCE_ERR_CORPORATE_SYSTEM', statusCode: 502 })).toEqual({ kind: 'system', status: 502 });
    expect(answerFor({ code: 'FST_ERR_VALIDATION', validationContext: 'params' })).toEqual({
      kind: 'not-found',
      status: 404,
    });
    expect(answerFor({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })).toEqual({
      kind: 'bad-request',
      status: 415,
    });
    expect(answerFor(new Error('boom') as { code?: string })).toEqual({ kind: 'server', status: 500 });
  });

  it('strips lang from a URL, keeping the rest', () => {
    expect(stripLang('/tramites/?q=a&lang=eu')).toBe('/tramites/?q=a');
    expect(stripLang('/tramites/estado?lang=eu')).toBe('/tramites/estado');
  });
});
