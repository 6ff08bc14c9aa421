import { describe, expect, it } from 'vitest';
import { listSamples, loadSample } from '@cauce/procedures';
import { LANGUAGES } from '@cauce/schemas';
import type { Language, StepView } from '../contract';
import { dataView } from './dataView';

type Entry = NonNullable<StepView['dataView']>[number];
const ehic = loadSample('european-health-card').texts;

/** What the health-card connectors bring for Lucía (99000001C), as the scenarios record it. */
const LUCIA = {
  citizen: {
    id: '99000001C',
    givenName: 'Lucía',
    fullName: 'Lucía García Pérez',
    address: {
      street: 'Calle Mayor',
      number: '12',
      floor: null,
      postcode: '28013',
      municipality: 'Madrid',
      province: 'Madrid',
    },
    phone: '+34600000001',
    email: null,
    affiliated: true,
    protectedPerson: false,
    preferredLanguage: 'es',
    bankAccountMasked: 'ES** **** **** **** **** 0001',
  },
  ehic: { eligible: true, reason: 'affiliated', cardState: 'none', cardValidUntil: null, canRequest: true },
};

describe('dataView', () => {
  it('lists what texts/es.json lists, in its order, labeled and formatted in the language', () => {
    // when
    const es = dataView(ehic, 'es', LUCIA);
    const ca = dataView(ehic, 'ca', LUCIA);
    // then
    expect(es.map((e) => [e.path, e.label])).toEqual([
      ['citizen', 'Persona'],
      ['ehic', 'Derecho a la tarjeta'],
    ]);
    expect(rows(es)).toEqual([
      ['citizen.fullName', 'Nombre y apellidos', 'Lucía García Pérez'],
      ['citizen.id', 'Documento', '99000001C'],
      ['citizen.address', 'Domicilio', 'Calle Mayor, 12, 28013 Madrid (Madrid)'],
      ['citizen.phone', 'Teléfono móvil', '+34600000001'],
      ['citizen.email', 'Correo electrónico', '—'],
      ['citizen.preferredLanguage', 'Idioma preferido', 'español'],
      ['ehic.eligible', 'Tiene derecho', 'Sí'],
      ['ehic.reason', 'Motivo', 'persona afiliada a la Seguridad Social'],
      ['ehic.cardState', 'Tarjeta actual', 'no tiene'],
      ['ehic.cardValidUntil', 'Válida hasta', '—'],
      ['ehic.canRequest', 'Puede pedir otra', 'Sí'],
    ]);
    expect(rows(ca).find(([path]) => path === 'ehic.reason')).toEqual([
      'ehic.reason',
      'Motiu',
      'persona afiliada a la Seguretat Social',
    ]);
    expect(es[1].entries![0]).toMatchObject({ value: true, text: 'Sí' });
    // not listed: technical or sensitive fields (protectedPerson, givenName, bankAccountMasked here)
    expect(JSON.stringify(es)).not.toMatch(/protectedPerson|givenName|bankAccountMasked|ES\*\*/);
  });

  it('formats dates, times and numbers as each language writes them, and falls back to es labels', () => {
    // given a language file without one label
    const texts = {
      es: { steps: {}, data: { when: 'Fecha', at: 'Emitido', n: 'Importe', ok: 'Hecho' } },
      en: { steps: {}, data: { when: 'Date' } },
    };
    const data = { when: '2026-03-02', at: '2026-03-02T09:00:00.000Z', n: 1234.5, ok: false };
    // when
    const es = dataView(texts, 'es', data).map((e) => e.text);
    const en = dataView(texts, 'en', data);
    // then
    expect(es).toEqual(['2 de marzo de 2026', '2 de marzo de 2026 a las 10:00', '1234,5', 'No']);
    expect(en.map((e) => [e.label, e.text])).toEqual([
      ['Date', '2 March 2026'],
      ['Emitido', '2 March 2026 at 10:00'],
      ['Importe', '1.234,5'],
      ['Hecho', 'No'],
    ]);
  });

  it('shows a list of records one line per item, a heading only when something is below it, and leaves unset variables out', () => {
    // given
    const texts = loadSample('appointment-booking').texts;
    const data = {
      slots: [
        { slotId: 'A', date: '2026-03-03', time: '09:15', durationMinutes: 20 },
        { slotId: 'B', date: '2026-03-04', time: '10:00', durationMinutes: 20 },
      ],
      office: {},
    };
    // when
    const view = dataView(texts, 'gl', data);
    // then
    expect(view).toEqual([
      {
        path: 'slots',
        label: 'Horas libres',
        text: '',
        entries: [
          { path: 'slots.0', label: '1', text: '3 de marzo de 2026 · 09:15' },
          { path: 'slots.1', label: '2', text: '4 de marzo de 2026 · 10:00' },
        ],
      },
    ]);
    expect(dataView(texts, 'es', {})).toEqual([]);
  });

  it('shows every variable under its technical name when the package lists none', () => {
    // when
    const view = dataView({ es: { steps: {} } }, 'ca', {
      claim: { state: 'received', docs: ['a', 'b'] },
      messageId: 'SMS-1',
    });
    // then
    expect(view).toEqual([
      {
        path: 'claim',
        label: 'claim',
        text: '',
        entries: [
          { path: 'claim.state', label: 'state', value: 'received', text: 'received' },
          { path: 'claim.docs', label: 'docs', value: ['a', 'b'], text: 'a, b' },
        ],
      },
      { path: 'messageId', label: 'messageId', value: 'SMS-1', text: 'SMS-1' },
    ]);
  });

  it.each(listSamples())(
    '%s: every connector value its scenarios record is shown with a label of the package, in every language',
    (id) => {
      // given what the connectors complete with in every scenario
      const pkg = loadSample(id);
      const listed = Object.keys(pkg.texts.es?.data ?? {});
      expect(listed.length).toBeGreaterThan(0);
      for (const { scenario } of pkg.scenarios) {
        const data: Record<string, unknown> = {};
        for (const step of scenario.steps)
          if ('connector' in step && 'variables' in step && step.variables) Object.assign(data, step.variables);
        for (const language of LANGUAGES) {
          // when
          const shown = flatten(dataView(pkg.texts, language, data));
          // then every line has the package's own label in that language, never a raw key
          for (const entry of shown) {
            const key = entry.path.replace(/\.\d+$/, '');
            if (/\.\d+$/.test(entry.path)) continue; // items of a list are numbered
            expect(pkg.texts[language]?.data?.[key], `${id} ${language} ${key}`).toBeDefined();
          }
        }
      }
    },
  );
});

// helpers
function rows(entries: Entry[]): Array<[string, string, string]> {
  return flatten(entries)
    .filter((e) => !e.entries)
    .map((e) => [e.path, e.label, e.text]);
}

function flatten(entries: Entry[]): Entry[] {
  return entries.flatMap((e) => [e, ...flatten(e.entries ?? [])]);
}
