import { ChannelsErrors } from '../errors';

/** What identification needs to know about a citizen (the affiliation system's record). @public */
export interface CitizenRecord {
  id: string;
  givenName: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  protectedPerson: boolean;
  preferredLanguage: string;
  /** answers to the level-1 identification questions */
  protocol: { birthYear: number; postcode: string; bankAccountLast4: string | null; affiliationYear: number | null };
}

/**
 * The corporate systems the session service itself calls: the affiliation record (identification protocol,
 * protected person, contact for one-time codes) and SMS / email delivery. Procedure steps never go through
 * this: they call connectors from the BPMN.
 * @public
 */
export interface CorporateSystems {
  /** undefined when nobody has this id (or it is not a valid DNI/NIE) */
  citizen(citizenId: string): Promise<CitizenRecord | undefined>;
  sendSms(input: { to: string; text: string; idempotencyKey: string }): Promise<void>;
  sendEmail(input: { to: string; subject: string; body: string; idempotencyKey: string }): Promise<void>;
}

/**
 * {@link CorporateSystems} over HTTP, at the simulators' paths (`<simulatorsUrl>/sim/affiliation`, `/sim/sms`,
 * `/sim/email`). A 503 is retried once (the simulators' faults say `Retry-After: 1`, but a person is waiting: 200 ms);
 * anything else unexpected is `CAUCE_ERR_CORPORATE_SYSTEM` (502).
 * @public
 */
export function httpCorporateSystems(opts: { simulatorsUrl: string; timeoutMs?: number }): CorporateSystems {
  const base = opts.simulatorsUrl.replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? 5000;
  const call = async (system: string, path: string, init: RequestInit = {}): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${base}/sim/${system}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        throw ChannelsErrors.corporateSystem(system, (error as Error).message);
      }
      if (response.status === 503 && attempt === 0) {
        await response.body?.cancel();
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      return response;
    }
  };
  const post = async (system: string, path: string, body: unknown, key: string) => {
    const response = await call(system, path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw ChannelsErrors.corporateSystem(system, `${response.status} ${await response.text()}`);
    await response.body?.cancel();
  };
  return {
    async citizen(citizenId) {
      if (!/^[0-9XYZ][0-9]{7}[A-Z]$/i.test(citizenId)) return undefined;
      const response = await call('affiliation', `/citizens/${encodeURIComponent(citizenId.toUpperCase())}`);
      if (response.status === 404 || response.status === 400) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok)
        throw ChannelsErrors.corporateSystem('affiliation', `${response.status} ${await response.text()}`);
      return (await response.json()) as CitizenRecord;
    },
    sendSms: ({ to, text, idempotencyKey }) => post('sms', '/messages', { to, text }, idempotencyKey),
    sendEmail: ({ to, subject, body, idempotencyKey }) =>
      post('email', '/messages', { to, subject, body }, idempotencyKey),
  };
}
