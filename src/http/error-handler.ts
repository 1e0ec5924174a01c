// One error handler for the whole app: people get a clear page (or JSON under
// /api) with a stable code; 5xx details go only to the log, with the request id.
// Pages and JSON messages are in the reader's or the staff member's locale (error-text.ts):
// the catalog's words for the code, else the HttpError's own English message.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ErrorPage } from '../views/ErrorPage.tsx';
import { renderDocument } from '../views/render.tsx';
import { homeUrl } from '../lib/urls.ts';
import { HttpError } from './errors.ts';
import { errorLocaleOf, errorText, type ErrorLocale } from './error-text.ts';
import { isPublicPath, renderPublicNotFound, type PublicPageDeps } from '../public/not-found.tsx';

/** An error as people may see it: the status, its stable code and an English message safe to show. */
interface PublicError { status: number; code: string; message: string }

function describe(error: FastifyError | HttpError | Error): PublicError {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.publicMessage };
  const status = (error as FastifyError).statusCode ?? 500;
  if (status === 413) return { status, code: 'payload_too_large', message: 'What you sent is larger than this site accepts.' };
  if (status === 429) return { status, code: 'rate_limited', message: error.message };
  if (status === 415) return { status, code: 'unsupported_media_type', message: 'This kind of content is not accepted here.' };
  if ((error as FastifyError).validation) return { status: 400, code: 'invalid_request', message: 'Some of the submitted values are not valid.' };
  if (status >= 400 && status < 500) return { status, code: 'bad_request', message: 'The request could not be understood.' };
  return { status: 500, code: 'internal_error', message: 'We could not show this page. The problem has been logged; please try again in a moment.' };
}

export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json');
}

/** Where the error page's home link goes: the locale's home on a reader's page, the admin's on an admin page. */
const HOME_HREF: Record<ErrorLocale['from'], (locale: string) => string> = { path: homeUrl, admin: () => '/admin', header: () => '/' };

/** The plain error page or JSON body, in the locale errorLocaleOf chose. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: PublicError, { locale, from }: ErrorLocale): FastifyReply {
  const text = errorText(locale, error.status, error.code, error.message);
  reply.code(error.status).header('cache-control', 'no-store');
  if (wantsJson(request)) return reply.send({ error: { code: error.code, message: text.message } });
  const html = renderDocument(h(ErrorPage, {
    status: error.status, title: text.title, message: text.message, messageLang: text.messageLocale,
    homeHref: HOME_HREF[from](locale), homeLabel: text.goHome, lang: locale,
  }));
  return reply.type('text/html; charset=utf-8').send(html);
}

const NOT_FOUND: PublicError = { status: 404, code: 'not_found', message: 'We could not find the page you were looking for. It may have moved, or the address may be mistyped.' };

/**
 * A reader who hits a missing page keeps the site's header and navigation. If that
 * page cannot be built (no site, database down), the plain error page still answers.
 */
async function sendPublicNotFound(deps: PublicPageDeps, request: FastifyRequest, reply: FastifyReply, error: PublicError): Promise<FastifyReply> {
  try {
    const html = await renderPublicNotFound(deps, request);
    if (html) return reply.code(404).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  } catch (cause) {
    request.log.error({ err: cause }, 'could not render the public 404 page');
  }
  return sendError(request, reply, error, await errorLocaleOf(request, deps.sites));
}

function isPublicHtml(request: FastifyRequest): boolean {
  return !wantsJson(request) && isPublicPath(request.url);
}

const BAD_REQUEST: PublicError = { status: 400, code: 'bad_request', message: 'The request could not be understood.' };

/** Errors Fastify meets before routing (an undecodable address): a plain 400 in the reader's language. */
export async function sendFrameworkError(request: FastifyRequest, reply: FastifyReply, sites: PublicPageDeps['sites'] | undefined): Promise<void> {
  request.log.info({ code: BAD_REQUEST.code, status: 400 }, 'request rejected before routing');
  await sendError(request, reply, BAD_REQUEST, await errorLocaleOf(request, sites));
}

/** `deps` lets reader-facing 404s render in the site's chrome; without it every error page is plain. */
export function installErrorHandlers(app: FastifyInstance, deps?: PublicPageDeps): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const described = describe(error);
    if (described.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: described.code, status: described.status }, 'request rejected');
    if (deps && described.status === 404 && isPublicHtml(request)) return sendPublicNotFound(deps, request, reply, described);
    return sendError(request, reply, described, await errorLocaleOf(request, deps?.sites));
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (deps && isPublicHtml(request)) return sendPublicNotFound(deps, request, reply, NOT_FOUND);
    return sendError(request, reply, NOT_FOUND, await errorLocaleOf(request, deps?.sites));
  });
}
