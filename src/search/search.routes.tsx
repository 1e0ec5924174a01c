// GET /{locale}/search?q=…&section=…&from=…&to=…&page=…: results over the published articles
// of this site and locale (issue 6). Result pages are rendered per request and never stored in
// the shared page cache: every distinct query would be a new key pushing real pages out of it,
// and the index answers in milliseconds (see CONTEXT.md). They are noindex.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { createPageResponder } from '../public/page-response.ts';
import { loadChrome, siteAndLocale } from '../public/public-site.ts';
import { renderDocument } from '../views/render.tsx';
import { runSearch } from './run-search.ts';
import { readSearchParams } from './search-params.ts';
import { SearchPage } from './SearchPage.tsx';
import { backfillSearchIndex } from './search-sync.ts';

export async function searchRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const pages = createPageResponder(deps);
  // Published articles without an index entry (first start after the migration) are indexed
  // before the app answers: the migration itself cannot run the stemmers.
  const indexed = await backfillSearchIndex(deps.db);
  if (indexed > 0) app.log.info({ indexed }, 'search index backfilled');

  app.get<{ Params: { locale: string } }>('/:locale/search', async (request, reply) => {
    const { locale } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    const params = readSearchParams(request.query);
    const [chrome, outcome] = await Promise.all([loadChrome(deps, site, locale), runSearch(deps, site.id, locale, params)]);
    const status = outcome.kind === 'bad_date' ? 400 : 200;
    return pages.sendPrivate(request, reply, async () => ({ kind: 'page', html: renderDocument(<SearchPage chrome={chrome} params={params} outcome={outcome} />) }), status);
  });
}
