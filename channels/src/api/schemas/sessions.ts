import { channel, input, language, type JsonSchema } from './define';

const note = { type: 'string', maxLength: 2000 };

/** The bodies of /sessions and /sessions/:sessionId/…; every answer is the step view. @internal */
export const sessionSchemas: JsonSchema[] = [
  input(
    'cauce-api-start',
    'StartBody',
    { procedureId: { type: 'string', maxLength: 64 }, channel, language, citizenId: { type: 'string', maxLength: 16 } },
    ['procedureId', 'channel', 'language'],
  ),
  input(
    'cauce-api-submit',
    'SubmitBody',
    {
      stepId: { type: 'string', maxLength: 255 },
      answers: { type: 'object', additionalProperties: true },
      submissionId: { type: 'string', minLength: 1, maxLength: 200 },
    },
    ['stepId', 'answers', 'submissionId'],
  ),
  input('cauce-api-back', 'BackBody', { toStep: { type: 'string', maxLength: 255 } }, ['toStep']),
  {
    $id: 'cauce-api-identify',
    title: 'IdentifyBody',
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['method', 'answers'],
        properties: {
          method: { const: 'protocol' },
          answers: { type: 'object', additionalProperties: { type: 'string', maxLength: 64 } },
        },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['method', 'channel'],
        properties: { method: { const: 'otp-send' }, channel: { type: 'string', enum: ['sms', 'email'] } },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['method', 'code'],
        properties: { method: { const: 'otp' }, code: { type: 'string', maxLength: 16 } },
      },
    ],
  },
  input('cauce-api-help', 'HelpBody', { note }),
  input('cauce-api-escalate', 'EscalateBody', { note }, ['note']),
  input('cauce-api-close', 'CloseBody', { outcome: { type: 'string', minLength: 1, maxLength: 200 }, note }, [
    'outcome',
  ]),
  // The note's length is the service's rule (CAUCE_ERR_NOTE_INVALID, in process and over HTTP alike), not the schema's.
  input('cauce-api-note', 'NoteBody', { text: { type: 'string' } }, ['text']),
];
