import { TechnicalFailure } from './failures';

/** One HTTP exchange with a corporate system. @public */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** Sent as JSON when present. */
  body?: unknown;
  headers?: Record<string, string>;
  /** The whole exchange (connect, send, read the body) must end within this many milliseconds. */
  timeoutMs: number;
  /** Default: the global `fetch`. Tests pass one that loses answers. */
  fetch?: typeof fetch;
}

/** What came back: the body parsed when it is JSON, else its text (null when empty). @public */
export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Sends one request with a hard timeout. Only transport problems throw (a {@link TechnicalFailure}: refused
 * connection, reset, DNS, timeout): every HTTP status comes back as a response, and the caller decides what
 * a status means. The timeout covers reading the body too, so a server that stalls mid-answer cannot hold a
 * task past its lock.
 * @public
 */
export async function httpRequest(request: HttpRequest): Promise<HttpResponse> {
  const doFetch = request.fetch ?? fetch;
  const signal = AbortSignal.timeout(request.timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] = 'application/json';
  }
  const what = `${request.method} ${request.url}`;
  try {
    const response = await doFetch(request.url, { method: request.method, headers, body, signal });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: parseBody(text, response.headers.get('content-type')),
    };
  } catch (error) {
    if (signal.aborted) throw new TechnicalFailure(`${what} timed out after ${request.timeoutMs} ms`);
    throw new TechnicalFailure(`${what} failed: ${describe(error)}`, error instanceof Error ? error.stack : undefined);
  }
}

// helpers

function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return null;
  // Corporate systems send `application/json; charset=utf-8`, `application/problem+json`…: any JSON type.
  if (contentType && /[/+]json\b/i.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** fetch hides the useful part in `cause` (ECONNREFUSED, ECONNRESET…). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? `${error.message} (${cause.code ?? cause.message ?? 'no detail'})` : error.message;
}
