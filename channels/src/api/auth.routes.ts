import type { FastifyInstance } from 'fastify';
import { CauceError } from '@cauce/engine';
import type { DemoAuth } from './demoAuth';
import { tooManyAttempts } from './attemptLimits';
import type { LoginBody } from './generated/types';
import { ref, replies } from './schemas';

const STAFF_COOKIE_SECONDS = 8 * 3600;

/**
 * Staff sign-in (`POST /auth/login`): a token, also set as the `cauce_auth` cookie. Only failures count towards the
 * limits, per user from this address and per address; a right password clears the first.
 * @internal
 */
export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { auth, limits } = app.channelsApi;
  app.post<{ Body: LoginBody }>(
    '/auth/login',
    { schema: { body: ref('cauce-api-login'), response: replies({ 200: ref('cauce-api-session-user') }) } },
    async (request, reply) => {
      const { user, password } = request.body;
      const userFromAddress = `${user.toLowerCase()}\u0000${request.ip}`;
      const wait = Math.max(
        limits.signIn.retryAfterSeconds(userFromAddress),
        limits.signInFromAddress.retryAfterSeconds(request.ip),
      );
      if (wait) throw tooManyAttempts(reply, wait);
      let session: ReturnType<DemoAuth['login']>;
      try {
        session = auth.login(user, password);
      } catch (error) {
        if (error instanceof CauceError && error.code === 'CAUCE_ERR_LOGIN_FAILED') {
          limits.signIn.failed(userFromAddress);
          limits.signInFromAddress.failed(request.ip);
        }
        throw error;
      }
      limits.signIn.succeeded(userFromAddress);
      reply.setCookie('cauce_auth', session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        maxAge: STAFF_COOKIE_SECONDS,
      });
      return session;
    },
  );
}
