import type { Messages } from './es';

/** Page chrome in English. @internal */
export const en: Messages = {
  languageName: 'English',
  serviceName: 'Online services',
  serviceDescription: 'Do your applications online step by step, save and come back later, or ask a person for help.',
  skipToContent: 'Skip to main content',
  languageNav: 'Language',
  otherOptions: 'Other options',
  footerNav: 'Help links',

  catalogueTitle: 'Available services',
  catalogueIntro:
    'Choose what you want to do. You can ask a person for help at any time, and save your request to finish it later.',
  searchLabel: 'Search for a service',
  searchButton: 'Search',
  noResults: 'No services match “{q}”.',
  showAll: 'Show all services',
  otherThings: 'Other things you can do',
  statusLink: 'How is my request going? Check the status of a request',
  resumeLink: 'Continue a saved request',

  beforeYouStart: 'Before you start',
  level0: "You don't need to prove who you are.",
  level1: "You'll need to prove who you are by answering a few questions about the details the Social Security holds.",
  level2:
    "You'll need to prove who you are by answering a few questions about your details and entering a code we'll send you by text message or email.",
  level3:
    "This service needs video identification, which isn't available on this website. Ask for help and a person will deal with your request.",
  startNote:
    "When you start, we'll give you a reference. Use it to save your request, continue it later and check how it's going.",
  startButton: 'Start now',

  continue: 'Continue',
  optional: '(optional)',
  choose: 'Choose an option',
  yes: 'Yes',
  no: 'No',
  selectAll: 'Select all that apply.',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  titleErrorPrefix: 'Error: ',
  back: 'Back',
  saveLater: 'Save and come back later',
  askHelp: 'Ask a person for help',
  reviewAnswers: 'Check your answers',
  yourReference: 'Your reference',
  revisingNote: "You're changing an earlier answer. Your other answers are kept as long as they still apply.",

  checkTitle: 'Check your answers',
  change: 'Change',
  notChangeable: "Can't be changed now. If it's wrong, ask for help.",
  noAnswersYet: "You haven't answered any questions yet.",
  backToCurrent: 'Back to the current question',
  notAnswered: 'Not answered',

  doneTitle: 'Finished',
  referenceIs: 'Your reference is',
  whatNext: 'What happens next',
  yourAnswers: 'Your answers',
  backToCatalogue: 'Back to all services',
  checkStatus: 'Check how your request is going',

  handedOffTitle: 'A person will continue your request',
  handedOffNext:
    "Someone from our team will carry on with your request, with every answer you've already given us. If they need anything from you, they'll get in touch.",
  handedOffPhone: "If you call us, give your reference: you won't have to repeat what you've already told us.",

  helpTitle: 'Do you need help?',
  helpExplain:
    "Someone from our team will continue with you. We keep all your answers: you won't have to give them again.",
  helpNoteLabel: 'What do you need help with?',
  helpNoteHint:
    "For example, “I don't understand a question” or “my details have changed”. Don't write passwords or account numbers.",
  helpButton: 'Ask for help',
  backToRequest: 'Back to your request',

  saveTitle: 'Your request has been saved',
  saveWriteDown: "Write down your reference. You'll need it to continue.",
  saveExplain:
    "To continue later, on this or another device, go to “Continue a saved request” and enter your reference. On another device you'll need to prove who you are again.",
  continueNow: 'Continue now',

  referenceLabel: 'Request reference',
  referenceHint: 'It starts with SR, for example SR-7K4P-Q2.',
  referenceRequired: 'Enter the reference of your request',
  referenceInvalid: 'Enter the reference as you received it, for example SR-7K4P-Q2',
  referenceNotFound: "There's no request with that reference. Check you've entered it correctly.",
  referenceTooManyTries:
    "Too many references that don't exist have been tried from this connection. For your security, try again in {minutes} minutes.",
  resumeIntro:
    "Enter the reference we gave you when you started. If you're on another device, you'll need to prove who you are again before you see your details.",

  statusTitle: 'How is my request going?',
  statusIntro: "Enter the reference of your request to find out its status. We don't show any personal details here.",
  statusButton: 'Check',
  statusOf: 'Request {reference}',
  stateLabel: 'Status',
  updatedLabel: 'Last updated',
  state_open: 'Registered',
  'state_in-progress': 'Being dealt with',
  'state_waiting-citizen': 'Waiting for you',
  state_escalated: 'Being reviewed by a specialist',
  state_resolved: 'Dealt with',
  state_cancelled: "Didn't go ahead",

  identifyTitle: 'Prove who you are',
  protocolIntro: 'Answer these questions. We check your answers against the details the Social Security holds.',
  attemptsLeft: 'You have {n} tries left.',
  attemptsLeftOne: 'You have 1 try left.',
  hint_citizenId: 'For example, 12345678Z or X1234567L.',
  hint_birthYear: 'For example, 1958.',
  hint_bankAccountLast4: "You'll find them at the end of the IBAN.",
  otpTitle: "We'll send you a code",
  otpChooseLegend: 'Where should we send the code?',
  otpChooseHint: 'We send it to the mobile phone or email address the Social Security holds.',
  otpSms: 'By text message to my mobile phone',
  otpEmail: 'By email',
  otpChooseRequired: 'Choose where we should send the code',
  otpSendButton: 'Send the code',
  otpEnterTitle: 'Enter the code',
  otpSentTo: "We've sent a 6-digit code to {to}. It expires in 5 minutes.",
  otpCodeLabel: '6-digit code',
  otpResend: "I didn't get it: send another code",
  otpChannelUnavailable: "We don't have that contact detail. Choose the other option or ask for help.",
  otpSendLimit: "We've already sent you 3 codes. Ask for help to continue.",
  lockedTitle: "We couldn't confirm who you are",
  lockedText: "You've used all your tries. Ask for help: someone from our team will deal with your request with you.",
  videoNeeded:
    "This step needs video identification, which isn't available on this website. Ask for help and a person will deal with your request.",

  workingTitle: "We're checking your details",
  workingText: 'This can take a few seconds. This page updates by itself when we have finished.',
  workingCheckNow: 'Check now',
  workingSlow: 'This is taking longer than usual. You can check later with your reference, or ask for help.',

  notFoundTitle: 'Page not found',
  notFoundText:
    'If you typed the web address, check it is correct. If you were in the middle of a request, you can continue it with your reference.',
  forbiddenTitle: "You can't see this page",
  forbiddenText: "You don't have permission to see this page or do this.",
  csrfTitle: "We couldn't send the form",
  csrfText:
    'For your security, we only accept forms sent from this website during this visit. Go back to the previous page, reload it and try again. Nothing has been saved.',
  conflictTitle: "This can't be done now",
  conflictText:
    'Your request has moved on and this action is no longer available. Go back to your request or ask for help.',
  badRequestTitle: "We didn't understand the request",
  badRequestText: "The request wasn't in the expected format. Go back to the previous page and try again.",
  serverErrorTitle: 'Sorry, there is a problem with the service',
  serverErrorText: "Try again later. The answers you've already given us are kept.",
  systemErrorText:
    "One of our systems isn't answering right now. Try again in a few minutes. The answers you've already given us are kept.",
  incident: 'If you call us, quote this incident code: {id}',
  goHome: 'Go to the available services',
};
