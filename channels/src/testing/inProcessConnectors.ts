import {
  bpmnErrorExternalTask,
  completeExternalTask,
  failExternalTask,
  fetchAndLock,
  plainValues,
  typedFromPlain,
  type Engine,
} from '@cauce/engine';

/** What a stand-in connector does with a task. @internal */
export type Outcome = { complete: Record<string, unknown> } | { bpmnError: string };

/**
 * Test support: stand-ins for the connectors of the sample procedures, run in process against the engine (no
 * REST, no camunda client) and calling the simulators over HTTP as the real workers do. They poll every
 * `pollMs` (default 15 ms), like a worker whose long poll answers at once. The real workers live in
 * connectors/ and are started by `npm start`.
 * @internal
 */
export function inProcessConnectors(
  engine: Engine,
  simulatorsUrl: string,
  opts: {
    pollMs?: number;
    delayMs?: number;
    override?: (topic: string, variables: Record<string, any>) => Outcome | undefined;
  } = {},
): { stop(): Promise<void>; calls: Array<{ topic: string; businessKey: string | null }> } {
  const calls: Array<{ topic: string; businessKey: string | null }> = [];
  const get = async (path: string) => {
    const r = await fetch(`${simulatorsUrl}${path}`);
    return { status: r.status, body: (await r.json()) as any };
  };
  const post = async (path: string, body: unknown, key: string) => {
    const r = await fetch(`${simulatorsUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as any };
  };
  const handlers: Record<string, (v: Record<string, any>, taskId: string) => Promise<Outcome>> = {
    'affiliation.get-citizen': async (v) => {
      const { status, body } = await get(`/sim/affiliation/citizens/${encodeURIComponent(v.citizenId)}`);
      if (status === 404) return { bpmnError: 'CITIZEN_NOT_FOUND' };
      const {
        id,
        givenName,
        fullName,
        address,
        phone,
        email,
        affiliated,
        protectedPerson,
        preferredLanguage,
        bankAccountMasked,
      } = body;
      return {
        complete: {
          citizen: {
            id,
            givenName,
            fullName,
            address,
            phone,
            email,
            affiliated,
            protectedPerson,
            preferredLanguage,
            bankAccountMasked,
          },
        },
      };
    },
    'subsidies.ehic-eligibility': async (v) => {
      const { body } = await get(`/sim/subsidies/citizens/${encodeURIComponent(v.citizenId)}/european-health-card`);
      if (!body.eligible) return { bpmnError: 'NOT_ELIGIBLE' };
      return {
        complete: {
          ehic: {
            eligible: body.eligible,
            reason: body.reason,
            cardState: body.cardState,
            cardValidUntil: body.card?.validUntil ?? null,
            canRequest: body.canRequest,
          },
        },
      };
    },
    'subsidies.ehic-request': async (v, taskId) => {
      const { body } = await post(
        `/sim/subsidies/citizens/${encodeURIComponent(v.citizenId)}/european-health-card/requests`,
        {},
        taskId,
      );
      return {
        complete: {
          ehicRequest: {
            requestId: body.requestId,
            state: body.state,
            estimatedDelivery: body.estimatedDelivery,
            cardValidUntil: body.card.validUntil,
          },
        },
      };
    },
    'affiliation.change-bank-account': async (v, taskId) => {
      const { status, body } = await post(
        `/sim/affiliation/citizens/${encodeURIComponent(v.citizenId)}/bank-account-changes`,
        { iban: v.iban },
        taskId,
      );
      if (status !== 201) return { bpmnError: body.code ?? 'BANK_CHANGE_FAILED' };
      return { complete: { bankChange: body } };
    },
    'notify.email': async (v, taskId) => {
      const { body } = await post(
        '/sim/email/messages',
        { to: v.to, subject: String(v.template), body: JSON.stringify(v.params ?? {}) },
        taskId,
      );
      return { complete: { messageId: body.messageId } };
    },
  };
  const topics = Object.keys(handlers).map((topicName) => ({ topicName, lockDuration: 30_000 }));
  let running = true;
  const loop = (async () => {
    while (running) {
      const tasks = await fetchAndLock(engine, { workerId: 'test-connectors', maxTasks: 20, topics }).catch(() => []);
      // the tasks of one fetch run side by side, as a worker's handlers do
      await Promise.all(
        tasks.map(async (task) => {
          calls.push({ topic: task.topicName, businessKey: task.businessKey });
          try {
            if (opts.delayMs) await sleep(opts.delayMs);
            const variables = plainValues(task.variables);
            const outcome =
              opts.override?.(task.topicName, variables) ?? (await handlers[task.topicName](variables, task.id));
            if ('complete' in outcome)
              await completeExternalTask(engine, task.id, 'test-connectors', typedFromPlain(outcome.complete));
            else await bpmnErrorExternalTask(engine, task.id, 'test-connectors', { errorCode: outcome.bpmnError });
          } catch (error) {
            await failExternalTask(engine, task.id, 'test-connectors', {
              errorMessage: (error as Error).message,
              retries: 0,
            }).catch(() => undefined);
          }
        }),
      );
      if (!tasks.length) await sleep(opts.pollMs ?? 15);
    }
  })();
  return {
    calls,
    async stop() {
      running = false;
      await loop;
    },
  };
}

// helpers
function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
