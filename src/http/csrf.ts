// CSRF tokens. Staff forms use the token stored with their server-side session;
// forms shown before login are bound to a random HttpOnly cookie and signed with
// the site secret (double submit, signed), so a forged cross-site post cannot match.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';
import { secureCookies } from './session.ts';

export const CSRF_FIELD = '_csrf';
const ANON_COOKIE = 'serai_anon';

export function signedToken(secret: string, binding: string): string {
  return createHmac('sha256', secret).update(`csrf:${binding}`).digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The token to put in a form rendered for this request. */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, secret: string): string {
  if (request.staff) return request.staff.csrfToken;
  let binding = request.cookies[ANON_COOKIE];
  if (!binding || binding.length < 20) {
    binding = randomBytes(18).toString('base64url');
    reply.setCookie(ANON_COOKIE, binding, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(request) });
  }
  return signedToken(secret, binding);
}

function submittedToken(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  const fromHeader = request.headers['x-csrf-token'];
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  const value = fromBody ?? fromHeader ?? fromQuery;
  return typeof value === 'string' ? value : undefined;
}

export function isValidCsrf(request: FastifyRequest, secret: string): boolean {
  const token = submittedToken(request);
  if (!token) return false;
  if (request.staff) return safeEqual(token, request.staff.csrfToken);
  const binding = request.cookies[ANON_COOKIE];
  return Boolean(binding) && safeEqual(token, signedToken(secret, binding!));
}

export function assertCsrf(request: FastifyRequest, secret: string): void {
  if (!isValidCsrf(request, secret)) {
    throw new HttpError(403, 'csrf_failed', 'This form has expired or did not come from this site. Please go back, reload the page and try again.');
  }
}
