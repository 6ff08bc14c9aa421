import { channel, input, str, type JsonSchema } from './define';

/** Service requests by reference (resume, status), a citizen's folder and the agents' queues. @internal */
export const requestSchemas: JsonSchema[] = [
  input('cauce-api-resume', 'ResumeBody', { reference: { type: 'string', maxLength: 32 } }, ['reference']),
  {
    $id: 'cauce-api-reference-params',
    title: 'ReferenceParams',
    type: 'object',
    required: ['reference'],
    properties: { reference: { type: 'string', maxLength: 32 } },
  },
  {
    $id: 'cauce-api-request-status',
    title: 'RequestStatus',
    type: 'object',
    required: ['reference', 'type', 'state', 'text', 'updatedAt'],
    properties: { reference: str, type: str, state: str, text: str, updatedAt: str },
  },
  {
    $id: 'cauce-api-citizen-params',
    title: 'CitizenParams',
    type: 'object',
    required: ['citizenId'],
    properties: { citizenId: { type: 'string', maxLength: 16 } },
  },
  {
    $id: 'cauce-api-citizen-folder',
    title: 'CitizenFolder',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'reference', 'type', 'state', 'entryChannel', 'createdAt', 'updatedAt'],
      properties: {
        id: str,
        reference: str,
        type: str,
        state: str,
        entryChannel: channel,
        createdAt: str,
        updatedAt: str,
      },
    },
  },
  {
    $id: 'cauce-api-queue-params',
    title: 'QueueParams',
    type: 'object',
    required: ['level'],
    properties: { level: { type: 'integer', enum: [1, 2] } },
  },
  {
    $id: 'cauce-api-queue',
    title: 'Queue',
    type: 'array',
    items: {
      type: 'object',
      required: ['sessionId', 'reference', 'procedureId', 'reason', 'since'],
      properties: { sessionId: str, reference: str, procedureId: str, reason: str, since: str },
    },
  },
];
