// CSRF defence for forms on shared, cached public pages (comment and vote forms):
// such pages cannot carry a per-reader token, so the browser's own word on where
// the request came from decides (Fetch Metadata, then Origin), as Go's
// CrossOriginProtection does. Requests carrying neither header do not come from a
// browser page and cannot ride on a reader's cookies (docs/decisions/0005).
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

export function isSameOriginRequest(request: FastifyRequest, publicUrl?: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== '') return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || origin === '') return true;
  if (origin === 'null') return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === request.headers.host) return true;
  return publicUrl !== undefined && host === new URL(publicUrl).host;
}

export function assertSameOrigin(request: FastifyRequest, publicUrl?: string): void {
  if (!isSameOriginRequest(request, publicUrl)) {
    throw new HttpError(403, 'csrf_failed', 'This form did not come from this site. Please go back to the article and try again.');
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How the CSRF hook checks this route: a token (default), by origin, or not at all. */
    csrf?: boolean | 'same-origin';
  }
}
