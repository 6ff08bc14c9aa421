import type { FastifyInstance } from 'fastify';
import type { InstanceRow } from '../../commands/Engine';
import { correlateMessage } from '../../messages/correlateMessage';
import { queries as SQL } from '../../store/generated/sql';
import { instanceDto } from './dto';
import type { CorrelationMessageBody, MessageCorrelationResult } from './generated/types';
import { noContent, ref, replies } from './replies';
import { readVariables, refuseOption } from './startVariables';

/**
 * POST /message: delivers a message to the waiting catch events, receive tasks and boundary events that match
 * (name, businessKey, processInstanceId, correlationKeys), or starts an instance at a message start event.
 * One transaction; without `all`, more than one match is refused (CAUCE_ERR_MESSAGE_AMBIGUOUS), as in Camunda.
 * @internal
 */
export async function messageRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: CorrelationMessageBody }>(
    '/message',
    {
      schema: {
        summary: 'Correlate a message; 204, or the results when resultEnabled is true',
        body: ref('CorrelationMessageBody'),
        response: replies({ 200: ref('MessageCorrelationResultList'), ...noContent }, 400, 409, 415),
      },
    },
    async (request, reply) => {
      const body = request.body;
      refuseOption('localCorrelationKeys', body.localCorrelationKeys);
      refuseOption('processVariablesLocal', body.processVariablesLocal);
      refuseOption('variablesInResultEnabled', body.variablesInResultEnabled);
      refuseOption('tenantId', body.tenantId);
      const results = await correlateMessage(app.engine, {
        messageName: body.messageName,
        businessKey: body.businessKey ?? undefined,
        processInstanceId: body.processInstanceId ?? undefined,
        correlationKeys: readVariables(body.correlationKeys),
        processVariables: readVariables(body.processVariables),
        all: body.all ?? false,
      });
      if (!body.resultEnabled) return reply.code(204).send();
      const out: MessageCorrelationResult[] = [];
      for (const result of results) {
        const row = (await app.db.query<InstanceRow>(SQL.instanceSelect, [result.processInstanceId])).rows[0];
        const instance = instanceDto(request, row);
        out.push(
          result.resultType === 'Execution'
            ? {
                resultType: 'Execution',
                execution: { id: row.id, processInstanceId: row.id, ended: instance.ended, tenantId: null },
                processInstance: null,
              }
            : { resultType: 'ProcessDefinition', execution: null, processInstance: instance },
        );
      }
      return out;
    },
  );
}
