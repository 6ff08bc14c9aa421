import { describe, expect, it } from 'vitest';
import { parseCookies, serializeCookie } from './cookies';
import { CsrfTokens } from './csrf';
import { answerFor, stripLang } from './errorPages';
import { one, parseFormBody } from './formBody';
import { acceptLanguage } from './pageContext';

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

  it('cookies: HttpOnly, SameSite=Lax, Secure when asked; malformed values skipped', () => {
    expect(serializeCookie('a', 'b c', { path: '/tramites', maxAgeSeconds: 60, secure: true })).toBe(
      'a=b%20c; Path=/tramites; Max-Age=60; HttpOnly; SameSite=Lax; Secure',
    );
    expect(parseCookies('a=1; b=%E0%A4%A; c="3"; a=2')).toEqual({ a: '1', c: '3' });
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
