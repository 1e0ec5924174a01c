// Where the admin's links to public pages ("View on site", an article in the moderation
// queue, the comment policy) point (issue 5 review). Public paths are the same on every site
// (/ar/articles/…), so a relative link opens on the Host's site: right when the admin works
// on that site, wrong (a 404, or another site's article with the same locale and slug) when
// the header's picker chose another one. Then the link needs the chosen site's origin.
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import type { Site } from '../sites/site.queries.ts';
import { siteOrigin } from '../sites/site-origin.ts';

/** What of the request the base needs: the scheme and the Host (with its port) the browser used. */
export type LinkRequest = Pick<FastifyRequest, 'protocol' | 'host'>;

/**
 * The prefix for public paths of `adminSite`: '' (relative) when it is the Host's site; else the
 * site's origin under SERAI_PUBLIC_URL; else, for a site with a host name, the request's scheme
 * and port at that host (the demo's http://127.0.0.1:3000/admin → http://ar.localhost:3000);
 * else '' (a site without a host name answers only as the default: no other address reaches it).
 */
export function publicLinkBase(request: LinkRequest, adminSite: Pick<Site, 'id' | 'host'>, hostSite: Pick<Site, 'id'> | undefined, publicUrl: string | undefined): string {
  if (hostSite?.id === adminSite.id) return '';
  if (publicUrl) return siteOrigin(adminSite, publicUrl);
  if (!adminSite.host) return '';
  return originAt(request, adminSite.host);
}

/** The request's origin with its host name replaced ('' when the Host header is not a usable address). */
function originAt(request: LinkRequest, hostName: string): string {
  try {
    const url = new URL(`${request.protocol}://${request.host}`);
    url.hostname = hostName;
    return url.origin;
  } catch {
    return '';
  }
}

/** `publicLinkBase` for a route: the Host's site as the public pages choose it (site directory, Host header). */
export async function publicLinkBaseOf(deps: Pick<AppDeps, 'sites' | 'config'>, request: FastifyRequest, adminSite: Site): Promise<string> {
  return publicLinkBase(request, adminSite, await deps.sites.forHost(request.headers.host), deps.config.publicUrl);
}
