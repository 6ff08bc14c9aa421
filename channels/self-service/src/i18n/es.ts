/**
 * Page chrome in Spanish, the reference language: every other language file is typed `Messages`, so a key
 * missing there is a type error. Texts of a procedure (titles, questions, help) come from its package, not from
 * here. `{name}` placeholders are filled by `t()`.
 * @internal
 */
export const es = {
  languageName: 'Español',
  serviceName: 'Trámites en línea',
  serviceDescription:
    'Haga sus trámites en línea paso a paso, guarde y continúe más tarde, o pida ayuda a una persona.',
  skipToContent: 'Saltar al contenido principal',
  languageNav: 'Idioma',
  otherOptions: 'Otras opciones',
  footerNav: 'Enlaces de ayuda',

  catalogueTitle: 'Trámites disponibles',
  catalogueIntro:
    'Elija el trámite que quiere hacer. Puede pedir ayuda a una persona en cualquier momento y guardar la solicitud para terminarla más tarde.',
  searchLabel: 'Buscar un trámite',
  searchButton: 'Buscar',
  noResults: 'No hay ningún trámite que coincida con «{q}».',
  showAll: 'Ver todos los trámites',
  otherThings: 'Otras gestiones',
  statusLink: '¿Cómo va lo mío? Consultar el estado de una solicitud',
  resumeLink: 'Continuar una solicitud guardada',

  beforeYouStart: 'Antes de empezar',
  level0: 'No necesita identificarse.',
  level1: 'Tendrá que identificarse respondiendo a unas preguntas sobre los datos que constan en la Seguridad Social.',
  level2:
    'Tendrá que identificarse respondiendo a unas preguntas sobre sus datos y con un código que le enviaremos por SMS o por correo electrónico.',
  level3:
    'Este trámite necesita identificación por vídeo, que no está disponible en esta web. Pida ayuda y una persona le atenderá.',
  startNote:
    'Al empezar le daremos una referencia. Con ella puede guardar la solicitud, continuarla más tarde y consultar cómo va.',
  startButton: 'Empezar',

  continue: 'Continuar',
  optional: '(opcional)',
  choose: 'Elija una opción',
  yes: 'Sí',
  no: 'No',
  selectAll: 'Seleccione todas las que correspondan.',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'Hay un problema',
  titleErrorPrefix: 'Error: ',
  back: 'Atrás',
  saveLater: 'Guardar y continuar más tarde',
  askHelp: 'Pedir ayuda a una persona',
  reviewAnswers: 'Revisar sus respuestas',
  yourReference: 'Su referencia',
  revisingNote:
    'Está cambiando una respuesta anterior. Las demás respuestas se conservan mientras sigan siendo válidas.',

  checkTitle: 'Revise sus respuestas',
  change: 'Cambiar',
  notChangeable: 'Ya no se puede cambiar. Si es un error, pida ayuda.',
  noAnswersYet: 'Todavía no ha respondido a ninguna pregunta.',
  backToCurrent: 'Volver a la pregunta actual',
  notAnswered: 'Sin respuesta',

  doneTitle: 'Trámite terminado',
  referenceIs: 'Su referencia es',
  whatNext: 'Qué pasa ahora',
  yourAnswers: 'Sus respuestas',
  backToCatalogue: 'Volver a los trámites',
  checkStatus: 'Consultar cómo va su solicitud',

  handedOffTitle: 'Una persona continuará su solicitud',
  handedOffNext:
    'Una persona de nuestro equipo seguirá con su solicitud, con todas las respuestas que ya nos ha dado. Si necesita algo de usted, se pondrá en contacto con usted.',
  handedOffPhone: 'Si nos llama, diga su referencia: no tendrá que repetir lo que ya nos ha dicho.',

  helpTitle: '¿Necesita ayuda?',
  helpExplain:
    'Una persona de nuestro equipo continuará el trámite con usted. Conservamos todas sus respuestas: no tendrá que repetirlas.',
  helpNoteLabel: '¿En qué necesita ayuda?',
  helpNoteHint:
    'Por ejemplo, «no entiendo una pregunta» o «mis datos han cambiado». No escriba contraseñas ni números de cuenta.',
  helpButton: 'Pedir ayuda',
  backToRequest: 'Volver al trámite',

  saveTitle: 'Su solicitud está guardada',
  saveWriteDown: 'Anote su referencia. La necesitará para continuar.',
  saveExplain:
    'Para continuar más tarde, desde este u otro dispositivo, entre en «Continuar una solicitud guardada» y escriba su referencia. En otro dispositivo tendrá que identificarse otra vez.',
  continueNow: 'Continuar ahora',

  referenceLabel: 'Referencia de la solicitud',
  referenceHint: 'Empieza por SR, por ejemplo SR-7K4P-Q2.',
  referenceRequired: 'Escriba la referencia de su solicitud',
  referenceInvalid: 'Escriba la referencia tal como la recibió, por ejemplo SR-7K4P-Q2',
  referenceNotFound: 'No hay ninguna solicitud con esa referencia. Compruebe que la ha escrito bien.',
  referenceTooManyTries:
    'Se han probado demasiadas referencias que no existen desde esta conexión. Por seguridad, vuelva a intentarlo dentro de {minutes} minutos.',
  resumeIntro:
    'Escriba la referencia que le dimos al empezar. Si usa otro dispositivo, antes de ver sus datos tendrá que identificarse otra vez.',

  statusTitle: '¿Cómo va lo mío?',
  statusIntro:
    'Escriba la referencia de su solicitud para saber en qué estado está. Aquí no mostramos datos personales.',
  statusButton: 'Consultar',
  statusOf: 'Solicitud {reference}',
  stateLabel: 'Estado',
  updatedLabel: 'Última actualización',
  state_open: 'Registrada',
  'state_in-progress': 'En trámite',
  'state_waiting-citizen': 'Pendiente de usted',
  state_escalated: 'En revisión por un especialista',
  state_resolved: 'Resuelta',
  state_cancelled: 'No siguió adelante',

  identifyTitle: 'Identifíquese',
  protocolIntro:
    'Responda a estas preguntas. Comprobaremos las respuestas con los datos que constan en la Seguridad Social.',
  attemptsLeft: 'Le quedan {n} intentos.',
  attemptsLeftOne: 'Le queda 1 intento.',
  hint_citizenId: 'Por ejemplo, 12345678Z o X1234567L.',
  hint_birthYear: 'Por ejemplo, 1958.',
  hint_bankAccountLast4: 'Las encontrará al final del IBAN.',
  otpTitle: 'Le enviaremos un código',
  otpChooseLegend: '¿Dónde quiere recibir el código?',
  otpChooseHint: 'Lo enviaremos al teléfono móvil o al correo electrónico que constan en la Seguridad Social.',
  otpSms: 'Por SMS al teléfono móvil',
  otpEmail: 'Por correo electrónico',
  otpChooseRequired: 'Elija dónde quiere recibir el código',
  otpSendButton: 'Enviar el código',
  otpEnterTitle: 'Escriba el código',
  otpSentTo: 'Hemos enviado un código de 6 números a {to}. Caduca en 5 minutos.',
  otpCodeLabel: 'Código de 6 números',
  otpResend: 'No me ha llegado: enviar otro código',
  otpChannelUnavailable: 'No tenemos ese dato de contacto. Elija la otra opción o pida ayuda.',
  otpSendLimit: 'Ya le hemos enviado 3 códigos. Pida ayuda para continuar.',
  lockedTitle: 'No hemos podido identificarle',
  lockedText:
    'Ha agotado los intentos. Pida ayuda: una persona de nuestro equipo le atenderá y continuará el trámite con usted.',
  videoNeeded:
    'Este paso necesita identificación por vídeo, que no está disponible en esta web. Pida ayuda y una persona le atenderá.',

  workingTitle: 'Estamos consultando sus datos',
  workingText: 'Puede tardar unos segundos. Esta página se actualiza sola cuando terminamos.',
  workingCheckNow: 'Comprobar ahora',
  workingSlow: 'Está tardando más de lo normal. Puede comprobarlo más tarde con su referencia o pedir ayuda.',

  notFoundTitle: 'No se encuentra la página',
  notFoundText:
    'Si ha escrito la dirección, compruebe que es correcta. Si estaba haciendo un trámite, puede continuarlo con su referencia.',
  forbiddenTitle: 'No puede ver esta página',
  forbiddenText: 'No tiene permiso para ver esta página o hacer esta acción.',
  csrfTitle: 'No hemos podido enviar el formulario',
  csrfText:
    'Por seguridad, solo aceptamos formularios enviados desde esta web y en esta misma visita. Vuelva a la página anterior, recárguela e inténtelo de nuevo. No se ha guardado nada.',
  conflictTitle: 'Esto ya no se puede hacer',
  conflictText: 'Su solicitud ha avanzado y esta acción ya no está disponible. Vuelva a su solicitud o pida ayuda.',
  badRequestTitle: 'No hemos entendido la petición',
  badRequestText: 'La petición no tiene el formato esperado. Vuelva a la página anterior e inténtelo de nuevo.',
  serverErrorTitle: 'Lo sentimos, hay un problema con el servicio',
  serverErrorText: 'Inténtelo de nuevo más tarde. Las respuestas que ya nos ha dado se conservan.',
  systemErrorText:
    'Uno de nuestros sistemas no responde ahora. Inténtelo de nuevo en unos minutos. Las respuestas que ya nos ha dado se conservan.',
  incident: 'Si nos llama, indique este código de incidencia: {id}',
  goHome: 'Ir a los trámites disponibles',
};

/** The page-chrome vocabulary. @internal */
export type Messages = { [K in keyof typeof es]: string };
