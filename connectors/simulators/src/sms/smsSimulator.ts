import type { FastifyPluginAsync } from 'fastify';
import { idempotencyHeaders, mutationErrorResponses } from '../runtime/commonSchemas';
import { setUpSimService, type SimServiceOptions } from '../runtime/setUpSimService';
import { detectCode } from '../messaging/detectCode';
import { Outbox } from '../messaging/Outbox';
import { registerOutboxRoutes } from '../messaging/registerOutboxRoutes';
import { normalizePhone } from './normalizePhone';
import { smsBodySchema, smsMessageSchema, type SmsBody, type SmsMessage } from './schemas';

/**
 * Simulated SMS gateway (InfoSMS and OTP by SMS): `POST /messages` "sends" to
 * any number, the outbox shows what was sent. Mount under `/sim/sms`.
 * @public
 */
export const smsSimulator: FastifyPluginAsync<SimServiceOptions> = async (app, options) => {
  const { world, now } = setUpSimService(app, 'sms', options);
  app.addSchema(smsMessageSchema);
  const outbox = new Outbox<SmsMessage>();

  app.post<{ Body: SmsBody }>(
    '/messages',
    {
      schema: {
        headers: idempotencyHeaders,
        body: smsBodySchema,
        response: { 202: { $ref: 'sim-sms-message#' }, ...mutationErrorResponses() },
      },
    },
    async (request, reply): Promise<SmsMessage> => {
      const { to, text, sender = 'INSS' } = request.body;
      reply.code(202);
      return outbox.add({
        messageId: world.nextId('SMS'),
        to: normalizePhone(to),
        sender,
        text,
        segments: text.length <= 160 ? 1 : Math.ceil(text.length / 153),
        sentAt: now().toISOString(),
        detectedCode: detectCode(text),
      });
    },
  );

  registerOutboxRoutes(app, {
    outbox,
    messageSchemaId: smsMessageSchema.$id,
    normalizeRecipient: normalizePhone,
    title: 'Bandeja de salida de SMS (simulada)',
    columns: [
      { header: 'Enviado', cell: (m) => m.sentAt },
      { header: 'Destinatario', cell: (m) => m.to },
      { header: 'Remitente', cell: (m) => m.sender },
      { header: 'Texto', cell: (m) => m.text },
      { header: 'Identificador', cell: (m) => m.messageId },
    ],
  });
};
