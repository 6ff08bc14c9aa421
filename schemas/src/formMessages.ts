import type { Language } from './generated/common';

/** A message, or its plural forms chosen by `Intl.PluralRules` on `{limit}`. @public */
export type FormMessage = string | { one: string; other: string };

/**
 * Messages for invalid answers, by key and language. es is the reference; a test fails when a key is
 * missing in a language or the languages disagree on placeholders. Messages name no field: the
 * renderer shows them beside the field's label (and in the error summary after it), which also spares
 * Basque its case endings on an interpolated label.
 * @public
 */
export const formMessages = {
  required: {
    es: 'Este campo es obligatorio.',
    ca: 'Aquest camp és obligatori.',
    eu: 'Eremu hau nahitaezkoa da.',
    gl: 'Este campo é obrigatorio.',
    en: 'This field is required.',
  },
  type: {
    es: 'El valor no es del tipo esperado.',
    ca: 'El valor no és del tipus esperat.',
    eu: 'Balioa ez da espero zen motakoa.',
    gl: 'O valor non é do tipo esperado.',
    en: 'The value is not of the expected type.',
  },
  'type.number': {
    es: 'Debe ser un número.',
    ca: 'Ha de ser un nombre.',
    eu: 'Zenbaki bat izan behar du.',
    gl: 'Debe ser un número.',
    en: 'It must be a number.',
  },
  'type.integer': {
    es: 'Debe ser un número entero.',
    ca: 'Ha de ser un nombre enter.',
    eu: 'Zenbaki oso bat izan behar du.',
    gl: 'Debe ser un número enteiro.',
    en: 'It must be a whole number.',
  },
  'type.boolean': {
    es: 'La respuesta debe ser sí o no.',
    ca: 'La resposta ha de ser sí o no.',
    eu: 'Erantzunak bai edo ez izan behar du.',
    gl: 'A resposta debe ser si ou non.',
    en: 'The answer must be yes or no.',
  },
  minLength: {
    es: { one: 'Debe tener al menos {limit} carácter.', other: 'Debe tener al menos {limit} caracteres.' },
    ca: { one: 'Ha de tenir com a mínim {limit} caràcter.', other: 'Ha de tenir com a mínim {limit} caràcters.' },
    eu: { one: 'Gutxienez karaktere {limit} izan behar du.', other: 'Gutxienez {limit} karaktere izan behar ditu.' },
    gl: { one: 'Debe ter polo menos {limit} carácter.', other: 'Debe ter polo menos {limit} caracteres.' },
    en: { one: 'It must have at least {limit} character.', other: 'It must have at least {limit} characters.' },
  },
  maxLength: {
    es: { one: 'No puede tener más de {limit} carácter.', other: 'No puede tener más de {limit} caracteres.' },
    ca: { one: 'No pot tenir més de {limit} caràcter.', other: 'No pot tenir més de {limit} caràcters.' },
    eu: {
      one: 'Ezin du karaktere {limit} baino gehiago izan.',
      other: 'Ezin ditu {limit} karaktere baino gehiago izan.',
    },
    gl: { one: 'Non pode ter máis de {limit} carácter.', other: 'Non pode ter máis de {limit} caracteres.' },
    en: { one: 'It must have {limit} character or fewer.', other: 'It must have {limit} characters or fewer.' },
  },
  pattern: {
    es: 'El formato no es válido.',
    ca: 'El format no és vàlid.',
    eu: 'Formatua ez da baliozkoa.',
    gl: 'O formato non é válido.',
    en: 'The format is not valid.',
  },
  format: {
    es: 'El valor no tiene un formato válido.',
    ca: 'El valor no té un format vàlid.',
    eu: 'Balioak ez du formatu baliozkorik.',
    gl: 'O valor non ten un formato válido.',
    en: 'The value is not in a valid format.',
  },
  'format.email': {
    es: 'Debe ser una dirección de correo electrónico válida, como nombre@ejemplo.com.',
    ca: 'Ha de ser una adreça de correu electrònic vàlida, com ara nom@exemple.cat.',
    eu: 'Baliozko helbide elektroniko bat izan behar du, adibidez izena@adibidea.eus.',
    gl: 'Debe ser un enderezo de correo electrónico válido, como nome@exemplo.gal.',
    en: 'It must be a valid email address, like name@example.com.',
  },
  'format.date': {
    es: 'Debe ser una fecha válida.',
    ca: 'Ha de ser una data vàlida.',
    eu: 'Baliozko data bat izan behar du.',
    gl: 'Debe ser unha data válida.',
    en: 'It must be a real date.',
  },
  enum: {
    es: 'Debe ser una de las opciones disponibles.',
    ca: 'Ha de ser una de les opcions disponibles.',
    eu: 'Aukera erabilgarrietako bat izan behar du.',
    gl: 'Debe ser unha das opcións dispoñibles.',
    en: 'It must be one of the available options.',
  },
  minimum: {
    es: 'Debe ser igual o mayor que {limit}.',
    ca: 'Ha de ser igual o més gran que {limit}.',
    eu: '{limit} edo handiagoa izan behar du.',
    gl: 'Debe ser igual ou maior que {limit}.',
    en: 'It must be {limit} or more.',
  },
  maximum: {
    es: 'Debe ser igual o menor que {limit}.',
    ca: 'Ha de ser igual o més petit que {limit}.',
    eu: '{limit} edo txikiagoa izan behar du.',
    gl: 'Debe ser igual ou menor que {limit}.',
    en: 'It must be {limit} or less.',
  },
  exclusiveMinimum: {
    es: 'Debe ser mayor que {limit}.',
    ca: 'Ha de ser més gran que {limit}.',
    eu: '{limit} baino handiagoa izan behar du.',
    gl: 'Debe ser maior que {limit}.',
    en: 'It must be more than {limit}.',
  },
  exclusiveMaximum: {
    es: 'Debe ser menor que {limit}.',
    ca: 'Ha de ser més petit que {limit}.',
    eu: '{limit} baino txikiagoa izan behar du.',
    gl: 'Debe ser menor que {limit}.',
    en: 'It must be less than {limit}.',
  },
  const: {
    es: 'El valor no coincide con el requerido.',
    ca: 'El valor no coincideix amb el requerit.',
    eu: 'Balioa ez dator bat eskatutakoarekin.',
    gl: 'O valor non coincide co requirido.',
    en: 'The value does not match the one required.',
  },
  'const.true': {
    es: 'Es necesario marcar esta casilla para continuar.',
    ca: 'Cal marcar aquesta casella per continuar.',
    eu: 'Kontrol-lauki hau markatu behar da jarraitzeko.',
    gl: 'É necesario marcar esta caixa para continuar.',
    en: 'You must tick this box to continue.',
  },
  minItems: {
    es: {
      one: 'Hay que seleccionar al menos {limit} opción.',
      other: 'Hay que seleccionar al menos {limit} opciones.',
    },
    ca: { one: 'Cal seleccionar com a mínim {limit} opció.', other: 'Cal seleccionar com a mínim {limit} opcions.' },
    eu: { one: 'Gutxienez aukera {limit} hautatu behar da.', other: 'Gutxienez {limit} aukera hautatu behar dira.' },
    gl: {
      one: 'Hai que seleccionar polo menos {limit} opción.',
      other: 'Hai que seleccionar polo menos {limit} opcións.',
    },
    en: { one: 'Select at least {limit} option.', other: 'Select at least {limit} options.' },
  },
  maxItems: {
    es: {
      one: 'Solo se puede seleccionar {limit} opción.',
      other: 'Se pueden seleccionar como máximo {limit} opciones.',
    },
    ca: { one: 'Només es pot seleccionar {limit} opció.', other: 'Es poden seleccionar com a màxim {limit} opcions.' },
    eu: { one: 'Aukera {limit} bakarrik hauta daiteke.', other: 'Gehienez {limit} aukera hauta daitezke.' },
    gl: { one: 'Só se pode seleccionar {limit} opción.', other: 'Pódense seleccionar como máximo {limit} opcións.' },
    en: { one: 'Select no more than {limit} option.', other: 'Select no more than {limit} options.' },
  },
  invalid: {
    es: 'El valor no es válido.',
    ca: 'El valor no és vàlid.',
    eu: 'Balioa ez da baliozkoa.',
    gl: 'O valor non é válido.',
    en: 'The value is not valid.',
  },
} as const satisfies Record<string, Record<Language, FormMessage>>;

/** A key of {@link formMessages}. @public */
export type FormMessageKey = keyof typeof formMessages;
