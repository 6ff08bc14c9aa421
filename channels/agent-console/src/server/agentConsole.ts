import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureConsoleBuilt, PACKAGE_ROOT } from './buildConsole';

/** Options of {@link agentConsole}. @public */
export interface AgentConsoleOptions {
  /** the package folder to build from; default channels/agent-console */
  root?: string;
  /** where the build is (and goes); default `<root>/dist` */
  distDir?: string;
  /** `if-stale` (default): build once when the dist is missing or older than the sources; `never`: serve what is there */
  build?: 'if-stale' | 'never';
  /** told when the console was built, and how long it took */
  log?: (line: string) => void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The SPA talks only to its own origin; no inline script or style, no framing. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/**
 * Serves the agent console's Vite build. Register it under `/agente`
 * (`buildApp({ plugins: [{ plugin: agentConsole(), prefix: '/agente' }] })`): `/agente` redirects to `/agente/`,
 * hashed assets are served with a year of immutable caching (gzip when asked), and every other path gets
 * index.html (the SPA's shell, never cached). Before the first request the build is made once if the dist is
 * missing or stale (see ensureConsoleBuilt), so `npm start` needs no separate build step.
 * @public
 */
export function agentConsole(opts: AgentConsoleOptions = {}) {
  return async function agentConsolePlugin(app: FastifyInstance, pluginOpts: { prefix?: string } = {}): Promise<void> {
    const root = opts.root ?? PACKAGE_ROOT;
    const distDir = opts.distDir ?? join(root, 'dist');
    if (opts.build !== 'never') {
      const result = await ensureConsoleBuilt({ root, distDir });
      if (result.built) opts.log?.(`agent console built in ${result.ms} ms`);
    }
    const prefix = (pluginOpts.prefix ?? app.prefix ?? '').replace(/\/$/, '');
    const assets = new Map<string, { body: Buffer; gzip?: Buffer }>();

    const shell = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.url.split('?')[0] === prefix && prefix) return reply.redirect(`${prefix}/`, 301);
      const body = await readFile(join(distDir, 'index.html'));
      return send(reply, body, '.html', { 'cache-control': 'no-cache' });
    };

    app.get('/', shell);
    app.get('/*', async (request, reply) => {
      const wanted = (request.params as { '*': string })['*'] ?? '';
      const file = safeJoin(distDir, wanted);
      const ext = extname(wanted);
      if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
      if (!ext || ext === '.html') return shell(request, reply);
      let asset = assets.get(file);
      if (!asset) {
        const body = await readFile(file).catch(() => undefined);
        if (!body) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
        asset = {
          body,
          gzip: ext === '.js' || ext === '.css' || ext === '.svg' ? gzipSync(body, { level: 9 }) : undefined,
        };
        assets.set(file, asset);
      }
      const immutable = wanted.startsWith('assets/');
      const gzip = asset.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      return send(reply, gzip ? asset.gzip! : asset.body, ext, {
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
    });
  };
}

// helpers
function send(reply: FastifyReply, body: Buffer, ext: string, headers: Record<string, string>): FastifyReply {
  reply.header('content-type', TYPES[ext] ?? 'application/octet-stream');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  if (ext === '.html') reply.header('content-security-policy', CSP);
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply.send(body);
}

/** A path inside `dir`, or undefined for anything that would leave it (`..`, absolute paths, NUL). */
function safeJoin(dir: string, wanted: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(wanted);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = normalize(join(dir, decoded));
  return path.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? path : undefined;
}
