import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';

/** A contact-centre user of the demo. @public */
export interface DemoUser {
  id: string;
  role: Role;
  name: string;
}

/** The demo's staff: a first-level agent, a second-level specialist and a supervisor. @public */
export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'ana', role: 'agent-l1', name: 'Ana (primer nivel)' },
  { id: 'luis', role: 'agent-l2', name: 'Luis (segundo nivel)' },
  { id: 'sara', role: 'supervisor', name: 'Sara (supervisión)' },
];

/**
 * A simple auth for the demo, not an identity provider. Staff log in with a shared password (`CAUCE_DEMO_PASSWORD`,
 * default `cauce`) and get an HMAC-signed token (`stf.<payload>.<signature>`, 8 h) to send as a bearer token or the
 * `cauce_auth` cookie. A citizen is whoever holds a citizen token (`cit_…`, 192 random bits) issued when they start
 * or resume on the web: the sessions they open are owned by that token, and nothing else identifies them — their
 * identity as a person is what `identify` proves, per session. Tokens are not stored; the viewer id of a citizen is
 * a hash of the token.
 * @public
 */
export class DemoAuth {
  private readonly secret: Buffer;
  private readonly password: Buffer;

  constructor(opts: { secret?: string; password?: string; ttlSeconds?: number; now?: () => Date } = {}) {
    this.secret = opts.secret ? Buffer.from(opts.secret) : processSecret();
    this.password = sha256(opts.password ?? process.env.CAUCE_DEMO_PASSWORD ?? 'cauce');
    this.ttl = opts.ttlSeconds ?? 8 * 3600;
    this.now = opts.now ?? (() => new Date());
  }

  private readonly ttl: number;
  private readonly now: () => Date;

  login(userId: string, password: string): { token: string; user: DemoUser; expiresAt: string } {
    const user = DEMO_USERS.find((u) => u.id === String(userId).toLowerCase());
    const ok = timingSafeEqual(sha256(String(password)), this.password);
    if (!user || !ok) throw ChannelsErrors.loginFailed();
    const exp = Math.floor(this.now().getTime() / 1000) + this.ttl;
    const payload = Buffer.from(JSON.stringify({ sub: user.id, role: user.role, exp })).toString('base64url');
    return { token: `stf.${payload}.${this.sign(payload)}`, user, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** A new citizen token and the viewer it stands for. */
  newCitizen(): { token: string; viewer: Viewer } {
    const token = `cit_${randomBytes(24).toString('base64url')}`;
    return { token, viewer: this.citizen(token) };
  }

  /** The viewer a token stands for; undefined for a malformed, forged or expired one. */
  viewer(token: string | undefined): Viewer | undefined {
    if (!token) return undefined;
    if (/^cit_[A-Za-z0-9_-]{32}$/.test(token)) return this.citizen(token);
    const m = /^stf\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
    if (!m) return undefined;
    const expected = Buffer.from(this.sign(m[1]));
    const given = Buffer.from(m[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const claims = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8')) as {
      sub: string;
      role: Role;
      exp: number;
    };
    if (claims.exp * 1000 < this.now().getTime()) return undefined;
    return { role: claims.role, userId: claims.sub };
  }

  // helpers
  private citizen(token: string): Viewer {
    return { role: 'citizen', userId: `citizen:${createHash('sha256').update(token).digest('hex').slice(0, 32)}` };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}

// helpers
function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

let secret: Buffer | undefined;
/** `CAUCE_AUTH_SECRET`, else one random key per process (tokens then end with it). Shared by every DemoAuth. */
function processSecret(): Buffer {
  secret ??= process.env.CAUCE_AUTH_SECRET ? Buffer.from(process.env.CAUCE_AUTH_SECRET) : randomBytes(32);
  return secret;
}
