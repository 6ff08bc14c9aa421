import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { compileForm, formMessages, LANGUAGES, localizedFormErrors, type Language } from './index';

const form = JSON.parse(
  readFileSync(new URL('./fixtures/european-health-card/forms/ConfirmAddress.schema.json', import.meta.url), 'utf8'),
);

function compiled(schema: unknown = form): ValidateFunction {
  const result = compileForm(schema);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function errorsFor(answers: unknown, lang: Language, schema?: unknown) {
  const validate = compiled(schema);
  expect(validate(answers)).toBe(false);
  return localizedFormErrors(validate.errors, lang);
}

describe('compileForm', () => {
  it('accepts valid answers, with the x-cauce hints as annotations', () => {
    // given
    const validate = compiled();
    // when
    const ok = validate({
      addressConfirmed: 'yes',
      acceptsDeclaration: true,
      email: 'ana@example.com',
      reason: 'travel',
      documents: ['dni'],
    });
    // then
    expect(ok).toBe(true);
  });

  it('refuses a form that fails the meta-schema', () => {
    // given / when
    const result = compileForm({ type: 'object', properties: { a: { 'x-cauce-widget': 'slider' } } });
    // then
    expect(result.ok).toBe(false);
  });
});

describe('localizedFormErrors', () => {
  const everyMistake = {
    addressConfirmed: 'maybe',
    email: 'not-an-email',
    travelDate: '2025-02-30',
    companions: 11,
    notes: 'x'.repeat(501),
    postcode: '8001',
    reason: 'holidays',
    documents: [],
    acceptsDeclaration: false,
    address: { street: 'C/' },
  };

  it('gives each field one message, in Spanish, keyed by dotted path', () => {
    // given answers breaking one rule per field
    // when
    const errors = errorsFor(everyMistake, 'es');
    // then
    expect(errors).toEqual({
      addressConfirmed: 'Debe ser una de las opciones disponibles.',
      email: 'Debe ser una dirección de correo electrónico válida, como nombre@ejemplo.com.',
      travelDate: 'Debe ser una fecha válida.',
      companions: 'Debe ser igual o menor que 10.',
      notes: 'No puede tener más de 500 caracteres.',
      postcode: 'El formato no es válido.',
      reason: 'Debe ser una de las opciones disponibles.',
      documents: 'Hay que seleccionar al menos 1 opción.',
      acceptsDeclaration: 'Es necesario marcar esta casilla para continuar.',
      'address.street': 'Debe tener al menos 3 caracteres.',
    });
  });

  it('speaks Catalan, Basque, Galician and English too', () => {
    // given
    const answers = { addressConfirmed: 'yes', acceptsDeclaration: true, companions: 11, email: 'x' };
    // when
    const byLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, errorsFor(answers, lang)]));
    // then
    expect(byLanguage).toEqual({
      es: {
        companions: 'Debe ser igual o menor que 10.',
        email: 'Debe ser una dirección de correo electrónico válida, como nombre@ejemplo.com.',
      },
      ca: {
        companions: 'Ha de ser igual o més petit que 10.',
        email: 'Ha de ser una adreça de correu electrònic vàlida, com ara nom@exemple.cat.',
      },
      eu: {
        companions: '10 edo txikiagoa izan behar du.',
        email: 'Baliozko helbide elektroniko bat izan behar du, adibidez izena@adibidea.eus.',
      },
      gl: {
        companions: 'Debe ser igual ou menor que 10.',
        email: 'Debe ser un enderezo de correo electrónico válido, como nome@exemplo.gal.',
      },
      en: { companions: 'It must be 10 or less.', email: 'It must be a valid email address, like name@example.com.' },
    });
  });

  it('reports missing answers at the field, nested ones by dotted path', () => {
    // given
    const answers = { address: {} };
    // when
    const errors = errorsFor(answers, 'eu');
    // then
    expect(errors).toEqual({
      addressConfirmed: 'Eremu hau nahitaezkoa da.',
      acceptsDeclaration: 'Eremu hau nahitaezkoa da.',
      'address.street': 'Eremu hau nahitaezkoa da.',
    });
  });

  it('tells the most basic problem when a field breaks several rules', () => {
    // given a wrong type (which also fails the maximum's type-less siblings) and a value out of the choices
    const answers = { addressConfirmed: 3, acceptsDeclaration: 'yes', companions: 2.5 };
    // when
    const errors = errorsFor(answers, 'gl');
    // then
    expect(errors).toEqual({
      addressConfirmed: 'O valor non é do tipo esperado.',
      acceptsDeclaration: 'A resposta debe ser si ou non.',
      companions: 'Debe ser un número enteiro.',
    });
  });

  it('chooses plural forms and formats numbers for the language', () => {
    // given
    const schema = {
      type: 'object',
      properties: {
        code: { type: 'string', minLength: 1 },
        amount: { type: 'number', exclusiveMinimum: 1000, maximum: 100000 },
        picks: { type: 'array', maxItems: 2, items: { type: 'string' } },
        price: { type: 'number', exclusiveMaximum: 0.5 },
      },
    };
    const answers = { code: '', amount: 1000, picks: ['a', 'b', 'c'], price: 1 };
    // when
    const ca = errorsFor(answers, 'ca', schema);
    const en = errorsFor(answers, 'en', schema);
    // then
    expect(ca).toEqual({
      code: 'Ha de tenir com a mínim 1 caràcter.',
      amount: 'Ha de ser més gran que 1.000.',
      picks: 'Es poden seleccionar com a màxim 2 opcions.',
      price: 'Ha de ser més petit que 0,5.',
    });
    expect(en).toEqual({
      code: 'It must have at least 1 character.',
      amount: 'It must be more than 1,000.',
      picks: 'Select no more than 2 options.',
      price: 'It must be less than 0.5.',
    });
  });

  it('maps unknown fields, const values and other rules to a generic message', () => {
    // given
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: { code: { const: 'ABC' }, even: { type: 'integer', multipleOf: 2 } },
    };
    // when
    const errors = errorsFor({ code: 'XYZ', even: 3, extra: 1 }, 'es', schema);
    // then
    expect(errors).toEqual({
      code: 'El valor no coincide con el requerido.',
      even: 'El valor no es válido.',
      extra: 'El valor no es válido.',
    });
  });

  it("tells a field's own pattern message when its pattern is the problem, and only then", () => {
    // given
    const schema = {
      type: 'object',
      properties: { postcode: { type: 'string', pattern: '^[0-9]{5}$', maxLength: 5 } },
    };
    const validate = compiled(schema);
    const own = { postcode: 'Escriba las cinco cifras del código postal.' };
    // when
    validate({ postcode: 'abc' });
    const wrongPattern = localizedFormErrors(validate.errors, 'es', own);
    validate({ postcode: 123 });
    const wrongType = localizedFormErrors(validate.errors, 'es', own);
    // then
    expect(wrongPattern).toEqual(own);
    expect(wrongType).toEqual({ postcode: 'El valor no es del tipo esperado.' });
  });

  it('returns no messages for no errors', () => {
    // given / when / then
    expect(localizedFormErrors(null, 'es')).toEqual({});
    expect(localizedFormErrors([], 'en')).toEqual({});
  });
});

describe('formMessages', () => {
  it('has every message key in all five LANGUAGES, none empty', () => {
    // given
    const keys = Object.keys(formMessages) as Array<keyof typeof formMessages>;
    // when
    const missing = keys.flatMap((key) =>
      LANGUAGES.flatMap((lang) => {
        const m = (formMessages[key] as Record<string, unknown>)[lang];
        const texts = typeof m === 'string' ? [m] : m && typeof m === 'object' ? Object.values(m) : [];
        return texts.length === 0 || texts.some((t) => typeof t !== 'string' || t.trim() === '')
          ? [`${key}.${lang}`]
          : [];
      }),
    );
    // then
    expect(missing).toEqual([]);
    expect(keys).toEqual(
      expect.arrayContaining([
        'required',
        'type',
        'minLength',
        'maxLength',
        'pattern',
        'format',
        'format.email',
        'format.date',
        'enum',
        'minimum',
        'maximum',
        'const',
      ]),
    );
  });

  it('uses the same placeholders and plural shape in every language as in Spanish', () => {
    // given
    const shape = (m: unknown) =>
      typeof m === 'string'
        ? placeholders(m)
        : Object.entries(m as object)
            .map(([k, v]) => `${k}:${placeholders(v as string)}`)
            .join('|');
    // when
    const mismatches = Object.entries(formMessages).flatMap(([key, byLang]) =>
      LANGUAGES.filter((lang) => shape(byLang[lang]) !== shape(byLang.es)).map((lang) => `${key}.${lang}`),
    );
    // then
    expect(mismatches).toEqual([]);
  });

  it('has no text copied from Spanish into another language, except where the LANGUAGES agree', () => {
    // given Galician and Spanish share a few words; everything else must be translated
    const sameInGalician = new Set(['type.number', 'exclusiveMaximum']);
    // when
    const copies = Object.entries(formMessages).flatMap(([key, byLang]) =>
      (['ca', 'eu', 'gl', 'en'] as const)
        .filter((lang) => JSON.stringify(byLang[lang]) === JSON.stringify(byLang.es))
        .filter((lang) => !(lang === 'gl' && sameInGalician.has(key)))
        .map((lang) => `${key}.${lang}`),
    );
    // then
    expect(copies).toEqual([]);
  });
});

// helpers

function placeholders(text: string): string {
  return (text.match(/\{[a-z]+\}/g) ?? []).sort().join(',');
}
