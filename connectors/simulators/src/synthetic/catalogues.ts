/**
 * Word lists for synthetic citizens. Names are common Spanish given names and
 * surnames; a person is a random combination of them with a synthetic id,
 * number and address, so no record describes a real person.
 * @internal
 */
export const GIVEN_NAMES = [
  'María',
  'Carmen',
  'Josefa',
  'Isabel',
  'Ana',
  'Dolores',
  'Pilar',
  'Teresa',
  'Rosa',
  'Lucía',
  'Laura',
  'Marta',
  'Cristina',
  'Elena',
  'Paula',
  'Nerea',
  'Montserrat',
  'Ainhoa',
  'Iria',
  'Uxía',
  'Antonio',
  'José',
  'Manuel',
  'Francisco',
  'Juan',
  'David',
  'Javier',
  'Daniel',
  'Carlos',
  'Miguel',
  'Rafael',
  'Pedro',
  'Pablo',
  'Ángel',
  'Alejandro',
  'Jordi',
  'Xavier',
  'Iker',
  'Aitor',
  'Xoán',
] as const;

/** @internal */
export const SURNAMES = [
  'García',
  'Rodríguez',
  'González',
  'Fernández',
  'López',
  'Martínez',
  'Sánchez',
  'Pérez',
  'Gómez',
  'Martín',
  'Jiménez',
  'Ruiz',
  'Hernández',
  'Díaz',
  'Moreno',
  'Muñoz',
  'Álvarez',
  'Romero',
  'Alonso',
  'Gutiérrez',
  'Navarro',
  'Torres',
  'Domínguez',
  'Vázquez',
  'Ramos',
  'Gil',
  'Ramírez',
  'Serrano',
  'Blanco',
  'Molina',
  'Puig',
  'Ferrer',
  'Etxeberria',
  'Agirre',
  'Castro',
  'Otero',
  'Rey',
  'Iglesias',
  'Vidal',
  'Soler',
] as const;

/** @internal */
export const STREETS = [
  'Calle Mayor',
  'Calle Real',
  'Avenida de la Constitución',
  'Calle del Sol',
  'Plaza de España',
  'Calle Nueva',
  'Calle de la Iglesia',
  'Avenida del Mar',
  'Calle de los Olivos',
  'Paseo del Río',
  'Calle Ancha',
  'Calle del Carmen',
  'Ronda de la Muralla',
  'Calle de las Flores',
  'Travesía del Puerto',
  'Calle de la Fuente',
] as const;

/** Municipalities with their INE province code, a postcode prefix and the usual language. @internal */
export const MUNICIPALITIES = [
  { municipality: 'Madrid', province: 'Madrid', code: '28', postcode: '280', language: 'es' },
  { municipality: 'Alcalá de Henares', province: 'Madrid', code: '28', postcode: '288', language: 'es' },
  { municipality: 'Barcelona', province: 'Barcelona', code: '08', postcode: '080', language: 'ca' },
  { municipality: 'Girona', province: 'Girona', code: '17', postcode: '170', language: 'ca' },
  { municipality: 'Bilbao', province: 'Bizkaia', code: '48', postcode: '480', language: 'eu' },
  { municipality: 'Donostia / San Sebastián', province: 'Gipuzkoa', code: '20', postcode: '200', language: 'eu' },
  { municipality: 'A Coruña', province: 'A Coruña', code: '15', postcode: '150', language: 'gl' },
  { municipality: 'Vigo', province: 'Pontevedra', code: '36', postcode: '362', language: 'gl' },
  { municipality: 'Sevilla', province: 'Sevilla', code: '41', postcode: '410', language: 'es' },
  { municipality: 'Valencia', province: 'Valencia', code: '46', postcode: '460', language: 'es' },
  { municipality: 'Zaragoza', province: 'Zaragoza', code: '50', postcode: '500', language: 'es' },
  { municipality: 'Toledo', province: 'Toledo', code: '45', postcode: '450', language: 'es' },
] as const;

/** Documents a claim in `needs_documents` may ask for. @internal */
export const CLAIM_DOCUMENTS = [
  'Certificado de empadronamiento',
  'Libro de familia',
  'Certificado de defunción del cónyuge',
  'Informe médico actualizado',
  'Declaración de ingresos del ejercicio anterior',
  'Certificado de titularidad de la cuenta bancaria',
] as const;

/** Reasons given for a denied claim. @internal */
export const DENIAL_REASONS = [
  'No reúne el periodo mínimo de cotización',
  'Los ingresos de la unidad de convivencia superan el límite',
  'No acredita la situación de necesidad',
] as const;

/** Spanish benefit names, as the agent says them. @internal */
export const BENEFIT_NAMES = {
  retirement: 'Pensión de jubilación',
  widowhood: 'Pensión de viudedad',
  permanent_disability: 'Pensión de incapacidad permanente',
  orphanhood: 'Pensión de orfandad',
  minimum_vital_income: 'Ingreso mínimo vital',
} as const;
