import type { StepView } from '../src/contract';

/**
 * Step views as the session service returns them, for renderer tests (shapes copied from real runs of the
 * sample procedures; the browser tests render the real ones).
 * @internal
 */
export function stepView(overrides: Partial<StepView> = {}): StepView {
  return {
    sessionId: '7d1e3c2a-0000-4000-8000-000000000001',
    reference: 'SR-7K4P-Q2',
    procedure: { id: 'european-health-card', version: '1.0.0', title: 'Solicitar la Tarjeta Sanitaria Europea' },
    channel: 'web',
    language: 'es',
    status: 'step',
    step: {
      id: 'ConfirmRequest',
      title: 'Compruebe su domicilio',
      text: 'Enviaremos la tarjeta por correo postal a Calle Mayor, 12, 28013 Madrid (Madrid).\nSuele llegar en unos diez días.',
      form: {
        type: 'object',
        required: ['addressConfirmed', 'travellingSoon'],
        properties: {
          addressConfirmed: { type: 'string', enum: ['yes', 'no'], 'x-cauce-widget': 'radio', 'x-cauce-order': 1 },
          travellingSoon: { type: 'string', enum: ['yes', 'no'], 'x-cauce-widget': 'radio', 'x-cauce-order': 2 },
        },
      },
      labels: {
        addressConfirmed: {
          label: '¿Es correcto este domicilio?',
          help: 'Si ha cambiado, tendrá que comunicar su nuevo domicilio.',
          options: { yes: 'Sí', no: 'No, ya no vivo ahí' },
        },
        travellingSoon: { label: '¿Va a viajar antes de recibir la tarjeta?', options: { yes: 'Sí', no: 'No' } },
      },
    },
    answers: {},
    data: {},
    errors: [],
    progress: { done: 0, total: 2, steps: [] },
    identification: { reached: 1, needed: 1 },
    actions: ['next', 'help', 'save'],
    serviceRequest: { id: 'r1', reference: 'SR-7K4P-Q2', state: 'waiting-citizen' },
    texts: {
      handOff: 'Una persona de nuestro equipo continuará su solicitud.',
      saveAndReturn: 'Puede guardar la solicitud y continuar más tarde con la referencia SR-7K4P-Q2.',
    },
    review: [],
    ...overrides,
  };
}

/** A form with every widget kind: text with autocomplete, select, date, textarea, checkbox group, boolean, object. */
export const EVERY_WIDGET = {
  type: 'object',
  required: ['officeId', 'newAddress', 'topics', 'wantsCallback'],
  properties: {
    officeId: {
      type: 'string',
      enum: ['CAISS-MAD-01', 'CAISS-BCN-01'],
      'x-cauce-widget': 'select',
      'x-cauce-order': 1,
    },
    preferredDate: { type: 'string', format: 'date', 'x-cauce-widget': 'date', 'x-cauce-order': 2 },
    topics: { type: 'array', items: { type: 'string', enum: ['pensions', 'health'] }, 'x-cauce-order': 3 },
    wantsCallback: { type: 'boolean', 'x-cauce-order': 4 },
    callbackPhone: { type: 'string', pattern: '^(\\+34)?[6789][0-9]{8}$', 'x-cauce-order': 5 },
    notes: { type: 'string', maxLength: 2000, 'x-cauce-widget': 'textarea', 'x-cauce-order': 6 },
    newAddress: {
      type: 'object',
      'x-cauce-order': 7,
      required: ['street', 'postcode'],
      properties: {
        street: { type: 'string', maxLength: 120 },
        floor: { type: ['string', 'null'], maxLength: 20 },
        postcode: { type: 'string', pattern: '^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$' },
      },
    },
  },
  allOf: [{ if: { properties: { wantsCallback: { const: true } } }, then: { required: ['callbackPhone'] } }],
};

export const EVERY_WIDGET_LABELS = {
  officeId: { label: 'Oficina', options: { 'CAISS-MAD-01': 'Madrid, centro', 'CAISS-BCN-01': 'Barcelona' } },
  preferredDate: { label: 'Fecha preferida' },
  topics: { label: 'Temas', options: { pensions: 'Pensiones', health: 'Salud' } },
  wantsCallback: { label: '¿Quiere que le llamemos?' },
  callbackPhone: { label: 'Teléfono' },
  notes: { label: 'Notas' },
  newAddress: { label: 'Nuevo domicilio' },
  'newAddress.street': { label: 'Calle' },
  'newAddress.floor': { label: 'Piso' },
  'newAddress.postcode': { label: 'Código postal' },
};
