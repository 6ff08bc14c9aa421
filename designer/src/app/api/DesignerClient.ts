import { ApiError } from './ApiError';
import type {
  Archived,
  DraftDiff,
  Files,
  Finding,
  Language,
  LoginResult,
  OpenedDraft,
  ProcedureState,
  ProcedureSummary,
  Published,
  Saved,
} from './types';

/** Where a new procedure starts from (`POST /procedures`). */
export type NewProcedureSource = 'empty' | { procedureId: string };

/**
 * The SPA's only way to the server: sign-in through the channels' `/api/auth/login`, then one method per
 * `/api/designer` route (docs/designer.md), JSON in and out with the specialist's bearer token. Errors become
 * {@link ApiError}s; the UI shows them by code, translated.
 * @public
 */
export class DesignerClient {
  token: string | undefined;
  /** the UI language: the server words its messages (and titles) in it */
  language: Language = 'es';
  /** told when the server answers 401 to a signed-in request (the login expired): the session signs out */
  onUnauthorized: (() => void) | undefined;

  constructor(
    private readonly base = '/api/designer',
    private readonly loginUrl = '/api/auth/login',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  login(user: string, password: string): Promise<LoginResult> {
    return this.request('POST', this.loginUrl, { user, password });
  }

  list(query: { q?: string; state?: ProcedureState | 'all' } = {}): Promise<ProcedureSummary[]> {
    const params = new URLSearchParams({ language: this.language });
    if (query.q?.trim()) params.set('q', query.q.trim());
    if (query.state) params.set('state', query.state);
    return this.call('GET', `/procedures?${params}`);
  }

  create(input: {
    id: string;
    title: Partial<Record<Language, string>>;
    from?: NewProcedureSource;
  }): Promise<OpenedDraft> {
    return this.call('POST', '/procedures', input);
  }

  open(id: string): Promise<OpenedDraft> {
    return this.call('GET', `/procedures/${enc(id)}`);
  }

  /** Saves the draft when the server still has `rev`; a 409 (CAUCE_ERR_DRAFT_CONFLICT) says who saved since. */
  save(id: string, rev: number, files: Files): Promise<Saved> {
    return this.call('PUT', `/procedures/${enc(id)}/draft`, { files }, { 'if-match': String(rev) });
  }

  check(id: string, files?: Files): Promise<Finding[]> {
    return this.call('POST', `/procedures/${enc(id)}/check`, files ? { files } : {});
  }

  diff(id: string): Promise<DraftDiff> {
    return this.call('GET', `/procedures/${enc(id)}/diff`);
  }

  publish(id: string, rev: number, reason: string): Promise<Published> {
    return this.call('POST', `/procedures/${enc(id)}/publish`, { rev, reason });
  }

  rollback(id: string, version: number, reason: string): Promise<Published> {
    return this.call('POST', `/procedures/${enc(id)}/rollback`, { version, reason });
  }

  archive(id: string): Promise<Archived> {
    return this.call('POST', `/procedures/${enc(id)}/archive`, {});
  }

  /** The zip of the draft (or of a version), as a Blob to offer for download. */
  async exportZip(id: string, version?: number): Promise<Blob> {
    const query = version === undefined ? '' : `?version=${version}`;
    const response = await this.send('GET', `${this.base}/procedures/${enc(id)}/export${query}`);
    return response.blob();
  }

  /** Imports a zip of the folder format into a draft (new, or the procedure the manifest names). */
  async importZip(zip: Blob): Promise<OpenedDraft> {
    const response = await this.send('POST', `${this.base}/procedures/import`, zip, {
      'content-type': 'application/zip',
    });
    return response.json();
  }

  // helpers
  private call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.request(method, `${this.base}${path}`, body, headers);
  }

  private async request<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await this.send(
      method,
      url,
      body === undefined ? undefined : JSON.stringify(body),
      body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    );
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private async send(method: string, url: string, body?: BodyInit, headers: Record<string, string> = {}) {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        body,
        headers: {
          accept: 'application/json',
          'accept-language': this.language,
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...headers,
        },
      });
    } catch (error) {
      throw new ApiError(0, 'NETWORK', (error as Error).message);
    }
    if (response.ok) return response;
    if (response.status === 401 && url !== this.loginUrl && this.token) this.onUnauthorized?.();
    const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const { code, message, type: _type, ...detail } = problem;
    throw new ApiError(
      response.status,
      typeof code === 'string' ? code : `HTTP_${response.status}`,
      typeof message === 'string' ? message : response.statusText,
      detail,
    );
  }
}

// helpers
const enc = encodeURIComponent;
