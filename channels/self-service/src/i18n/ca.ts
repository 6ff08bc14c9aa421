import type { Messages } from './es';

/** Page chrome in Catalan (tractament de vós, as the service's own messages). @internal */
export const ca: Messages = {
  languageName: 'Català',
  serviceName: 'Tràmits en línia',
  serviceDescription:
    'Feu els vostres tràmits en línia pas a pas, deseu i continueu més tard, o demaneu ajuda a una persona.',
  skipToContent: 'Vés al contingut principal',
  languageNav: 'Idioma',
  otherOptions: 'Altres opcions',
  footerNav: "Enllaços d'ajuda",

  catalogueTitle: 'Tràmits disponibles',
  catalogueIntro:
    'Trieu el tràmit que voleu fer. Podeu demanar ajuda a una persona en qualsevol moment i desar la sol·licitud per acabar-la més tard.',
  searchLabel: 'Cerca un tràmit',
  searchButton: 'Cerca',
  noResults: 'Cap tràmit no coincideix amb «{q}».',
  showAll: 'Mostra tots els tràmits',
  otherThings: 'Altres gestions',
  statusLink: "Com va lo meu? Consulteu l'estat d'una sol·licitud",
  resumeLink: 'Continueu una sol·licitud desada',

  beforeYouStart: 'Abans de començar',
  level0: 'No cal que us identifiqueu.',
  level1: "Us haureu d'identificar responent unes preguntes sobre les dades que consten a la Seguretat Social.",
  level2:
    "Us haureu d'identificar responent unes preguntes sobre les vostres dades i amb un codi que us enviarem per SMS o per correu electrònic.",
  level3:
    'Aquest tràmit necessita identificació per vídeo, que no està disponible en aquest web. Demaneu ajuda i una persona us atendrà.',
  startNote:
    'En començar us donarem una referència. Amb ella podeu desar la sol·licitud, continuar-la més tard i consultar com va.',
  startButton: 'Comença',

  continue: 'Continua',
  optional: '(opcional)',
  choose: 'Trieu una opció',
  yes: 'Sí',
  no: 'No',
  selectAll: 'Seleccioneu totes les que corresponguin.',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'Hi ha un problema',
  titleErrorPrefix: 'Error: ',
  back: 'Enrere',
  saveLater: 'Desa i continua més tard',
  askHelp: 'Demana ajuda a una persona',
  reviewAnswers: 'Revisa les vostres respostes',
  yourReference: 'La vostra referència',
  revisingNote:
    'Esteu canviant una resposta anterior. Les altres respostes es conserven mentre continuïn sent vàlides.',

  checkTitle: 'Reviseu les vostres respostes',
  change: 'Canvia',
  notChangeable: 'Ja no es pot canviar. Si és un error, demaneu ajuda.',
  noAnswersYet: 'Encara no heu respost cap pregunta.',
  backToCurrent: 'Torna a la pregunta actual',
  notAnswered: 'Sense resposta',

  doneTitle: 'Tràmit acabat',
  referenceIs: 'La vostra referència és',
  whatNext: 'Què passa ara',
  yourAnswers: 'Les vostres respostes',
  backToCatalogue: 'Torna als tràmits',
  checkStatus: 'Consulteu com va la vostra sol·licitud',

  handedOffTitle: 'Una persona continuarà la vostra sol·licitud',
  handedOffNext:
    "Una persona del nostre equip continuarà la vostra sol·licitud, amb totes les respostes que ja ens heu donat. Si necessita alguna cosa de vós, s'hi posarà en contacte.",
  handedOffPhone: 'Si ens truqueu, digueu la vostra referència: no haureu de repetir el que ja ens heu dit.',

  helpTitle: 'Necessiteu ajuda?',
  helpExplain:
    'Una persona del nostre equip continuarà el tràmit amb vós. Conservem totes les vostres respostes: no les haureu de repetir.',
  helpNoteLabel: 'En què necessiteu ajuda?',
  helpNoteHint:
    'Per exemple, «no entenc una pregunta» o «les meves dades han canviat». No hi escriviu contrasenyes ni números de compte.',
  helpButton: 'Demana ajuda',
  backToRequest: 'Torna al tràmit',

  saveTitle: 'La vostra sol·licitud està desada',
  saveWriteDown: 'Anoteu la vostra referència. La necessitareu per continuar.',
  saveExplain:
    "Per continuar més tard, des d'aquest o d'un altre dispositiu, entreu a «Continueu una sol·licitud desada» i escriviu la referència. En un altre dispositiu us haureu d'identificar de nou.",
  continueNow: 'Continua ara',

  referenceLabel: 'Referència de la sol·licitud',
  referenceHint: 'Comença per SR, per exemple SR-7K4P-Q2.',
  referenceRequired: 'Escriviu la referència de la vostra sol·licitud',
  referenceInvalid: 'Escriviu la referència tal com la vau rebre, per exemple SR-7K4P-Q2',
  referenceNotFound: "No hi ha cap sol·licitud amb aquesta referència. Comproveu que l'heu escrita bé.",
  referenceTooManyTries:
    "S'han provat massa referències que no existeixen des d'aquesta connexió. Per seguretat, torneu-ho a provar d'aquí a {minutes} minuts.",
  resumeIntro:
    "Escriviu la referència que us vam donar en començar. Si feu servir un altre dispositiu, abans de veure les vostres dades us haureu d'identificar de nou.",

  statusTitle: 'Com va lo meu?',
  statusIntro:
    'Escriviu la referència de la vostra sol·licitud per saber en quin estat està. Aquí no mostrem dades personals.',
  statusButton: 'Consulta',
  statusOf: 'Sol·licitud {reference}',
  stateLabel: 'Estat',
  updatedLabel: 'Darrera actualització',
  state_open: 'Registrada',
  'state_in-progress': 'En tràmit',
  'state_waiting-citizen': 'Pendent de vós',
  state_escalated: 'En revisió per un especialista',
  state_resolved: 'Resolta',
  state_cancelled: 'No va tirar endavant',

  identifyTitle: 'Identifiqueu-vos',
  protocolIntro:
    'Responeu aquestes preguntes. Comprovarem les respostes amb les dades que consten a la Seguretat Social.',
  attemptsLeft: 'Us queden {n} intents.',
  attemptsLeftOne: 'Us queda 1 intent.',
  hint_citizenId: 'Per exemple, 12345678Z o X1234567L.',
  hint_birthYear: 'Per exemple, 1958.',
  hint_bankAccountLast4: "Les trobareu al final de l'IBAN.",
  otpTitle: 'Us enviarem un codi',
  otpChooseLegend: 'On voleu rebre el codi?',
  otpChooseHint: "L'enviarem al telèfon mòbil o al correu electrònic que consten a la Seguretat Social.",
  otpSms: 'Per SMS al telèfon mòbil',
  otpEmail: 'Per correu electrònic',
  otpChooseRequired: 'Trieu on voleu rebre el codi',
  otpSendButton: 'Envia el codi',
  otpEnterTitle: 'Escriviu el codi',
  otpSentTo: 'Hem enviat un codi de 6 números a {to}. Caduca al cap de 5 minuts.',
  otpCodeLabel: 'Codi de 6 números',
  otpResend: "No m'ha arribat: envia un altre codi",
  otpChannelUnavailable: "No tenim aquesta dada de contacte. Trieu l'altra opció o demaneu ajuda.",
  otpSendLimit: 'Ja us hem enviat 3 codis. Demaneu ajuda per continuar.',
  lockedTitle: 'No us hem pogut identificar',
  lockedText:
    'Heu esgotat els intents. Demaneu ajuda: una persona del nostre equip us atendrà i continuarà el tràmit amb vós.',
  videoNeeded:
    'Aquest pas necessita identificació per vídeo, que no està disponible en aquest web. Demaneu ajuda i una persona us atendrà.',

  workingTitle: 'Estem consultant les vostres dades',
  workingText: "Pot trigar uns segons. Aquesta pàgina s'actualitza sola quan acabem.",
  workingCheckNow: 'Comprova-ho ara',
  workingSlow: 'Està trigant més del normal. Podeu comprovar-ho més tard amb la vostra referència o demanar ajuda.',

  notFoundTitle: "No s'ha trobat la pàgina",
  notFoundText:
    "Si heu escrit l'adreça, comproveu que és correcta. Si estàveu fent un tràmit, podeu continuar-lo amb la vostra referència.",
  forbiddenTitle: 'No podeu veure aquesta pàgina',
  forbiddenText: 'No teniu permís per veure aquesta pàgina o fer aquesta acció.',
  csrfTitle: 'No hem pogut enviar el formulari',
  csrfText:
    "Per seguretat, només acceptem formularis enviats des d'aquest web i en aquesta mateixa visita. Torneu a la pàgina anterior, recarregueu-la i torneu-ho a provar. No s'ha desat res.",
  conflictTitle: 'Això ja no es pot fer',
  conflictText:
    'La vostra sol·licitud ha avançat i aquesta acció ja no està disponible. Torneu a la sol·licitud o demaneu ajuda.',
  badRequestTitle: 'No hem entès la petició',
  badRequestText: 'La petició no té el format esperat. Torneu a la pàgina anterior i torneu-ho a provar.',
  serverErrorTitle: 'Ho sentim, hi ha un problema amb el servei',
  serverErrorText: 'Torneu-ho a provar més tard. Les respostes que ja ens heu donat es conserven.',
  systemErrorText:
    "Un dels nostres sistemes no respon ara. Torneu-ho a provar d'aquí a uns minuts. Les respostes que ja ens heu donat es conserven.",
  incident: "Si ens truqueu, indiqueu aquest codi d'incidència: {id}",
  goHome: 'Aneu als tràmits disponibles',
};
