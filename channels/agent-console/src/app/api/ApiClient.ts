import type {
  CatalogueEntry,
  FolderEntry,
  IdentifyInput,
  Language,
  LoginResult,
  QueueEntry,
  RequestStatus,
  StepView,
} from './types';

/** An answer of `/api` other than 2xx: `{ code, message }` as the error registry defines them (ERRORS.md). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The console's only way to the server: one method per `/api` route (channels/API.md), JSON in and out, the
 * agent's bearer token and — for protected persons — the stated reason (`X-Cauce-Reason`, percent-encoded) on
 * every request. Cookies are not sent: logging out is forgetting the token.
 */
export class ApiClient {
  token: string | undefined;
  /** the reason the agent stated to read a protected person; sent until the session ends */
  reason: string | undefined;

  constructor(
    private readonly base = '/api',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  login(user: string, password: string): Promise<LoginResult> {
    return this.call('POST', '/auth/login', { user, password });
  }

  catalogue(q: string, language: Language): Promise<CatalogueEntry[]> {
    const query = new URLSearchParams({ language, ...(q.trim() ? { q: q.trim() } : {}) });
    return this.call('GET', `/catalogue?${query}`);
  }

  start(input: { procedureId: string; language: Language; citizenId?: string }): Promise<StepView> {
    return this.call('POST', '/sessions', { ...input, channel: 'agent' });
  }

  view(sessionId: string, language?: Language): Promise<StepView> {
    return this.call('GET', `/sessions/${encodeURIComponent(sessionId)}${language ? `?language=${language}` : ''}`);
  }

  submit(
    sessionId: string,
    input: { stepId: string; answers: Record<string, unknown>; submissionId: string },
  ): Promise<StepView> {
    return this.call('POST', `/sessions/${encodeURIComponent(sessionId)}/submit`, input);
  }

  back(sessionId: string, toStep: string): Promise<StepView> {
    return this.call('POST', `/sessions/${encodeURIComponent(sessionId)}/back`, { toStep });
  }

  identify(sessionId: string, input: IdentifyInput): Promise<StepView> {
    return this.call('POST', `/sessions/${encodeURIComponent(sessionId)}/identify`, input);
  }

  escalate(sessionId: string, note: string): Promise<StepView> {
    return this.call('POST', `/sessions/${encodeURIComponent(sessionId)}/escalate`, { note });
  }

  close(sessionId: string, input: { outcome: string; note?: string }): Promise<StepView> {
    return this.call('POST', `/sessions/${encodeURIComponent(sessionId)}/close`, input);
  }

  /** Keeps a note on the session's service request at once; the view that comes back lists it. */
  addNote(sessionId: string, text: string): Promise<StepView> {
    return this.call('POST', `/sessions/${encodeURIComponent(sessionId)}/notes`, { text });
  }

  resume(reference: string): Promise<StepView> {
    return this.call('POST', '/resume', { reference });
  }

  requestStatus(reference: string, language: Language): Promise<RequestStatus> {
    return this.call('GET', `/requests/${encodeURIComponent(reference)}/status?language=${language}`);
  }

  citizenFolder(citizenId: string): Promise<FolderEntry[]> {
    return this.call('GET', `/citizens/${encodeURIComponent(citizenId)}/requests`);
  }

  queue(level: 1 | 2): Promise<QueueEntry[]> {
    return this.call('GET', `/queues/${level}`);
  }

  // helpers
  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (this.reason) headers['x-cauce-reason'] = encodeURIComponent(this.reason);
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, {
        method,
        headers,
        credentials: 'omit',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, 'NETWORK', (error as Error).message);
    }
    const text = await response.text();
    const json = text ? safeJson(text) : undefined;
    if (!response.ok) {
      const problem = (json ?? {}) as { code?: string; message?: string };
      throw new ApiError(
        response.status,
        problem.code ?? `HTTP_${response.status}`,
        problem.message ?? response.statusText,
      );
    }
    return json as T;
  }
}

// helpers
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
