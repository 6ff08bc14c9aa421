import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureSpaBuilt, type SpaSources } from './ensureSpaBuilt';

/** Options of {@link spaPlugin}. @public */
export interface SpaOptions extends SpaSources {
  /** the app's name in the log line ("agent console built in 4200 ms") */
  name: string;
  /** where the build is (and goes); default `<root>/dist` */
  distDir?: string;
  /** `if-stale` (default): build once when the dist is missing or older than the sources; `never`: serve what is there */
  build?: 'if-stale' | 'never';
  /** the shell's Content-Security-Policy; default {@link SPA_CSP} (own origin only, no inline code, no framing) */
  csp?: string;
  /** told when the app was built, and how long it took */
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
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.eot': 'application/vnd.ms-fontobject',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The default policy: the app talks only to its own origin; no inline script or style, no framing. @public */
export const SPA_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/**
 * Serves a Vite-built single-page app (the agent console at `/agente`, the designer at `/disenador`). Register it
 * under its prefix: the bare prefix redirects to `prefix/`, hashed assets are served with a year of immutable
 * caching (gzip when asked), and every other path gets index.html (the SPA's shell, never cached, with the CSP).
 * Before the first request the build is made once if the dist is missing or stale (see ensureSpaBuilt).
 * @public
 */
export function spaPlugin(opts: SpaOptions) {
  return async function servesSpa(app: FastifyInstance, pluginOpts: { prefix?: string } = {}): Promise<void> {
    const distDir = opts.distDir ?? join(opts.root, 'dist');
    if (opts.build !== 'never') {
      const result = await ensureSpaBuilt({ ...opts, distDir });
      if (result.built) opts.log?.(`${opts.name} built in ${result.ms} ms`);
    }
    const csp = opts.csp ?? SPA_CSP;
    const prefix = (pluginOpts.prefix ?? app.prefix ?? '').replace(/\/$/, '');
    const assets = new Map<string, { body: Buffer; gzip?: Buffer }>();

    const shell = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.url.split('?')[0] === prefix && prefix) return reply.redirect(`${prefix}/`, 301);
      const body = await readFile(join(distDir, 'index.html'));
      return send(reply, body, '.html', { 'cache-control': 'no-cache', 'content-security-policy': csp });
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
