import { CauceError, createError, errorRegistry, type ErrorSpec } from '@cauce/engine';

/**
 * The designer's faults, declared in the engine's one error registry (`createError`, type `DesignerException`), so a
 * code has one text wherever it is answered. Over HTTP the message is in the caller's language (Accept-Language,
 * `errorMessages.ts`); these English templates are the reference and what docs/errors.md lists (errors.test.ts).
 * Check findings are not errors: `POST …/check` answers them with 200; publishing with errors is refused with
 * CAUCE_ERR_CHECK_FAILED and the findings.
 * @public
 */
export const DesignerErrors = {
  procedureNotFound: define('CAUCE_ERR_DRAFT_NOT_FOUND', "there is no procedure '%s' in the designer", 404),
  procedureExists: define('CAUCE_ERR_PROCEDURE_EXISTS', "a procedure '%s' already exists", 409),
  procedureArchived: define(
    'CAUCE_ERR_PROCEDURE_ARCHIVED',
    "procedure '%s' is archived: it can be read, not changed",
    409,
  ),
  draftConflict: define(
    'CAUCE_ERR_DRAFT_CONFLICT',
    "the draft of '%s' was saved meanwhile by %s (%s, revision %s): reload it, or keep yours as a copy",
    409,
  ),
  versionNotFound: define('CAUCE_ERR_VERSION_NOT_FOUND', "procedure '%s' has no version %s", 404),
  versionTaken: define('CAUCE_ERR_VERSION_TAKEN', "version %s of '%s' was published meanwhile: try again", 409),
  stepNotFound: define('CAUCE_ERR_STEP_NOT_FOUND', "the process of '%s' has no step '%s'", 404),
  packageInvalid: define('CAUCE_ERR_PACKAGE_INVALID', 'the package is refused: %s', 422),
  checkFailed: define(
    'CAUCE_ERR_CHECK_FAILED',
    "'%s' cannot be published: the check found %s error(s); the first: %s",
    422,
  ),
  uploadInvalid: define('CAUCE_ERR_UPLOAD_INVALID', 'the upload is not a package zip: %s', 400),
  uploadTooLarge: define('CAUCE_ERR_UPLOAD_TOO_LARGE', 'the upload is too large: %s', 413),
  forbidden: define('CAUCE_ERR_DESIGNER_FORBIDDEN', 'role %s may not use the designer', 403),
  readOnly: define('CAUCE_ERR_DESIGNER_READ_ONLY', 'role %s may read procedures, not change them', 403),
};

/** The designer's codes with their specs, for docs/errors.md, its test and the messages in every language. @public */
export const designerErrorRegistry: ReadonlyMap<string, ErrorSpec> = new Map(
  Object.values(DesignerErrors).map(({ code }) => [code, errorRegistry.get(code)!]),
);

/**
 * The values a designer error's `%s` were filled with, so its message can be said again in another language
 * (errorMessages.ts); undefined for an error this module did not make.
 * @internal
 */
export function errorArguments(error: CauceError): unknown[] | undefined {
  return filled.get(error);
}

// helpers
const filled = new WeakMap<CauceError, unknown[]>();

function define(code: string, template: string, statusCode: number) {
  const make = createError(code, template, statusCode, 'DesignerException');
  const placeholders = template.split('%s').length - 1;
  const remember = (...args: unknown[]): CauceError => {
    const error = make(...args);
    filled.set(error, args.slice(0, placeholders));
    return error;
  };
  return Object.assign(remember, { code });
}
