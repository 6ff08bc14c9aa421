import { createError, errorRegistry, type ErrorSpec } from '@cauce/engine';

/**
 * The channels' faults, declared in the engine's one error registry (`createError`, type `ChannelsException`), so a
 * code has one text wherever it is answered: `CAUCE_ERR_FORBIDDEN` is declared here only, and a code the engine
 * declares with another text would fail at import. They are `CauceError`s (code, statusCode), so the /api error
 * hook and in-process renderers handle them like the engine's. Expected outcomes — invalid answers, wrong
 * identification answers, a wrong one-time code — are not errors: they come back as `errors` in the step view.
 * ERRORS.md documents them (errors.test.ts).
 * @public
 */
export const ChannelsErrors = {
  sessionNotFound: define('CAUCE_ERR_SESSION_NOT_FOUND', "no session '%s'", 404),
  requestNotFound: define('CAUCE_ERR_REQUEST_NOT_FOUND', "no service request '%s'", 404),
  citizenNotFound: define('CAUCE_ERR_CITIZEN_NOT_FOUND', "no citizen folder '%s' for this viewer", 404),
  procedureNotFound: define('CAUCE_ERR_PROCEDURE_NOT_FOUND', "no published procedure '%s'", 404),
  procedureInvalid: define('CAUCE_ERR_PROCEDURE_INVALID', "procedure package '%s' is invalid: %s", 400),
  procedureVersionChanged: define(
    'CAUCE_ERR_PROCEDURE_VERSION_CHANGED',
    "procedure '%s' version %s is already published with other content; publish a new version",
    409,
  ),
  channelNotOffered: define('CAUCE_ERR_CHANNEL_NOT_OFFERED', "procedure '%s' is not offered on channel '%s'", 400),
  forbidden: define('CAUCE_ERR_FORBIDDEN', '%s may not %s', 403),
  reasonRequired: define(
    'CAUCE_ERR_REASON_REQUIRED',
    'reading the data of a protected person needs a stated reason (it is audited)',
    403,
  ),
  identificationRequired: define(
    'CAUCE_ERR_IDENTIFICATION_REQUIRED',
    "step '%s' needs identification level %s; the session has reached %s",
    403,
  ),
  identificationLocked: define(
    'CAUCE_ERR_IDENTIFICATION_LOCKED',
    'identification failed too many times in this session; ask for help',
    423,
  ),
  otpNotSent: define('CAUCE_ERR_OTP_NOT_SENT', 'no one-time code is pending in this session; send one first', 409),
  otpChannelUnavailable: define(
    'CAUCE_ERR_OTP_CHANNEL_UNAVAILABLE',
    'the citizen has no %s on file for a one-time code',
    409,
  ),
  otpSendLimit: define('CAUCE_ERR_OTP_SEND_LIMIT', 'no more one-time codes can be sent in this session (%s sent)', 429),
  stepNotCurrent: define('CAUCE_ERR_STEP_NOT_CURRENT', "step '%s' is not the one to answer now (now: %s)", 409),
  backNotPossible: define('CAUCE_ERR_BACK_NOT_POSSIBLE', "cannot go back to step '%s': %s", 409),
  actionNotAllowed: define('CAUCE_ERR_ACTION_NOT_ALLOWED', "action '%s' is not allowed now: %s", 409),
  sessionChanged: define(
    'CAUCE_ERR_SESSION_CHANGED',
    "session '%s' was changed at the same time by another request; reload it",
    409,
  ),
  referenceInvalid: define('CAUCE_ERR_REFERENCE_INVALID', "'%s' is not a reference like SR-7K4P-Q2", 400),
  corporateSystem: define('CAUCE_ERR_CORPORATE_SYSTEM', "corporate system '%s' did not answer as expected: %s", 502),
  loginFailed: define('CAUCE_ERR_LOGIN_FAILED', 'unknown user or wrong password', 401),
  inputInvalid: define('CAUCE_ERR_INPUT_INVALID', 'invalid input: %s', 400),
  noteInvalid: define('CAUCE_ERR_NOTE_INVALID', 'a note needs 1 to %s characters of text (it has %s)', 400),
  tooManyAttempts: define(
    'CAUCE_ERR_TOO_MANY_ATTEMPTS',
    'too many failed attempts from here; try again in %s seconds',
    429,
  ),
};

/** The channels' codes with their specs, for ERRORS.md, its test and the console's messages. @public */
export const channelsErrorRegistry: ReadonlyMap<string, ErrorSpec> = new Map(
  Object.values(ChannelsErrors).map(({ code }) => [code, errorRegistry.get(code)!]),
);

// helpers
function define(code: string, template: string, statusCode: number) {
  return createError(code, template, statusCode, 'ChannelsException');
}
