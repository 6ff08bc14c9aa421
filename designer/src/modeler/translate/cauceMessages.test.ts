import { describe, expect, it } from 'vitest';
import { LANGUAGES, SERVICE_REQUEST_STATES, VIEWER_ROLES } from '@cauce/schemas/browser';
import { cauceMessages } from './cauceMessages';
import { createTranslate } from './createTranslate';

describe('the Cauce panel strings', () => {
  it('have every language, none empty', () => {
    // when
    const gaps = Object.entries(cauceMessages).flatMap(([key, texts]) =>
      LANGUAGES.filter((language) => !(texts as Record<string, string>)[language]?.trim()).map((l) => `${key} (${l})`),
    );
    // then
    expect(gaps).toEqual([]);
  });

  it('name every service-request state and viewer role the panel offers', () => {
    // when
    const keys = [
      ...SERVICE_REQUEST_STATES.map((state) => `serviceRequestState ${state}`),
      ...VIEWER_ROLES.map((role) => `serviceRequestResponsible ${role}`),
      ...VIEWER_ROLES.map((role) => `Role ${role}`),
    ];
    // then
    expect(keys.filter((key) => !(key in cauceMessages))).toEqual([]);
  });

  it('translate Cauce’s strings in every language and the libraries’ in Spanish, filling {placeholders}', () => {
    // given
    const es = createTranslate('es');
    const eu = createTranslate('eu');
    // then
    expect(es('Identification level')).toBe('Nivel de identificación');
    expect(eu('Identification level')).toBe('Identifikazio-maila');
    expect(es('Create task')).toBe('Crear tarea');
    expect(eu('Create task')).toBe('Create task');
    expect(es('{n} items', { n: 3 })).toBe('3 items');
  });
});
