import { BusinessError, PermanentFailure, TechnicalFailure } from './failures';
import { httpRequest } from './httpRequest';
import { idempotencyKey, type TaskIdentity } from './idempotencyKey';

/** One call to the corporate system, as a connector describes it. @public */
export interface ServiceCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path under the service's base URL, already encoded (use {@link path}). */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /**
   * The system's error codes (`code` of its JSON error body) that are business outcomes, and the BPMN error
   * code each becomes. A function may decide from the whole answer. Anything else 4xx is a
   * {@link PermanentFailure}.
   */
  businessErrors?: Readonly<Record<string, string | ((answer: ErrorAnswer) => BusinessError | undefined)>>;
}

/** A 4xx answer, for {@link ServiceCall.businessErrors} functions. @public */
export interface ErrorAnswer {
  status: number;
  code: string | undefined;
  message: string | undefined;
  body: unknown;
}

/** Options of a {@link ServiceClient}. @public */
export interface ServiceClientOptions {
  /** For messages: `affiliation`, `sms`… */
  service: string;
  /** `http://127.0.0.1:4010/sim/affiliation` */
  baseUrl: string;
  timeoutMs: number;
  /** The task whose calls these are: the source of every Idempotency-Key. */
  task: TaskIdentity;
  fetch?: typeof fetch;
}

/**
 * A connector's access to one corporate system for one task. It turns HTTP answers into the three outcomes a
 * worker reports: 2xx → the parsed body; 4xx with a mapped code → {@link BusinessError}; 408, 429, 5xx,
 * timeouts and network errors → {@link TechnicalFailure} (retried); any other 4xx → {@link PermanentFailure}
 * (an incident at once: repeating a request the system refuses cannot help).
 *
 * Every changing call (POST, PUT, PATCH, DELETE) carries an `Idempotency-Key` derived from the task (see
 * {@link idempotencyKey}), numbered in call order, so the n-th changing call of a task has the same key on
 * every retry.
 * @public
 */
export class ServiceClient {
  private changingCalls = 0;

  constructor(private readonly options: ServiceClientOptions) {}

  /** Sends the call and returns the 2xx body, or throws one of the three failures. */
  async call<T>(call: ServiceCall): Promise<T> {
    const headers: Record<string, string> = {};
    if (call.method !== 'GET') headers['idempotency-key'] = idempotencyKey(this.options.task, ++this.changingCalls);
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}${call.path}${queryString(call.query)}`;
    const response = await httpRequest({
      method: call.method,
      url,
      body: call.body,
      headers,
      timeoutMs: this.options.timeoutMs,
      fetch: this.options.fetch,
    });
    if (response.status >= 200 && response.status < 300) return response.body as T;
    const answer = errorAnswer(response.status, response.body);
    const summary = `${this.options.service}: ${call.method} ${call.path} answered ${response.status}${answer.code ? ` ${answer.code}` : ''}${answer.message ? `: ${answer.message}` : ''}`;
    const details = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    if (response.status === 408 || response.status === 429 || response.status >= 500)
      throw new TechnicalFailure(summary, details);
    const mapped = answer.code === undefined ? undefined : call.businessErrors?.[answer.code];
    const business =
      typeof mapped === 'function'
        ? mapped(answer)
        : mapped === undefined
          ? undefined
          : new BusinessError(mapped, answer.message ?? summary);
    if (business) throw business;
    throw new PermanentFailure(summary, details);
  }

  get<T>(path: string, query?: ServiceCall['query'], businessErrors?: ServiceCall['businessErrors']): Promise<T> {
    return this.call<T>({ method: 'GET', path, query, businessErrors });
  }

  post<T>(path: string, body: unknown, businessErrors?: ServiceCall['businessErrors']): Promise<T> {
    return this.call<T>({ method: 'POST', path, body, businessErrors });
  }
}

/**
 * Builds a path from literal parts and values, encoding each value: ``path`/citizens/${id}` `` would let an
 * input such as `../x` reach another route.
 * @public
 */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce(
    (out, part, i) => out + part + (i < values.length ? encodeURIComponent(String(values[i])) : ''),
    '',
  );
}

// helpers

function queryString(query: ServiceCall['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  return params.size ? `?${params}` : '';
}

function errorAnswer(status: number, body: unknown): ErrorAnswer {
  const obj = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return {
    status,
    code: typeof obj.code === 'string' ? obj.code : undefined,
    message: typeof obj.message === 'string' ? obj.message : undefined,
    body,
  };
}
