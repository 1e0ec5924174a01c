// POST /api/views/{articleId}: the article page's beacon (client/readership.ts) counts one view.
// Pages stay cached and shared: the count happens in this separate, never-cached request. Only
// a per-day count is written; the reader's IP is used (hashed, in memory) for the rate limit and
// dropped. Checked by origin like the vote form: the beacon is sent from a shared cached page
// that carries no token (docs/decisions/0005). Answers 204, or a JSON error (the /api prefix).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { siteFor } from '../public/public-site.ts';
import { ipHash } from '../readers/fingerprints.ts';
import { insertView } from './readership.queries.ts';
import { utcDay } from './readership-days.ts';

/** Generous for a person (one beacon per article opened), low enough that a script gains little. */
export const VIEW_RATE_LIMIT = 120;
export const VIEW_RATE_WINDOW_MS = 600_000;

/** Article ids are UUIDs (src/lib/ids.ts); anything else is not looked up at all. */
const ARTICLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function fromBrowserPage(headers: Record<string, string | string[] | undefined>): boolean {
  const present = (name: string) => typeof headers[name] === 'string' && headers[name] !== '';
  return present('sec-fetch-site') || present('origin');
}

export async function readershipRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  app.post<{ Params: { articleId: string } }>('/api/views/:articleId', { config: { csrf: 'same-origin' } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const site = await siteFor(deps, request);
    // Counted before the id is checked, so junk cannot be sent without limit either.
    const limit = await deps.rateLimiter.hit(`view:ip:${ipHash(deps.secret, request.ip)}`, VIEW_RATE_LIMIT, VIEW_RATE_WINDOW_MS);
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      throw new HttpError(429, 'rate_limited', 'Too many requests. Please try again later.');
    }
    const { articleId } = request.params;
    if (!ARTICLE_ID.test(articleId)) throw notFound('article');
    // Every browser that runs the beacon says where it comes from (Sec-Fetch-Site or Origin); a
    // request saying neither is a script, answered alike but not counted, so it cannot fake readers.
    if (!fromBrowserPage(request.headers)) return reply.code(204).send();
    // Written through (one upsert per view), not batched in memory: see CONTEXT.md.
    if (!(await insertView(deps.db, site.id, articleId, utcDay(deps.clock.now())))) throw notFound('article');
    return reply.code(204).send();
  });
}
