import type { Messages } from './es';

/** Page chrome in Galician. @internal */
export const gl: Messages = {
  languageName: 'Galego',
  serviceName: 'Trámites en liña',
  serviceDescription:
    'Faga os seus trámites en liña paso a paso, garde e continúe máis tarde, ou pida axuda a unha persoa.',
  skipToContent: 'Ir ao contido principal',
  languageNav: 'Idioma',
  otherOptions: 'Outras opcións',
  footerNav: 'Ligazóns de axuda',

  catalogueTitle: 'Trámites dispoñibles',
  catalogueIntro:
    'Escolla o trámite que quere facer. Pode pedir axuda a unha persoa en calquera momento e gardar a solicitude para rematala máis tarde.',
  searchLabel: 'Buscar un trámite',
  searchButton: 'Buscar',
  noResults: 'Non hai ningún trámite que coincida con «{q}».',
  showAll: 'Ver todos os trámites',
  otherThings: 'Outras xestións',
  statusLink: 'Como vai o meu? Consultar o estado dunha solicitude',
  resumeLink: 'Continuar unha solicitude gardada',

  beforeYouStart: 'Antes de comezar',
  level0: 'Non precisa identificarse.',
  level1: 'Terá que identificarse respondendo a unhas preguntas sobre os datos que constan na Seguridade Social.',
  level2:
    'Terá que identificarse respondendo a unhas preguntas sobre os seus datos e cun código que lle enviaremos por SMS ou por correo electrónico.',
  level3:
    'Este trámite precisa identificación por vídeo, que non está dispoñible nesta web. Pida axuda e unha persoa atenderao.',
  startNote:
    'Ao comezar dámoslle unha referencia. Con ela pode gardar a solicitude, continuala máis tarde e consultar como vai.',
  startButton: 'Comezar',

  continue: 'Continuar',
  optional: '(opcional)',
  choose: 'Escolla unha opción',
  yes: 'Si',
  no: 'Non',
  selectAll: 'Seleccione todas as que correspondan.',
  errorPrefix: 'Erro:',
  errorSummaryTitle: 'Hai un problema',
  titleErrorPrefix: 'Erro: ',
  back: 'Atrás',
  saveLater: 'Gardar e continuar máis tarde',
  askHelp: 'Pedir axuda a unha persoa',
  reviewAnswers: 'Revisar as súas respostas',
  yourReference: 'A súa referencia',
  revisingNote: 'Está a cambiar unha resposta anterior. As demais respostas consérvanse mentres sigan sendo válidas.',

  checkTitle: 'Revise as súas respostas',
  change: 'Cambiar',
  notChangeable: 'Xa non se pode cambiar. Se é un erro, pida axuda.',
  noAnswersYet: 'Aínda non respondeu a ningunha pregunta.',
  backToCurrent: 'Volver á pregunta actual',
  notAnswered: 'Sen resposta',

  doneTitle: 'Trámite rematado',
  referenceIs: 'A súa referencia é',
  whatNext: 'Que pasa agora',
  yourAnswers: 'As súas respostas',
  backToCatalogue: 'Volver aos trámites',
  checkStatus: 'Consultar como vai a súa solicitude',

  handedOffTitle: 'Unha persoa continuará a súa solicitude',
  handedOffNext:
    'Unha persoa do noso equipo seguirá coa súa solicitude, con todas as respostas que xa nos deu. Se precisa algo de vostede, porase en contacto con vostede.',
  handedOffPhone: 'Se nos chama, diga a súa referencia: non terá que repetir o que xa nos dixo.',

  helpTitle: 'Precisa axuda?',
  helpExplain:
    'Unha persoa do noso equipo continuará o trámite con vostede. Conservamos todas as súas respostas: non terá que repetilas.',
  helpNoteLabel: 'En que precisa axuda?',
  helpNoteHint:
    'Por exemplo, «non entendo unha pregunta» ou «os meus datos cambiaron». Non escriba contrasinais nin números de conta.',
  helpButton: 'Pedir axuda',
  backToRequest: 'Volver ao trámite',

  saveTitle: 'A súa solicitude está gardada',
  saveWriteDown: 'Anote a súa referencia. Necesitaraa para continuar.',
  saveExplain:
    'Para continuar máis tarde, desde este ou outro dispositivo, entre en «Continuar unha solicitude gardada» e escriba a súa referencia. Noutro dispositivo terá que identificarse outra vez.',
  continueNow: 'Continuar agora',

  referenceLabel: 'Referencia da solicitude',
  referenceHint: 'Comeza por SR, por exemplo SR-7K4P-Q2.',
  referenceRequired: 'Escriba a referencia da súa solicitude',
  referenceInvalid: 'Escriba a referencia tal como a recibiu, por exemplo SR-7K4P-Q2',
  referenceNotFound: 'Non hai ningunha solicitude con esa referencia. Comprobe que a escribiu ben.',
  referenceTooManyTries:
    'Probáronse demasiadas referencias que non existen desde esta conexión. Por seguridade, volva intentalo dentro de {minutes} minutos.',
  resumeIntro:
    'Escriba a referencia que lle demos ao comezar. Se usa outro dispositivo, antes de ver os seus datos terá que identificarse outra vez.',

  statusTitle: 'Como vai o meu?',
  statusIntro:
    'Escriba a referencia da súa solicitude para saber en que estado está. Aquí non mostramos datos persoais.',
  statusButton: 'Consultar',
  statusOf: 'Solicitude {reference}',
  stateLabel: 'Estado',
  updatedLabel: 'Última actualización',
  state_open: 'Rexistrada',
  'state_in-progress': 'En trámite',
  'state_waiting-citizen': 'Pendente de vostede',
  state_escalated: 'En revisión por un especialista',
  state_resolved: 'Resolta',
  state_cancelled: 'Non seguiu adiante',

  identifyTitle: 'Identifíquese',
  protocolIntro: 'Responda a estas preguntas. Comprobaremos as respostas cos datos que constan na Seguridade Social.',
  attemptsLeft: 'Quédanlle {n} intentos.',
  attemptsLeftOne: 'Quédalle 1 intento.',
  hint_citizenId: 'Por exemplo, 12345678Z ou X1234567L.',
  hint_birthYear: 'Por exemplo, 1958.',
  hint_bankAccountLast4: 'Atoparaas ao final do IBAN.',
  otpTitle: 'Enviarémoslle un código',
  otpChooseLegend: 'Onde quere recibir o código?',
  otpChooseHint: 'Enviarémolo ao teléfono móbil ou ao correo electrónico que constan na Seguridade Social.',
  otpSms: 'Por SMS ao teléfono móbil',
  otpEmail: 'Por correo electrónico',
  otpChooseRequired: 'Escolla onde quere recibir o código',
  otpSendButton: 'Enviar o código',
  otpEnterTitle: 'Escriba o código',
  otpSentTo: 'Enviamos un código de 6 números a {to}. Caduca en 5 minutos.',
  otpCodeLabel: 'Código de 6 números',
  otpResend: 'Non me chegou: enviar outro código',
  otpChannelUnavailable: 'Non temos ese dato de contacto. Escolla a outra opción ou pida axuda.',
  otpSendLimit: 'Xa lle enviamos 3 códigos. Pida axuda para continuar.',
  lockedTitle: 'Non puidemos identificalo',
  lockedText:
    'Esgotou os intentos. Pida axuda: unha persoa do noso equipo atenderao e continuará o trámite con vostede.',
  videoNeeded:
    'Este paso precisa identificación por vídeo, que non está dispoñible nesta web. Pida axuda e unha persoa atenderao.',

  workingTitle: 'Estamos a consultar os seus datos',
  workingText: 'Pode tardar uns segundos. Esta páxina actualízase soa cando rematamos.',
  workingCheckNow: 'Comprobar agora',
  workingSlow: 'Está a tardar máis do normal. Pode comprobalo máis tarde coa súa referencia ou pedir axuda.',

  notFoundTitle: 'Non se atopa a páxina',
  notFoundText:
    'Se escribiu o enderezo, comprobe que é correcto. Se estaba a facer un trámite, pode continualo coa súa referencia.',
  forbiddenTitle: 'Non pode ver esta páxina',
  forbiddenText: 'Non ten permiso para ver esta páxina ou facer esta acción.',
  csrfTitle: 'Non puidemos enviar o formulario',
  csrfText:
    'Por seguridade, só aceptamos formularios enviados desde esta web e nesta mesma visita. Volva á páxina anterior, recárguea e ténteo de novo. Non se gardou nada.',
  conflictTitle: 'Isto xa non se pode facer',
  conflictText: 'A súa solicitude avanzou e esta acción xa non está dispoñible. Volva á súa solicitude ou pida axuda.',
  badRequestTitle: 'Non entendemos a petición',
  badRequestText: 'A petición non ten o formato esperado. Volva á páxina anterior e ténteo de novo.',
  serverErrorTitle: 'Sentímolo, hai un problema co servizo',
  serverErrorText: 'Ténteo de novo máis tarde. As respostas que xa nos deu consérvanse.',
  systemErrorText:
    'Un dos nosos sistemas non responde agora. Ténteo de novo nuns minutos. As respostas que xa nos deu consérvanse.',
  incident: 'Se nos chama, indique este código de incidencia: {id}',
  goHome: 'Ir aos trámites dispoñibles',
};
