/**
 * JSON Schemas of the /api bodies, registered once per app with `addSchema` and referenced by `$id`. The step
 * view's schema mirrors contract.ts (StepView); channelsApi.test.ts checks a real view passes through it unchanged,
 * so a field added to the contract and forgotten here fails a test instead of vanishing from responses.
 * @internal
 */
const language = { type: 'string', enum: ['es', 'ca', 'eu', 'gl', 'en'] } as const;
const channel = { type: 'string', enum: ['agent', 'web'] } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;
const level = { type: 'integer', enum: [0, 1, 2, 3] } as const;

export const apiSchemas = [
  {
    $id: 'cauce-api-error',
    type: 'object',
    required: ['code', 'message'],
    properties: { type: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
  },
  {
    $id: 'cauce-api-step-view',
    type: 'object',
    required: ['sessionId', 'reference', 'procedure', 'channel', 'language', 'status', 'answers', 'data', 'errors', 'progress', 'identification', 'actions', 'serviceRequest'],
    properties: {
      sessionId: { type: 'string' },
      reference: { type: 'string' },
      procedure: { type: 'object', required: ['id', 'version', 'title'], properties: { id: { type: 'string' }, version: { type: 'string' }, title: { type: 'string' } } },
      channel,
      language,
      status: { type: 'string', enum: ['step', 'identify', 'working', 'handed-off', 'done'] },
      step: {
        type: 'object',
        required: ['id', 'title', 'text', 'form', 'labels'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          text: { type: 'string' },
          form: anyObject,
          labels: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['label'],
              properties: { label: { type: 'string' }, help: { type: 'string' }, options: { type: 'object', additionalProperties: { type: 'string' } } },
            },
          },
        },
      },
      answers: anyObject,
      data: anyObject,
      errors: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } } },
      progress: {
        type: 'object',
        required: ['done', 'total', 'steps'],
        properties: {
          done: { type: 'integer' },
          total: { type: 'integer' },
          steps: { type: 'array', items: { type: 'object', required: ['id', 'title', 'state'], properties: { id: { type: 'string' }, title: { type: 'string' }, state: { type: 'string', enum: ['done', 'current', 'todo'] } } } },
        },
      },
      identification: {
        type: 'object',
        required: ['reached', 'needed'],
        properties: {
          reached: level,
          needed: level,
          method: { type: 'string', enum: ['protocol', 'otp'] },
          questions: { type: 'array', items: { type: 'object', required: ['id', 'label'], properties: { id: { type: 'string' }, label: { type: 'string' } } } },
          otpSentTo: { type: 'string' },
          attemptsLeft: { type: 'integer' },
        },
      },
      actions: { type: 'array', items: { type: 'string', enum: ['next', 'back', 'escalate', 'help', 'save', 'close'] } },
      outcome: { type: 'object', required: ['state', 'text'], properties: { state: { type: 'string' }, text: { type: 'string' } } },
      serviceRequest: { type: 'object', required: ['id', 'reference', 'state'], properties: { id: { type: 'string' }, reference: { type: 'string' }, state: { type: 'string' } } },
      texts: { type: 'object', additionalProperties: { type: 'string' } },
      review: {
        type: 'array',
        items: {
          type: 'object',
          required: ['stepId', 'title', 'changeable', 'fields'],
          properties: {
            stepId: { type: 'string' },
            title: { type: 'string' },
            changeable: { type: 'boolean' },
            fields: { type: 'array', items: { type: 'object', required: ['field', 'label', 'text'], properties: { field: { type: 'string' }, label: { type: 'string' }, value: {}, text: { type: 'string' } } } },
          },
        },
      },
      revising: { type: 'boolean' },
    },
  },
  {
    $id: 'cauce-api-start',
    type: 'object',
    additionalProperties: false,
    required: ['procedureId', 'channel', 'language'],
    properties: { procedureId: { type: 'string', maxLength: 64 }, channel, language, citizenId: { type: 'string', maxLength: 16 } },
  },
  {
    $id: 'cauce-api-submit',
    type: 'object',
    additionalProperties: false,
    required: ['stepId', 'answers', 'submissionId'],
    properties: { stepId: { type: 'string', maxLength: 255 }, answers: anyObject, submissionId: { type: 'string', minLength: 1, maxLength: 200 } },
  },
  {
    $id: 'cauce-api-identify',
    oneOf: [
      { type: 'object', additionalProperties: false, required: ['method', 'answers'], properties: { method: { const: 'protocol' }, answers: { type: 'object', additionalProperties: { type: 'string', maxLength: 64 } } } },
      { type: 'object', additionalProperties: false, required: ['method', 'channel'], properties: { method: { const: 'otp-send' }, channel: { type: 'string', enum: ['sms', 'email'] } } },
      { type: 'object', additionalProperties: false, required: ['method', 'code'], properties: { method: { const: 'otp' }, code: { type: 'string', maxLength: 16 } } },
    ],
  },
  {
    $id: 'cauce-api-catalogue',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'title', 'description', 'channels', 'identificationLevel'],
      properties: { id: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' }, channels: { type: 'array', items: channel }, identificationLevel: { type: 'integer' } },
    },
  },
  {
    $id: 'cauce-api-request-status',
    type: 'object',
    required: ['reference', 'type', 'state', 'text', 'updatedAt'],
    properties: { reference: { type: 'string' }, type: { type: 'string' }, state: { type: 'string' }, text: { type: 'string' }, updatedAt: { type: 'string' } },
  },
  {
    $id: 'cauce-api-citizen-folder',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'reference', 'type', 'state', 'entryChannel', 'createdAt', 'updatedAt'],
      properties: { id: { type: 'string' }, reference: { type: 'string' }, type: { type: 'string' }, state: { type: 'string' }, entryChannel: channel, createdAt: { type: 'string' }, updatedAt: { type: 'string' } },
    },
  },
  {
    $id: 'cauce-api-queue',
    type: 'array',
    items: {
      type: 'object',
      required: ['sessionId', 'reference', 'procedureId', 'reason', 'since'],
      properties: { sessionId: { type: 'string' }, reference: { type: 'string' }, procedureId: { type: 'string' }, reason: { type: 'string' }, since: { type: 'string' } },
    },
  },
  {
    $id: 'cauce-api-login',
    type: 'object',
    additionalProperties: false,
    required: ['user', 'password'],
    properties: { user: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 256 } },
  },
  {
    $id: 'cauce-api-session-user',
    type: 'object',
    required: ['token', 'user', 'expiresAt'],
    properties: {
      token: { type: 'string' },
      expiresAt: { type: 'string' },
      user: { type: 'object', required: ['id', 'role', 'name'], properties: { id: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } },
    },
  },
] as const;

/** `{ $ref: 'cauce-api-…#' }` */
export function ref(id: (typeof apiSchemas)[number]['$id']): { $ref: string } {
  return { $ref: `${id}#` };
}
