// Signing in and out of /admin. Failed and successful attempts both count
// towards the per-IP limit, checked before anything else runs, so a burst of
// parallel guesses cannot slip past the counter.
import { safeAdminPath } from '../http/admin-path.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { AppDeps } from '../app-deps.ts';
import { formString } from '../admin/forms.tsx';
import { csrfTokenFor } from '../http/csrf.ts';
import { HttpError } from '../http/errors.ts';
import { endSession, startSession } from '../http/session.ts';
import { sendAdminPage } from '../admin/reply.tsx';
import { authenticate } from './authenticate.ts';
import { LoginPage, type LoginPageProps } from './LoginPage.tsx';
import { messagesIn } from '../i18n/catalog.ts';
import { rateLimitStore } from '../cluster/rate-limit-store.ts';

const WINDOW_MS = 15 * 60 * 1000;
/** The English texts, for tests and logs; the page says them in the browser's language. */
export const LOGIN_FAILED = messagesIn('en', 'adminUsers').loginFailed;
export const ACCOUNT_DISABLED = messagesIn('en', 'adminUsers').accountDisabled;

/** Where to go after logging in: only a path inside /admin, never another site. */
export const safeNext = (next: unknown): string => safeAdminPath(next);

/**
 * English, like every HttpError's message: the error handler words `rate_limited` in the
 * admin's language from the errors catalog (src/http/error-text.ts).
 */
export function tryAgainMessage(ttlMs: number): string {
  const minutes = Math.max(1, Math.ceil(ttlMs / 60_000));
  return `Too many login attempts. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`;
}

function sendLoginPage(request: FastifyRequest, reply: FastifyReply, deps: AppDeps, props: Omit<LoginPageProps, 'csrfToken'>, status = 200) {
  const csrfToken = csrfTokenFor(request, reply, deps.secret);
  return sendAdminPage(reply, <LoginPage {...props} csrfToken={csrfToken} />, status);
}

export async function loginRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  // With Redis, attempts count across nodes (in memory per node while Redis is down);
  // on one node, the plugin's own in-memory store.
  await app.register(rateLimit, { global: false, ...(deps.sharedCounter ? { store: rateLimitStore(deps.sharedCounter, 'login:') } : {}) });

  app.get('/admin/login', async (request, reply) => {
    const next = safeNext((request.query as Record<string, unknown>).next);
    if (request.staff) return reply.redirect(next, 303);
    return sendLoginPage(request, reply, deps, { next: next === '/admin' ? undefined : next });
  });

  app.post('/admin/login', {
    config: {
      rateLimit: {
        max: deps.config.loginRateLimit,
        timeWindow: WINDOW_MS,
        errorResponseBuilder: (_request, context) => new HttpError(429, 'rate_limited', tryAgainMessage(context.ttl)),
      },
    },
  }, async (request, reply) => {
    const email = formString(request.body, 'email');
    const password = typeof (request.body as Record<string, unknown> | undefined)?.password === 'string' ? (request.body as Record<string, string>).password! : '';
    const next = safeNext(formString(request.body, 'next'));
    const result = await authenticate(deps, email, password);
    if (result.kind !== 'signed-in') {
      const error = result.kind === 'disabled' ? 'disabled' : 'failed';
      return sendLoginPage(request, reply, deps, { email, next: next === '/admin' ? undefined : next, error }, 400);
    }
    await startSession(deps, request, reply, result.userId);
    return reply.redirect(next, 303);
  });

  app.post('/admin/logout', async (request, reply) => {
    await endSession(deps, request, reply);
    return reply.redirect('/admin/login', 303);
  });
}
