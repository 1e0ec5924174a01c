// Server-side staff sessions: the cookie holds a random token, the database holds
// only its SHA-256, so sessions survive restarts and work across app nodes.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.ts';
import type { Clock } from '../lib/clock.ts';
import { deleteSession, findActiveSession, insertSession, type SessionUser } from '../accounts/session.queries.ts';

export const SESSION_COOKIE = 'serai_session';
const SESSION_DAYS = 14;

declare module 'fastify' {
  interface FastifyRequest {
    staff: SessionUser | null;
    /** True when SERAI_PUBLIC_URL says the site is served over HTTPS (e.g. TLS ends at a proxy). */
    publicHttps: boolean;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function secureCookies(request: FastifyRequest): boolean {
  return request.publicHttps || request.protocol === 'https';
}

export const sessionPlugin = fp(async (app: FastifyInstance, opts: { db: Db; clock: Clock; publicUrl: string | undefined }) => {
  app.decorateRequest('staff', null);
  app.decorateRequest('publicHttps', opts.publicUrl?.startsWith('https:') ?? false);
  app.addHook('onRequest', async (request) => {
    // Public pages never look at sessions: they are cached and shared by every reader.
    if (!request.url.startsWith('/admin')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.staff = (await findActiveSession(opts.db, hashToken(token), opts.clock.now().toISOString())) ?? null;
  });
}, { name: 'serai-session' });

export async function startSession(deps: { db: Db; clock: Clock }, request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
  const previous = request.cookies[SESSION_COOKIE];
  if (previous) await deleteSession(deps.db, hashToken(previous)); // no session fixation
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await insertSession(deps.db, {
    id: hashToken(token), userId, csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now.toISOString(), expiresAt: expires.toISOString(),
  });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(request), expires,
  });
}

export async function endSession(deps: { db: Db }, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await deleteSession(deps.db, hashToken(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
