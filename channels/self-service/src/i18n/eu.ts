import type { Messages } from './es';

/** Page chrome in Basque. @internal */
export const eu: Messages = {
  languageName: 'Euskara',
  serviceName: 'Izapideak sarean',
  serviceDescription:
    'Egin zure izapideak sarean urratsez urrats, gorde eta jarraitu geroago, edo eskatu laguntza pertsona bati.',
  skipToContent: 'Joan eduki nagusira',
  languageNav: 'Hizkuntza',
  otherOptions: 'Beste aukera batzuk',
  footerNav: 'Laguntza-estekak',

  catalogueTitle: 'Izapide erabilgarriak',
  catalogueIntro:
    'Aukeratu egin nahi duzun izapidea. Edozein unetan eska diezaiokezu laguntza pertsona bati, eta eskaera gorde dezakezu geroago amaitzeko.',
  searchLabel: 'Bilatu izapide bat',
  searchButton: 'Bilatu',
  noResults: 'Ez dago «{q}» bilaketarekin bat datorren izapiderik.',
  showAll: 'Ikusi izapide guztiak',
  otherThings: 'Beste kudeaketa batzuk',
  statusLink: 'Nola doa nirea? Kontsultatu eskaera baten egoera',
  resumeLink: 'Jarraitu gordetako eskaera bat',

  beforeYouStart: 'Hasi aurretik',
  level0: 'Ez duzu zure burua identifikatu beharrik.',
  level1:
    'Zure burua identifikatu beharko duzu, Gizarte Segurantzan jasota dauden datuei buruzko galdera batzuei erantzunez.',
  level2:
    'Zure burua identifikatu beharko duzu, zure datuei buruzko galdera batzuei erantzunez eta SMS edo posta elektroniko bidez bidaliko dizugun kode batekin.',
  level3:
    'Izapide honek bideo bidezko identifikazioa behar du, eta hori ez dago erabilgarri webgune honetan. Eskatu laguntza, eta pertsona batek artatuko zaitu.',
  startNote:
    'Hastean, erreferentzia bat emango dizugu. Harekin eskaera gorde, geroago jarraitu eta nola doan kontsulta dezakezu.',
  startButton: 'Hasi',

  continue: 'Jarraitu',
  optional: '(aukerakoa)',
  choose: 'Aukeratu bat',
  yes: 'Bai',
  no: 'Ez',
  selectAll: 'Hautatu dagozkizun guztiak.',
  errorPrefix: 'Errorea:',
  errorSummaryTitle: 'Arazo bat dago',
  titleErrorPrefix: 'Errorea: ',
  back: 'Atzera',
  saveLater: 'Gorde eta jarraitu geroago',
  askHelp: 'Eskatu laguntza pertsona bati',
  reviewAnswers: 'Berrikusi zure erantzunak',
  yourReference: 'Zure erreferentzia',
  revisingNote:
    'Aurreko erantzun bat aldatzen ari zara. Gainerako erantzunak gorde egiten dira, baliozkoak diren bitartean.',

  checkTitle: 'Berrikusi zure erantzunak',
  change: 'Aldatu',
  notChangeable: 'Ezin da aldatu jada. Akats bat bada, eskatu laguntza.',
  noAnswersYet: 'Oraindik ez diozu galderarik erantzun.',
  backToCurrent: 'Itzuli uneko galderara',
  notAnswered: 'Erantzunik gabe',

  doneTitle: 'Izapidea amaituta',
  referenceIs: 'Zure erreferentzia hau da:',
  whatNext: 'Zer gertatuko da orain',
  yourAnswers: 'Zure erantzunak',
  backToCatalogue: 'Itzuli izapideetara',
  checkStatus: 'Kontsultatu nola doan zure eskaera',

  handedOffTitle: 'Pertsona batek jarraituko du zure eskaerarekin',
  handedOffNext:
    'Gure taldeko pertsona batek jarraituko du zure eskaerarekin, dagoeneko eman dizkiguzun erantzun guztiekin. Zuregandik zerbait behar badu, zurekin harremanetan jarriko da.',
  handedOffPhone: 'Deitzen badiguzu, esan zure erreferentzia: ez duzu errepikatu beharko esan diguzuna.',

  helpTitle: 'Laguntza behar duzu?',
  helpExplain:
    'Gure taldeko pertsona batek zurekin jarraituko du izapidea. Zure erantzun guztiak gordetzen ditugu: ez duzu errepikatu beharko.',
  helpNoteLabel: 'Zertan behar duzu laguntza?',
  helpNoteHint:
    'Adibidez, «ez dut galdera bat ulertzen» edo «nire datuak aldatu dira». Ez idatzi pasahitzik ez kontu-zenbakirik.',
  helpButton: 'Eskatu laguntza',
  backToRequest: 'Itzuli izapidera',

  saveTitle: 'Zure eskaera gordeta dago',
  saveWriteDown: 'Idatzi zure erreferentzia. Jarraitzeko beharko duzu.',
  saveExplain:
    'Geroago jarraitzeko, gailu honetatik edo beste batetik, sartu «Jarraitu gordetako eskaera bat» atalean eta idatzi zure erreferentzia. Beste gailu batean, berriro identifikatu beharko duzu.',
  continueNow: 'Jarraitu orain',

  referenceLabel: 'Eskaeraren erreferentzia',
  referenceHint: 'SR-rekin hasten da; adibidez, SR-7K4P-Q2.',
  referenceRequired: 'Idatzi zure eskaeraren erreferentzia',
  referenceInvalid: 'Idatzi erreferentzia jaso zenuen bezala; adibidez, SR-7K4P-Q2',
  referenceNotFound: 'Ez dago erreferentzia hori duen eskaerarik. Egiaztatu ondo idatzi duzula.',
  referenceTooManyTries:
    'Konexio honetatik ez dauden erreferentzia gehiegi probatu dira. Segurtasunagatik, saiatu berriro {minutes} minutu barru.',
  resumeIntro:
    'Idatzi hastean eman genizun erreferentzia. Beste gailu bat erabiltzen baduzu, zure datuak ikusi aurretik berriro identifikatu beharko duzu.',

  statusTitle: 'Nola doa nirea?',
  statusIntro:
    'Idatzi zure eskaeraren erreferentzia, zer egoeratan dagoen jakiteko. Hemen ez dugu datu pertsonalik erakusten.',
  statusButton: 'Kontsultatu',
  statusOf: '{reference} eskaera',
  stateLabel: 'Egoera',
  updatedLabel: 'Azken eguneraketa',
  state_open: 'Erregistratuta',
  'state_in-progress': 'Izapidetzen',
  'state_waiting-citizen': 'Zure zain',
  state_escalated: 'Espezialista batek berrikusten',
  state_resolved: 'Ebatzita',
  state_cancelled: 'Ez du aurrera egin',

  identifyTitle: 'Identifikatu zure burua',
  protocolIntro: 'Erantzun galdera hauei. Erantzunak Gizarte Segurantzan jasota dauden datuekin egiaztatuko ditugu.',
  attemptsLeft: '{n} saiakera geratzen zaizkizu.',
  attemptsLeftOne: 'Saiakera 1 geratzen zaizu.',
  hint_citizenId: 'Adibidez, 12345678Z edo X1234567L.',
  hint_birthYear: 'Adibidez, 1958.',
  hint_bankAccountLast4: 'IBANaren amaieran aurkituko dituzu.',
  otpTitle: 'Kode bat bidaliko dizugu',
  otpChooseLegend: 'Non jaso nahi duzu kodea?',
  otpChooseHint: 'Gizarte Segurantzan jasota dagoen telefono mugikorrera edo helbide elektronikora bidaliko dugu.',
  otpSms: 'SMS bidez, telefono mugikorrera',
  otpEmail: 'Posta elektronikoz',
  otpChooseRequired: 'Aukeratu non jaso nahi duzun kodea',
  otpSendButton: 'Bidali kodea',
  otpEnterTitle: 'Idatzi kodea',
  otpSentTo: '6 zenbakiko kode bat bidali dugu hona: {to}. 5 minututan iraungiko da.',
  otpCodeLabel: '6 zenbakiko kodea',
  otpResend: 'Ez zait iritsi: bidali beste kode bat',
  otpChannelUnavailable: 'Ez daukagu harremanetarako datu hori. Aukeratu beste aukera edo eskatu laguntza.',
  otpSendLimit: 'Dagoeneko 3 kode bidali dizkizugu. Eskatu laguntza jarraitzeko.',
  lockedTitle: 'Ezin izan zaitugu identifikatu',
  lockedText:
    'Saiakera guztiak agortu dituzu. Eskatu laguntza: gure taldeko pertsona batek artatuko zaitu eta zurekin jarraituko du izapidea.',
  videoNeeded:
    'Urrats honek bideo bidezko identifikazioa behar du, eta hori ez dago erabilgarri webgune honetan. Eskatu laguntza, eta pertsona batek artatuko zaitu.',

  workingTitle: 'Zure datuak kontsultatzen ari gara',
  workingText: 'Segundo batzuk iraun ditzake. Orri hau bere kabuz eguneratuko da amaitzen dugunean.',
  workingCheckNow: 'Egiaztatu orain',
  workingSlow:
    'Ohi baino gehiago ari da luzatzen. Geroago egiazta dezakezu zure erreferentziarekin, edo laguntza eska dezakezu.',

  notFoundTitle: 'Ez da orria aurkitu',
  notFoundText:
    'Helbidea idatzi baduzu, egiaztatu zuzena dela. Izapide bat egiten ari bazinen, zure erreferentziarekin jarrai dezakezu.',
  forbiddenTitle: 'Ezin duzu orri hau ikusi',
  forbiddenText: 'Ez duzu baimenik orri hau ikusteko edo ekintza hau egiteko.',
  csrfTitle: 'Ezin izan dugu formularioa bidali',
  csrfText:
    'Segurtasunagatik, webgune honetatik eta bisita honetan bertan bidalitako formularioak bakarrik onartzen ditugu. Itzuli aurreko orrira, kargatu berriro eta saiatu berriz. Ez da ezer gorde.',
  conflictTitle: 'Hau ezin da jada egin',
  conflictText:
    'Zure eskaerak aurrera egin du, eta ekintza hau ez dago erabilgarri. Itzuli zure eskaerara edo eskatu laguntza.',
  badRequestTitle: 'Ez dugu eskaera ulertu',
  badRequestText: 'Eskaerak ez du espero zen formatua. Itzuli aurreko orrira eta saiatu berriro.',
  serverErrorTitle: 'Barkatu, arazo bat dago zerbitzuarekin',
  serverErrorText: 'Saiatu berriro geroago. Eman dizkiguzun erantzunak gordeta daude.',
  systemErrorText:
    'Gure sistemetako batek ez du erantzuten orain. Saiatu berriro minutu batzuk barru. Eman dizkiguzun erantzunak gordeta daude.',
  incident: 'Deitzen badiguzu, eman intzidentzia-kode hau: {id}',
  goHome: 'Joan izapide erabilgarrietara',
};
