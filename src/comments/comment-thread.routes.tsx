// GET /{locale}/articles/{slug}/comments?comments_after=…&comments_order=…: the next
// page of a thread as an HTML fragment, for "Load more" (client/comment-thread.ts).
// Pages of top-level comments only: the reply chain view (comments_thread) has no fragment.
// Shared and cached like the article page (never personal: no reader's pending
// comments), under the article's path, so a comment that becomes visible drops it too.
import type { FastifyInstance } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import type { AppDeps } from '../app-deps.ts';
import { findPublishedArticle } from '../articles/published-article.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import { createPageResponder, type PageOutcome } from '../public/page-response.ts';
import { articleKey } from '../cdn/surrogate-keys.ts';
import { assertPlausibleSlug, siteAndLocale } from '../public/public-site.ts';
import type { Site } from '../sites/site.queries.ts';
import { commentModeOf, loadThreadPage } from './comments-section.ts';
import { ThreadFragment } from './CommentsSection.tsx';
import { findPageAnchor } from './thread.queries.ts';
import { pageView, parseThreadQuery, threadQueryString, type ThreadQuery } from './thread-query.ts';

async function renderFragment(deps: AppDeps, site: Site, locale: string, slug: string, query: ThreadQuery): Promise<PageOutcome> {
  if (query.invalid || query.chain) return { kind: 'not_found' };
  const article = await findPublishedArticle(deps.db, site.id, locale, slug);
  if (!article) return { kind: 'not_found' };
  const anchor = query.after ? await findPageAnchor(deps.db, article.id, query.after) : undefined;
  if (query.after && !anchor) return { kind: 'not_found' };
  const mode = commentModeOf(site, article, deps.clock.now());
  const page = await loadThreadPage(deps, { article, order: query.order, anchor, open: mode.mode !== 'closed' });
  return {
    kind: 'page',
    html: renderToString(<ThreadFragment page={page} articlePath={articleUrl(locale, slug)} />),
    // Purged with the article when a comment is approved (the CDN copy of the thread must follow).
    surrogateKeys: [articleKey(article.id)],
    ...(mode.closesAt ? { expiresAt: Date.parse(mode.closesAt) } : {}),
  };
}

export async function commentThreadRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const pages = createPageResponder(deps);
  app.get<{ Params: { locale: string; slug: string } }>('/:locale/articles/:slug/comments', { compress: false }, async (request, reply) => {
    const { locale, slug } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    assertPlausibleSlug(slug);
    const parsed = parseThreadQuery(request.query);
    // The reply form is not part of a fragment: reply_to is ignored here, not a separate copy.
    const query = parsed.invalid ? parsed : pageView(parsed);
    // Kept under the article's path (pathOf(key) === the article URL), so invalidatePage drops it with the page.
    const key = `${articleUrl(locale, slug)}?comments_fragment${threadQueryString(query).replace('?', '&')}`;
    reply.header('x-robots-tag', 'noindex');
    return pages.send(request, reply, site.id, key, () => renderFragment(deps, site, locale, slug, query));
  });
}
