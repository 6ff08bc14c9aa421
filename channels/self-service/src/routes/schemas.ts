import { LANGUAGES } from '@cauce/schemas';

/**
 * Route schemas of the pages. Every answer is an HTML page (or a 303 to the next one); the body of every POST is
 * a urlencoded form whose `_csrf` is checked before validation, and whose other fields are strings (or lists of
 * strings for checkbox groups) of bounded size.
 * @internal
 */
const html = { description: 'an HTML page in the citizen’s language', type: 'string' } as const;
const seeOther = { description: 'PRG: the next page to GET', type: 'null' } as const;

export const PAGE_RESPONSES = {
  200: html,
  400: html,
  403: html,
  404: html,
  409: html,
  413: html,
  415: html,
  429: html,
  500: html,
  502: html,
} as const;
export const POST_RESPONSES = { ...PAGE_RESPONSES, 303: seeOther } as const;

const lang = { type: 'string', enum: LANGUAGES } as const;

/** `?lang=` on any page. */
export const langQuery = { type: 'object', properties: { lang } } as const;

export const sessionParams = {
  type: 'object',
  required: ['sessionId'],
  properties: { sessionId: { type: 'string', pattern: '^[A-Za-z0-9-]{1,64}$' } },
} as const;

export const procedureParams = {
  type: 'object',
  required: ['procedureId'],
  properties: { procedureId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$' } },
} as const;

/** A posted form: `_csrf`, the named fields, and any answers (strings, or string lists for checkbox groups). */
export function formBody(fields: Record<string, object> = {}, required: string[] = []) {
  return {
    type: 'object',
    required: ['_csrf', ...required],
    properties: { _csrf: { type: 'string', maxLength: 100 }, ...fields },
    additionalProperties: {
      anyOf: [
        { type: 'string', maxLength: 5000 },
        { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 5000 } },
      ],
    },
  } as const;
}

export const shortText = { type: 'string', maxLength: 200 } as const;
