import type { Language } from '../contract';

/** The identification questions Cauce can ask (level 1), answered from the affiliation record. @public */
export const PROTOCOL_QUESTIONS = [
  'citizenId',
  'birthYear',
  'postcode',
  'bankAccountLast4',
  'affiliationYear',
] as const;
export type ProtocolQuestion = (typeof PROTOCOL_QUESTIONS)[number];

type Texts = Record<Language, string>;

/** Question labels, in every language. @internal */
export const QUESTION_LABELS: Record<ProtocolQuestion, Texts> = {
  citizenId: { es: 'DNI o NIE', ca: 'DNI o NIE', eu: 'NAN edo AIZ', gl: 'DNI ou NIE', en: 'DNI or NIE number' },
  birthYear: {
    es: 'Año de nacimiento',
    ca: 'Any de naixement',
    eu: 'Jaiotze-urtea',
    gl: 'Ano de nacemento',
    en: 'Year of birth',
  },
  postcode: {
    es: 'Código postal de su domicilio',
    ca: 'Codi postal del seu domicili',
    eu: 'Zure helbideko posta-kodea',
    gl: 'Código postal do seu domicilio',
    en: 'Postcode of your address',
  },
  bankAccountLast4: {
    es: 'Últimas 4 cifras de la cuenta donde cobra',
    ca: 'Últimes 4 xifres del compte on cobra',
    eu: 'Kobratzen duzun kontuaren azken 4 zifrak',
    gl: 'Últimas 4 cifras da conta onde cobra',
    en: 'Last 4 digits of the account you are paid into',
  },
  affiliationYear: {
    es: 'Año de su primera afiliación a la Seguridad Social',
    ca: 'Any de la seva primera afiliació a la Seguretat Social',
    eu: 'Gizarte Segurantzan lehen aldiz afiliatu zinen urtea',
    gl: 'Ano da súa primeira afiliación á Seguridade Social',
    en: 'Year you first joined the Social Security system',
  },
};

/** Messages shown beside identification fields; they never say which answer was wrong. @internal */
export const IDENTIFICATION_MESSAGES: Record<
  'mismatch' | 'required' | 'otpWrong' | 'otpExpired' | 'otpExhausted' | 'otpFormat',
  Texts
> = {
  mismatch: {
    es: 'Los datos no coinciden con los que constan en la Seguridad Social. Revíselos e inténtelo de nuevo.',
    ca: 'Les dades no coincideixen amb les que consten a la Seguretat Social. Reviseu-les i torneu-ho a provar.',
    eu: 'Datuak ez datoz bat Gizarte Segurantzan jasota daudenekin. Berrikusi eta saiatu berriro.',
    gl: 'Os datos non coinciden cos que constan na Seguridade Social. Revíseos e ténteo de novo.',
    en: "These details don't match our records. Check them and try again.",
  },
  required: {
    es: 'Responda a esta pregunta',
    ca: 'Responeu aquesta pregunta',
    eu: 'Erantzun galdera honi',
    gl: 'Responda a esta pregunta',
    en: 'Answer this question',
  },
  otpWrong: {
    es: 'El código no es correcto.',
    ca: 'El codi no és correcte.',
    eu: 'Kodea ez da zuzena.',
    gl: 'O código non é correcto.',
    en: 'The code is not correct.',
  },
  otpExpired: {
    es: 'El código ha caducado. Pida uno nuevo.',
    ca: 'El codi ha caducat. Demaneu-ne un de nou.',
    eu: 'Kodea iraungi da. Eskatu beste bat.',
    gl: 'O código caducou. Pida un novo.',
    en: 'The code has expired. Ask for a new one.',
  },
  otpExhausted: {
    es: 'Ha agotado los intentos con este código. Pida uno nuevo.',
    ca: 'Heu esgotat els intents amb aquest codi. Demaneu-ne un de nou.',
    eu: 'Kode honekin saiakera guztiak agortu dituzu. Eskatu beste bat.',
    gl: 'Esgotou os intentos con este código. Pida un novo.',
    en: "You've used all the tries for this code. Ask for a new one.",
  },
  otpFormat: {
    es: 'Escriba los 6 números del código',
    ca: 'Escriviu els 6 números del codi',
    eu: 'Idatzi kodearen 6 zenbakiak',
    gl: 'Escriba os 6 números do código',
    en: 'Enter the 6 digits of the code',
  },
};

/** The one-time-code message; the code comes first, as the INSS sends it. @internal */
export function otpMessage(language: Language, code: string): { sms: string; subject: string; body: string } {
  const sms: Texts = {
    es: `${code} es su código de la Seguridad Social. Caduca en 5 minutos. No lo comparta con nadie.`,
    ca: `${code} és el vostre codi de la Seguretat Social. Caduca d'aquí a 5 minuts. No el compartiu amb ningú.`,
    eu: `${code} da zure Gizarte Segurantzako kodea. 5 minututan iraungiko da. Ez partekatu inorekin.`,
    gl: `${code} é o seu código da Seguridade Social. Caduca en 5 minutos. Non o comparta con ninguén.`,
    en: `${code} is your Social Security code. It expires in 5 minutes. Don't share it with anyone.`,
  };
  const subject: Texts = {
    es: 'Su código de verificación',
    ca: 'El vostre codi de verificació',
    eu: 'Zure egiaztapen-kodea',
    gl: 'O seu código de verificación',
    en: 'Your verification code',
  };
  return { sms: sms[language], subject: subject[language], body: sms[language] };
}
