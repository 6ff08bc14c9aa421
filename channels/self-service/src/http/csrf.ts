import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Synchronizer tokens bound to the browser: the token is an HMAC of the browser id (kept in an HttpOnly cookie)
 * under a server secret. Another site can make a browser post a form, but cannot read the page to learn the token
 * nor compute it without the secret; a token from one browser is useless in another. Stateless, so every engine
 * process that shares the secret accepts it.
 * @internal
 */
export class CsrfTokens {
  constructor(private readonly secret: Buffer) {}

  /** The token to put in every form of this browser's pages. */
  issue(browserId: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${browserId}`).digest('base64url');
  }

  /** Whether a posted token belongs to this browser (constant time). */
  verify(browserId: string | undefined, token: unknown): boolean {
    if (!browserId || typeof token !== 'string' || token.length > 100) return false;
    const expected = Buffer.from(this.issue(browserId));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
