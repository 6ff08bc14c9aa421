import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../../app';
import { Engine } from '../../../commands/Engine';
import type { Db } from '../../../store/Db';

/**
 * An app on a test database with a movable clock, plus the requests tests repeat: JSON calls, Camunda
 * Modeler's multipart deployment, and the row of an instance (to prove a refused request changed nothing).
 * Test support only.
 * @internal
 */
export async function restOn(db: Db, opts: Partial<BuildAppOptions> & { realClock?: boolean } = {}) {
  let now = Date.parse('2026-01-01T09:00:00Z');
  const engine = opts.engine ?? new Engine({ db, clock: opts.realClock ? undefined : () => new Date(now) });
  const app = buildApp({ ...opts, db, engine });
  await app.ready();
  const call = async (
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.inject({
      method,
      url: `/engine-rest${url}`,
      ...(body === undefined
        ? {}
        : {
            payload: typeof body === 'string' ? body : JSON.stringify(body),
            headers: { 'content-type': 'application/json', ...headers },
          }),
      ...(body === undefined && Object.keys(headers).length ? { headers } : {}),
    });
    return Object.assign(res, { data: parse(res) });
  };
  return {
    app,
    engine,
    advance(ms: number) {
      now += ms;
    },
    get: (url: string) => call('GET', url),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => call('POST', url, body, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) => call('PUT', url, body, headers),
    del: (url: string) => call('DELETE', url),
    /** POST /deployment/create the way Camunda Modeler does. */
    async deploy(
      files: Record<string, string>,
      fields: Record<string, string> = {
        'deployment-name': 'test',
        'deployment-source': 'Camunda Modeler',
        'deploy-changed-only': 'true',
      },
    ) {
      const { payload, headers } = multipart(fields, files);
      const res = await app.inject({ method: 'POST', url: '/engine-rest/deployment/create', payload, headers });
      return Object.assign(res, { data: parse(res) });
    },
    /** The stored instance: its state and optimistic-lock revision. */
    async instance(id: string): Promise<{ state: string; rev: number; data: any } | undefined> {
      return (await db.query('select state, rev, data from process_instance where id = $1', [id])).rows[0];
    },
    async count(
      table:
        | 'deployment'
        | 'process_definition'
        | 'process_instance'
        | 'task'
        | 'external_task'
        | 'incident'
        | 'history_event',
    ): Promise<number> {
      return Number((await db.query(`select count(*) as n from ${table}`)).rows[0].n);
    },
    close: () => app.close(),
  };
}

export type RestHarness = Awaited<ReturnType<typeof restOn>>;

/** A multipart/form-data body: text fields, then one file part per resource (name = file name), as Modeler sends. */
export function multipart(
  fields: Record<string, string>,
  files: Record<string, string>,
  boundary = '----cauce-test-boundary',
) {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(`Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`);
  for (const [name, content] of Object.entries(files))
    parts.push(
      `Content-Disposition: form-data; name="${name}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}`,
    );
  const payload = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

// helpers
function parse(res: LightMyRequestResponse): any {
  if (!res.body) return undefined;
  try {
    return JSON.parse(res.body);
  } catch {
    return res.body;
  }
}
