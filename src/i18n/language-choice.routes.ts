// The reader's choice of language (issue 5), and one address per locale:
// - GET /language/{locale}?next=/ru/… remembers the choice made with the language switcher
//   (a cookie only `GET /` reads) and goes on to `next`, so the pages themselves stay cacheable;
// - a public path whose locale is spelled in another case (`/uz-latn/…`) answers 301 to the
//   site's spelling (`/uz-Latn/…`), so every page has one address; a locale the site does not
//   publish is left to the routes, which answer 404.
// Wrapped with fastify-plugin so the redirect hook covers every route, not just this plugin's.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../http/errors.ts';
import { secureCookies } from '../http/session.ts';
import { homeUrl } from '../lib/urls.ts';
import { PRIVATE_CACHE_CONTROL, publicCacheControl } from '../public/page-response.ts';
import { siteFor } from '../public/public-site.ts';
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, safeNextPath, siteLocaleOf } from './language-choice.ts';

/** First path segments that are never locales: skipped without looking the site up. */
// The operations endpoints (src/operations) must answer without the database: no site lookup for them.
const NOT_LOCALES = new Set(['admin', 'api', 'assets', 'media', 'language', 'healthz', 'readyz', 'metrics']);
const LOOKS_LIKE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

function rawQueryValue(query: unknown, name: string): unknown {
  const value = query && typeof query === 'object' ? (query as Record<string, unknown>)[name] : undefined;
  return Array.isArray(value) ? value[0] : value;
}

async function canonicalCaseRedirect(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const match = /^\/([^/?#]+)(.*)$/s.exec(request.url);
  const segment = match?.[1];
  if (!segment || NOT_LOCALES.has(segment) || !LOOKS_LIKE_TAG.test(segment)) return undefined;
  const site = await deps.sites.forHost(request.headers.host);
  if (!site || site.locales.includes(segment)) return undefined;
  const locale = siteLocaleOf(site, segment);
  if (!locale) return undefined;
  // Same answer for every reader of the host: as cacheable as the pages themselves.
  return reply.header('cache-control', publicCacheControl(deps.config)).redirect(`/${encodeURIComponent(locale)}${match[2]}`, 301);
}

async function plugin(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;

  app.addHook('onRequest', async (request, reply) => {
    const redirected = await canonicalCaseRedirect(deps, request, reply);
    if (redirected) return redirected;
  });

  app.get<{ Params: { locale: string } }>('/language/:locale', async (request, reply) => {
    const site = await siteFor(deps, request);
    const locale = siteLocaleOf(site, request.params.locale);
    if (!locale) throw notFound();
    const next = safeNextPath(rawQueryValue(request.query, 'next'), locale) ?? homeUrl(locale);
    reply.setCookie(LANGUAGE_COOKIE, locale, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(request), maxAge: LANGUAGE_COOKIE_MAX_AGE,
    });
    // The answer sets this reader's cookie: never stored by a shared cache, never indexed.
    return reply.header('cache-control', PRIVATE_CACHE_CONTROL).header('x-robots-tag', 'noindex').redirect(next, 303);
  });
}

export const languageChoiceRoutes = fp(plugin, { name: 'language-choice', fastify: '5.x' });
