import { LANGUAGES, type Language } from '@cauce/schemas';

/** The languages every message exists in: Cauce's five (`LANGUAGES` of @cauce/schemas); `es` is the reference. @public */
export const MESSAGE_LANGUAGES = LANGUAGES;
/** @public */
export type MessageLanguage = Language;

type PerLanguage<T> = Readonly<Record<MessageLanguage, T>>;

/**
 * A notice Cauce sends: the params it needs, its SMS text and/or its email (subject and the paragraph that goes
 * between the greeting and the signature). `{name}` marks a param.
 * @public
 */
export interface MessageTemplate {
  params: readonly string[];
  sms?: PerLanguage<string>;
  email?: PerLanguage<{ subject: string; text: string }>;
}

/**
 * The wording of every notice the sample procedures send (procedures/CONNECTORS.md, "Notification templates").
 * The workers own the wording so a procedure names a message, never writes one, and the five languages stay
 * together. An SMS never names a benefit or an amount (it may be read by someone else).
 * @public
 */
export const MESSAGE_TEMPLATES: Readonly<Record<string, MessageTemplate>> = {
  'ehic-provisional-certificate': {
    params: ['fullName', 'cardValidUntil'],
    email: {
      es: {
        subject: 'Certificado provisional sustitutorio de la Tarjeta Sanitaria Europea',
        text: 'Le enviamos el Certificado Provisional Sustitutorio (CPS) de la Tarjeta Sanitaria Europea de {fullName}, válido hasta que reciba la tarjeta, que podrá usar hasta el {cardValidUntil}. Preséntelo si necesita asistencia sanitaria durante una estancia temporal en otro país del Espacio Económico Europeo, en Suiza o en el Reino Unido.',
      },
      ca: {
        subject: 'Certificat provisional substitutori de la Targeta Sanitària Europea',
        text: "Us enviem el Certificat Provisional Substitutori (CPS) de la Targeta Sanitària Europea de {fullName}, vàlid fins que rebeu la targeta, que podreu fer servir fins al {cardValidUntil}. Presenteu-lo si necessiteu assistència sanitària durant una estada temporal en un altre país de l'Espai Econòmic Europeu, a Suïssa o al Regne Unit.",
      },
      eu: {
        subject: 'Europako Osasun Txartelaren behin-behineko ordezko ziurtagiria',
        text: 'Europako Osasun Txartelaren Behin-behineko Ordezko Ziurtagiria bidaltzen dizugu (titularra: {fullName}). Txartela jaso arte balio du; txartela {cardValidUntil} arte erabili ahal izango duzu. Aurkeztu Europako Esparru Ekonomikoko beste herrialde batean, Suitzan edo Erresuma Batuan aldi baterako egonaldi batean osasun-laguntza behar baduzu.',
      },
      gl: {
        subject: 'Certificado provisional substitutorio da Tarxeta Sanitaria Europea',
        text: 'Enviámoslle o Certificado Provisional Substitutorio (CPS) da Tarxeta Sanitaria Europea de {fullName}, válido ata que reciba a tarxeta, que poderá usar ata o {cardValidUntil}. Preséntea se precisa asistencia sanitaria durante unha estadía temporal noutro país do Espazo Económico Europeo, en Suíza ou no Reino Unido.',
      },
      en: {
        subject: 'Provisional Replacement Certificate of the European Health Insurance Card',
        text: 'Here is the Provisional Replacement Certificate of the European Health Insurance Card of {fullName}, valid until you receive the card, which you can use until {cardValidUntil}. Show it if you need healthcare during a temporary stay in another country of the European Economic Area, in Switzerland or in the United Kingdom.',
      },
    },
  },
  'address-changed': {
    params: ['street', 'number', 'postcode', 'municipality', 'effectiveDate'],
    sms: {
      es: 'Su domicilio en la Seguridad Social es desde el {effectiveDate}: {street} {number}, {postcode} {municipality}.',
      ca: 'El vostre domicili a la Seguretat Social és, des del {effectiveDate}: {street} {number}, {postcode} {municipality}.',
      eu: 'Gizarte Segurantzan duzun helbidea, {effectiveDate} datatik aurrera: {street} {number}, {postcode} {municipality}.',
      gl: 'O seu domicilio na Seguridade Social é, desde o {effectiveDate}: {street} {number}, {postcode} {municipality}.',
      en: 'Your address with the Social Security is, from {effectiveDate}: {street} {number}, {postcode} {municipality}.',
    },
    email: {
      es: {
        subject: 'Cambio de domicilio registrado',
        text: 'Su domicilio en la Seguridad Social es desde el {effectiveDate}: {street} {number}, {postcode} {municipality}. Si no ha pedido este cambio, póngase en contacto con la Seguridad Social.',
      },
      ca: {
        subject: 'Canvi de domicili registrat',
        text: 'El vostre domicili a la Seguretat Social és, des del {effectiveDate}: {street} {number}, {postcode} {municipality}. Si no heu demanat aquest canvi, poseu-vos en contacte amb la Seguretat Social.',
      },
      eu: {
        subject: 'Helbide-aldaketa erregistratuta',
        text: 'Gizarte Segurantzan duzun helbidea, {effectiveDate} datatik aurrera: {street} {number}, {postcode} {municipality}. Aldaketa hau eskatu ez baduzu, jarri harremanetan Gizarte Segurantzarekin.',
      },
      gl: {
        subject: 'Cambio de domicilio rexistrado',
        text: 'O seu domicilio na Seguridade Social é, desde o {effectiveDate}: {street} {number}, {postcode} {municipality}. Se non pediu este cambio, póñase en contacto coa Seguridade Social.',
      },
      en: {
        subject: 'Change of address recorded',
        text: 'Your address with the Social Security is, from {effectiveDate}: {street} {number}, {postcode} {municipality}. If you did not ask for this change, please contact the Social Security.',
      },
    },
  },
  'bank-details-changed': {
    params: ['ibanLast4'],
    sms: {
      es: 'Cobrará sus prestaciones en la cuenta terminada en {ibanLast4}. Si no ha pedido este cambio, contacte con la Seguridad Social.',
      ca: 'Cobrareu les vostres prestacions al compte acabat en {ibanLast4}. Si no heu demanat aquest canvi, contacteu amb la Seguretat Social.',
      eu: 'Zure prestazioak {ibanLast4} zenbakiaz amaitzen den kontuan kobratuko dituzu. Aldaketa hau eskatu ez baduzu, jarri harremanetan Gizarte Segurantzarekin.',
      gl: 'Cobrará as súas prestacións na conta que remata en {ibanLast4}. Se non pediu este cambio, contacte coa Seguridade Social.',
      en: 'Your benefits will be paid into the account ending in {ibanLast4}. If you did not ask for this change, contact the Social Security.',
    },
    email: {
      es: {
        subject: 'Cuenta bancaria cambiada',
        text: 'Cobrará sus prestaciones en la cuenta terminada en {ibanLast4}. Si no ha pedido este cambio, póngase en contacto con la Seguridad Social.',
      },
      ca: {
        subject: 'Compte bancari canviat',
        text: 'Cobrareu les vostres prestacions al compte acabat en {ibanLast4}. Si no heu demanat aquest canvi, poseu-vos en contacte amb la Seguretat Social.',
      },
      eu: {
        subject: 'Banku-kontua aldatuta',
        text: 'Zure prestazioak {ibanLast4} zenbakiaz amaitzen den kontuan kobratuko dituzu. Aldaketa hau eskatu ez baduzu, jarri harremanetan Gizarte Segurantzarekin.',
      },
      gl: {
        subject: 'Conta bancaria cambiada',
        text: 'Cobrará as súas prestacións na conta que remata en {ibanLast4}. Se non pediu este cambio, póñase en contacto coa Seguridade Social.',
      },
      en: {
        subject: 'Bank account changed',
        text: 'Your benefits will be paid into the account ending in {ibanLast4}. If you did not ask for this change, please contact the Social Security.',
      },
    },
  },
  'bank-details-rejected': {
    params: ['ibanLast4', 'reason'],
    sms: {
      es: 'No hemos podido cambiar su cuenta a la terminada en {ibanLast4}: {reason}. Sigue cobrando en la cuenta anterior.',
      ca: 'No hem pogut canviar el vostre compte al que acaba en {ibanLast4}: {reason}. Continueu cobrant al compte anterior.',
      eu: 'Ezin izan dugu zure kontua {ibanLast4} zenbakiaz amaitzen denera aldatu: {reason}. Aurreko kontuan kobratzen jarraituko duzu.',
      gl: 'Non puidemos cambiar a súa conta á que remata en {ibanLast4}: {reason}. Segue cobrando na conta anterior.',
      en: 'We could not change your account to the one ending in {ibanLast4}: {reason}. You are still paid into your previous account.',
    },
    email: {
      es: {
        subject: 'No se ha cambiado su cuenta bancaria',
        text: 'No hemos podido cambiar su cuenta a la terminada en {ibanLast4}: {reason}. Sigue cobrando en la cuenta anterior.',
      },
      ca: {
        subject: "No s'ha canviat el vostre compte bancari",
        text: 'No hem pogut canviar el vostre compte al que acaba en {ibanLast4}: {reason}. Continueu cobrant al compte anterior.',
      },
      eu: {
        subject: 'Ez da zure banku-kontua aldatu',
        text: 'Ezin izan dugu zure kontua {ibanLast4} zenbakiaz amaitzen denera aldatu: {reason}. Aurreko kontuan kobratzen jarraituko duzu.',
      },
      gl: {
        subject: 'Non se cambiou a súa conta bancaria',
        text: 'Non puidemos cambiar a súa conta á que remata en {ibanLast4}: {reason}. Segue cobrando na conta anterior.',
      },
      en: {
        subject: 'Your bank account was not changed',
        text: 'We could not change your account to the one ending in {ibanLast4}: {reason}. You are still paid into your previous account.',
      },
    },
  },
  'benefit-certificate-link': {
    params: ['documentId', 'downloadUrl'],
    sms: {
      es: 'Su certificado de prestaciones {documentId}: {downloadUrl}',
      ca: 'El vostre certificat de prestacions {documentId}: {downloadUrl}',
      eu: 'Zure prestazioen ziurtagiria {documentId}: {downloadUrl}',
      gl: 'O seu certificado de prestacións {documentId}: {downloadUrl}',
      en: 'Your certificate of benefits {documentId}: {downloadUrl}',
    },
  },
  'benefit-certificate': {
    params: ['documentId', 'downloadUrl'],
    email: {
      es: {
        subject: 'Su certificado de prestaciones',
        text: 'Adjuntamos el enlace a su certificado de prestaciones {documentId}: {downloadUrl}',
      },
      ca: {
        subject: 'El vostre certificat de prestacions',
        text: "Us adjuntem l'enllaç al vostre certificat de prestacions {documentId}: {downloadUrl}",
      },
      eu: {
        subject: 'Zure prestazioen ziurtagiria',
        text: 'Zure prestazioen ziurtagiriaren esteka bidaltzen dizugu ({documentId}): {downloadUrl}',
      },
      gl: {
        subject: 'O seu certificado de prestacións',
        text: 'Achegámoslle a ligazón ao seu certificado de prestacións {documentId}: {downloadUrl}',
      },
      en: {
        subject: 'Your certificate of benefits',
        text: 'Here is the link to your certificate of benefits {documentId}: {downloadUrl}',
      },
    },
  },
  'appointment-confirmation': {
    params: ['locator', 'date', 'time', 'officeName'],
    sms: {
      es: 'Cita el {date} a las {time} en {officeName}. Localizador {locator}.',
      ca: 'Cita el {date} a les {time} a {officeName}. Localitzador {locator}.',
      eu: 'Hitzordua: {date}, {time}, {officeName}. Lokalizatzailea: {locator}.',
      gl: 'Cita o {date} ás {time} en {officeName}. Localizador {locator}.',
      en: 'Appointment on {date} at {time} at {officeName}. Reference {locator}.',
    },
  },
};

/** What `reason` of `bank-details-rejected` says in words. @public */
export const REJECTION_REASONS: Readonly<Record<string, PerLanguage<string>>> = {
  'not-holder': {
    es: 'usted no figura como titular',
    ca: 'no hi consteu com a titular',
    eu: 'ez zaude titular gisa agertzen',
    gl: 'vostede non figura como titular',
    en: 'you are not shown as its holder',
  },
  'certificate-mismatch': {
    es: 'el certificado de titularidad no coincide',
    ca: 'el certificat de titularitat no coincideix',
    eu: 'titulartasun-ziurtagiria ez dator bat',
    gl: 'o certificado de titularidade non coincide',
    en: 'the certificate of ownership does not match',
  },
  'citizen-withdrew': {
    es: 'usted retiró la solicitud',
    ca: 'vau retirar la sol·licitud',
    eu: 'eskaera erretiratu zenuen',
    gl: 'vostede retirou a solicitude',
    en: 'you withdrew the request',
  },
};

/** Opening and closing of every email. @public */
export const EMAIL_FRAME: PerLanguage<{ greeting: string; signature: string }> = {
  es: { greeting: 'Hola:', signature: 'Seguridad Social' },
  ca: { greeting: 'Hola,', signature: 'Seguretat Social' },
  eu: { greeting: 'Kaixo:', signature: 'Gizarte Segurantza' },
  gl: { greeting: 'Ola:', signature: 'Seguridade Social' },
  en: { greeting: 'Hello,', signature: 'Spanish Social Security' },
};
