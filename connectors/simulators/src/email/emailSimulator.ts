import type { FastifyPluginAsync } from 'fastify';
import { detectCode } from '../messaging/detectCode';
import { Outbox } from '../messaging/Outbox';
import { registerOutboxRoutes } from '../messaging/registerOutboxRoutes';
import { idempotencyHeaders, mutationErrorResponses } from '../runtime/commonSchemas';
import { setUpSimService, type SimServiceOptions } from '../runtime/setUpSimService';
import { emailBodySchema, emailMessageSchema, type EmailBody, type EmailMessage } from './schemas';

/**
 * Simulated corporate email (notifications and OTP by email): `POST /messages`
 * "sends", the outbox shows what was sent. Mount under `/sim/email`.
 * @public
 */
export const emailSimulator: FastifyPluginAsync<SimServiceOptions> = async (app, options) => {
  const { world, now } = setUpSimService(app, 'email', options);
  app.addSchema(emailMessageSchema);
  const outbox = new Outbox<EmailMessage>();
  const normalizeEmail = (to: string) => to.trim().toLowerCase();

  app.post<{ Body: EmailBody }>(
    '/messages',
    {
      schema: {
        headers: idempotencyHeaders,
        body: emailBodySchema,
        response: { 202: { $ref: 'sim-email-message#' }, ...mutationErrorResponses() },
      },
    },
    async (request, reply): Promise<EmailMessage> => {
      const { to, subject, body, from = 'no-reply@seg-social.example' } = request.body;
      reply.code(202);
      return outbox.add({
        messageId: world.nextId('EMAIL'),
        to: normalizeEmail(to),
        from,
        subject,
        body,
        sentAt: now().toISOString(),
        detectedCode: detectCode(subject) ?? detectCode(body),
      });
    },
  );

  registerOutboxRoutes(app, {
    outbox,
    messageSchemaId: emailMessageSchema.$id,
    normalizeRecipient: normalizeEmail,
    title: 'Bandeja de salida de correo (simulada)',
    columns: [
      { header: 'Enviado', cell: (m) => m.sentAt },
      { header: 'Destinatario', cell: (m) => m.to },
      { header: 'Asunto', cell: (m) => m.subject },
      { header: 'Texto', cell: (m) => m.body },
      { header: 'Identificador', cell: (m) => m.messageId },
    ],
  });
};
