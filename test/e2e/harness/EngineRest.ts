/** A non-2xx answer of the engine's REST API, with the `{type, message, code}` body it carried. @internal */
export class RestError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: any,
  ) {
    super(`${method} ${path} → ${status}: ${typeof body === 'string' ? body : JSON.stringify(body)}`);
  }
}

/** A file of a deployment, as Camunda Modeler uploads it. */
export interface DeploymentFile {
  name: string;
  content: string;
}

/**
 * A small client of the Camunda 7 REST subset under `/engine-rest`, for what tests do besides the external-task
 * worker: deploy, start, list tasks and incidents, read history. Plain `fetch`, no retries: a test sees every failure.
 * @internal
 */
export class EngineRest {
  /** `baseUrl` ends with `/engine-rest`. */
  constructor(readonly baseUrl: string) {}

  /** POST /deployment/create as multipart, the way Camunda Modeler sends it. */
  async deploy(name: string, files: DeploymentFile[]): Promise<any> {
    const form = new FormData();
    form.append('deployment-name', name);
    form.append('deployment-source', 'cauce-e2e');
    form.append('deploy-changed-only', 'false');
    for (const file of files)
      form.append(file.name, new Blob([file.content], { type: 'application/octet-stream' }), file.name);
    return this.send('POST', '/deployment/create', form);
  }

  /** POST /process-definition/key/{key}/start; returns the new instance (`id`, `businessKey`, …). */
  start(
    key: string,
    body: { businessKey?: string; variables?: Record<string, { value: unknown; type?: string }> } = {},
  ): Promise<any> {
    return this.post(`/process-definition/key/${encodeURIComponent(key)}/start`, body);
  }

  get(path: string, query: Record<string, string | number | boolean | undefined> = {}): Promise<any> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
    const qs = params.size ? `?${params}` : '';
    return this.send('GET', `${path}${qs}`);
  }

  post(path: string, body: unknown = {}): Promise<any> {
    return this.send('POST', path, JSON.stringify(body), { 'content-type': 'application/json' });
  }

  /** Sends one request; resolves with the parsed body (null for 204), rejects with a RestError otherwise. */
  async send(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}): Promise<any> {
    const res = await fetch(`${this.baseUrl}${path}`, { method, body, headers });
    const text = await res.text();
    const parsed =
      text && res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text || null;
    if (!res.ok) throw new RestError(method, path, res.status, parsed);
    return parsed;
  }
}
