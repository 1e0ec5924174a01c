// One error handler for the whole app: people get a clear page (or JSON under
// /api) with a stable code; 5xx details go only to the log, with the request id.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ErrorPage } from '../views/ErrorPage.tsx';
import { renderDocument } from '../views/render.tsx';
import { HttpError } from './errors.ts';
import { isPublicPath, renderPublicNotFound, type PublicPageDeps } from '../public/not-found.tsx';

interface PublicError { status: number; code: string; title: string; message: string }

const TITLES: Record<number, string> = {
  400: 'Something in the request was not right', 403: 'Not allowed', 404: 'Page not found',
  405: 'Method not allowed', 413: 'Too large', 415: 'Unsupported content', 429: 'Too many requests', 500: 'Something went wrong',
};

function describe(error: FastifyError | HttpError | Error): PublicError {
  if (error instanceof HttpError) {
    return { status: error.status, code: error.code, title: TITLES[error.status] ?? 'Error', message: error.publicMessage };
  }
  const status = (error as FastifyError).statusCode ?? 500;
  if (status === 413) return { status, code: 'payload_too_large', title: TITLES[413]!, message: 'What you sent is larger than this site accepts.' };
  if (status === 429) return { status, code: 'rate_limited', title: TITLES[429]!, message: error.message };
  if (status === 415) return { status, code: 'unsupported_media_type', title: TITLES[415]!, message: 'This kind of content is not accepted here.' };
  if ((error as FastifyError).validation) return { status: 400, code: 'invalid_request', title: TITLES[400]!, message: 'Some of the submitted values are not valid.' };
  if (status >= 400 && status < 500) return { status, code: 'bad_request', title: TITLES[status] ?? TITLES[400]!, message: 'The request could not be understood.' };
  return { status: 500, code: 'internal_error', title: TITLES[500]!, message: 'We could not show this page. The problem has been logged; please try again in a moment.' };
}

export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || (request.headers.accept ?? '').startsWith('application/json');
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: PublicError): FastifyReply {
  reply.code(error.status).header('cache-control', 'no-store');
  if (wantsJson(request)) return reply.send({ error: { code: error.code, message: error.message } });
  const lang = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\//.exec(request.url)?.[1] ?? 'en';
  const html = renderDocument(h(ErrorPage, { status: error.status, title: error.title, message: error.message, homeHref: '/', lang }));
  return reply.type('text/html; charset=utf-8').send(html);
}

const NOT_FOUND: PublicError = { status: 404, code: 'not_found', title: TITLES[404]!, message: 'We could not find the page you were looking for. It may have moved, or the address may be mistyped.' };

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
  return sendError(request, reply, error);
}

function isPublicHtml(request: FastifyRequest): boolean {
  return !wantsJson(request) && isPublicPath(request.url);
}

/** `deps` lets reader-facing 404s render in the site's chrome; without it every error page is plain. */
export function installErrorHandlers(app: FastifyInstance, deps?: PublicPageDeps): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const described = describe(error);
    if (described.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: described.code, status: described.status }, 'request rejected');
    if (deps && described.status === 404 && isPublicHtml(request)) return sendPublicNotFound(deps, request, reply, described);
    return sendError(request, reply, described);
  });
  app.setNotFoundHandler((request, reply) => {
    if (deps && isPublicHtml(request)) return sendPublicNotFound(deps, request, reply, NOT_FOUND);
    return sendError(request, reply, NOT_FOUND);
  });
}
