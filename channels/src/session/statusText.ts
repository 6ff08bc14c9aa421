import type { ServiceRequestState } from '@cauce/schemas';
import type { Language } from '../contract';
import type { PublishedPackage } from '../packages/PublishedPackage';

/**
 * What "¿Cómo va lo mío?" answers for a request state: the procedure's own `statusTexts` when it has one for the
 * state, else a general sentence, in the language asked.
 * @internal
 */
export function statusText(pkg: PublishedPackage | undefined, state: string, language: Language): string {
  const own = (pkg?.manifest.statusTexts as Record<string, Record<Language, string>> | undefined)?.[state]?.[language];
  return own ?? DEFAULTS[state as ServiceRequestState]?.[language] ?? state;
}

const DEFAULTS: Record<ServiceRequestState, Record<Language, string>> = {
  open: {
    es: 'Hemos registrado su solicitud.',
    ca: 'Hem registrat la vostra sol·licitud.',
    eu: 'Zure eskaera erregistratu dugu.',
    gl: 'Rexistramos a súa solicitude.',
    en: "We've registered your request.",
  },
  'in-progress': {
    es: 'Estamos tramitando su solicitud.',
    ca: 'Estem tramitant la vostra sol·licitud.',
    eu: 'Zure eskaera izapidetzen ari gara.',
    gl: 'Estamos a tramitar a súa solicitude.',
    en: "We're dealing with your request.",
  },
  'waiting-citizen': {
    es: 'Su solicitud está a medias: entre con su referencia para terminarla.',
    ca: 'La vostra sol·licitud està a mig fer: entreu amb la referència per acabar-la.',
    eu: 'Zure eskaera erdizka dago: sartu erreferentziarekin amaitzeko.',
    gl: 'A súa solicitude está a medias: entre coa súa referencia para rematala.',
    en: "Your request isn't finished: use your reference to complete it.",
  },
  escalated: {
    es: 'Un especialista está revisando su solicitud.',
    ca: 'Un especialista està revisant la vostra sol·licitud.',
    eu: 'Espezialista bat zure eskaera berrikusten ari da.',
    gl: 'Un especialista está a revisar a súa solicitude.',
    en: 'A specialist is reviewing your request.',
  },
  resolved: {
    es: 'Su solicitud está resuelta.',
    ca: 'La vostra sol·licitud està resolta.',
    eu: 'Zure eskaera ebatzita dago.',
    gl: 'A súa solicitude está resolta.',
    en: 'Your request has been dealt with.',
  },
  cancelled: {
    es: 'La solicitud no siguió adelante.',
    ca: 'La sol·licitud no va tirar endavant.',
    eu: 'Eskaerak ez du aurrera egin.',
    gl: 'A solicitude non seguiu adiante.',
    en: "The request didn't go ahead.",
  },
};
