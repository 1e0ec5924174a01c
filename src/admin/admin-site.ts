// The site an admin request works on: chosen by Host, like the public pages,
// so each newsroom's staff manage their own sections, authors and tags.
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../http/errors.ts';
import type { Site } from '../sites/site.queries.ts';

export async function adminSite(deps: Pick<AppDeps, 'sites'>, request: FastifyRequest): Promise<Site> {
  const site = await deps.sites.forHost(request.headers.host);
  if (!site) throw new HttpError(503, 'no_site', 'No site has been set up yet. Run `serai migrate` and start the server once.');
  return site;
}
