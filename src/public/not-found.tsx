// The 404 page for reader-facing paths, in the site's chrome and in the locale the
// path names (or the site's default). Used by the app's one not-found handler.
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { NotFoundPage } from '../views/NotFoundPage.tsx';
import { renderDocument } from '../views/render.tsx';
import { isSiteLocale, loadChrome } from './public-site.ts';

export type PublicPageDeps = Pick<AppDeps, 'db' | 'config' | 'sites'>;

function localeInPath(url: string): string | undefined {
  const first = /^\/([^/?#]+)/.exec(url)?.[1];
  if (!first) return undefined;
  try {
    return decodeURIComponent(first);
  } catch {
    return undefined;
  }
}

/** The page, or undefined when no site can be resolved (the caller shows the plain error page). */
export async function renderPublicNotFound(deps: PublicPageDeps, request: FastifyRequest): Promise<string | undefined> {
  const site = await deps.sites.forHost(request.headers.host);
  if (!site) return undefined;
  const wanted = localeInPath(request.url);
  const locale = wanted && isSiteLocale(site, wanted) ? wanted : site.defaultLocale;
  const chrome = await loadChrome(deps, site, locale);
  return renderDocument(<NotFoundPage chrome={chrome} />);
}

/** Reader-facing paths get the site chrome on errors; staff and API paths do not. */
export function isPublicPath(url: string): boolean {
  return !/^\/(admin|api|assets|media)(\/|$|\?)/.test(url);
}
