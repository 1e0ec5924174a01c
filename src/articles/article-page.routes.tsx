// GET /{locale}/articles/{slug}: a published article, a 301 from an old slug, or 404.
// Everyone gets the same cached page, except a reader whose cookie says they voted
// on or commented on this article: they get a private render with their own vote
// and their comments awaiting moderation (docs/decisions/0005).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { CommentsSection } from '../comments/CommentsSection.tsx';
import { loadCommentsSection, parseThreadQuery, threadQueryString, type ThreadQuery } from '../comments/comments-section.ts';
import { clientAssets, scriptUrl } from '../http/client-assets.ts';
import { articleUrl } from '../lib/urls.ts';
import { createPageResponder, type PageOutcome } from '../public/page-response.ts';
import { articleKey, sectionKey } from '../cdn/surrogate-keys.ts';
import { assertPlausibleSlug, loadChrome, siteAndLocale } from '../public/public-site.ts';
import { readReader, readerFollows } from '../readers/reader-cookie.ts';
import type { Site } from '../sites/site.queries.ts';
import { renderDocument } from '../views/render.tsx';
import { VoteBlock } from '../votes/VoteBlock.tsx';
import { loadVoteBlock } from '../votes/vote-block.ts';
import { ArticlePage } from './ArticlePage.tsx';
import { RelatedArticles } from '../readership/ReadershipLists.tsx';
import { loadRelated, viewBeaconUrl } from '../readership/readership.ts';
import { ArticleHead } from '../structured-data/ArticleHead.tsx';
import { translationVersions } from '../i18n/page-versions.ts';
import { findPublishedArticle, findPublishedArticleId, findSlugRedirect, listArticleTags, listBylines, listPublishedTranslations } from './published-article.queries.ts';

interface ArticleRequest { site: Site; locale: string; slug: string; query: ThreadQuery; readerId?: string; scripts: string[] }

async function renderArticle(deps: AppDeps, r: ArticleRequest): Promise<PageOutcome> {
  const { site, locale, slug } = r;
  const article = await findPublishedArticle(deps.db, site.id, locale, slug);
  if (!article) {
    const moved = await findSlugRedirect(deps.db, site.id, locale, slug);
    return moved ? { kind: 'redirect', location: articleUrl(moved.locale, moved.slug) } : { kind: 'not_found' };
  }
  const [chrome, bylines, tags, votes, comments, translations, related] = await Promise.all([
    loadChrome(deps, site, locale),
    listBylines(deps.db, [article.id]),
    listArticleTags(deps.db, [article.id]),
    loadVoteBlock(deps, article, r.readerId),
    loadCommentsSection(deps, { site, locale, article, readerId: r.readerId, query: r.query }),
    listPublishedTranslations(deps.db, site.id, article.translationGroupId),
    loadRelated(deps, { id: article.id, siteId: site.id, locale, sectionId: article.sectionId, translationGroupId: article.translationGroupId }),
  ]);
  if (!comments) return { kind: 'not_found' };
  // The switcher and hreflang name the published translations only. The page is cached: publishing,
  // unpublishing or re-slugging any article drops the whole site's pages, this group's included.
  chrome.versions = translationVersions(site, article.translationGroupId, translations);
  const html = renderDocument(
    <ArticlePage chrome={chrome} article={article} authors={bylines.get(article.id) ?? []} tags={tags.get(article.id) ?? []}
      reactions={<VoteBlock data={votes} locale={locale} />}
      comments={<CommentsSection data={comments} locale={locale} />}
      related={<RelatedArticles articles={related} locale={locale} />} viewBeacon={viewBeaconUrl(article.id)}
      scripts={r.scripts} noindex={r.query.replyTo !== undefined}
      head={<ArticleHead chrome={chrome} article={article} authors={bylines.get(article.id) ?? []} tags={tags.get(article.id) ?? []}
        translationLocales={translations.map((version) => version.locale)} />} />,
  );
  // CDN purges name the article (edits, approved comments) and its section, besides the site (publishing).
  const surrogateKeys = [articleKey(article.id), sectionKey(article.sectionId)];
  return { kind: 'page', html, surrogateKeys, ...(comments.expiresAt !== undefined ? { expiresAt: comments.expiresAt } : {}) };
}

/** The reader, when their cookie names this article (one indexed lookup, only for readers with a cookie). */
async function followingReader(deps: AppDeps, request: FastifyRequest, siteId: string, locale: string, slug: string): Promise<string | undefined> {
  const reader = readReader(request);
  if (!reader || reader.articles.length === 0) return undefined;
  const articleId = await findPublishedArticleId(deps.db, siteId, locale, slug);
  return articleId && readerFollows(reader, articleId) ? reader.id : undefined;
}

export async function articlePageRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const pages = createPageResponder(deps);
  const assets = await clientAssets();
  const scripts = ['vote', 'comments', 'comment-thread', 'readership', 'live-comments'].filter((name) => assets.has(name)).map((name) => scriptUrl(assets, name));
  app.get<{ Params: { locale: string; slug: string } }>('/:locale/articles/:slug', { compress: false }, async (request, reply) => {
    const { locale, slug } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    assertPlausibleSlug(slug);
    const query = parseThreadQuery(request.query);
    const readerId = await followingReader(deps, request, site.id, locale, slug);
    const articleRequest: ArticleRequest = { site, locale, slug, query, readerId, scripts };
    // The reader's own view, and the reply form opened without JavaScript (one variant per comment:
    // crawlers following every Reply link must not push real pages out of the shared cache).
    if (readerId || query.replyTo) return pages.sendPrivate(request, reply, () => renderArticle(deps, articleRequest));
    const key = articleUrl(locale, slug) + threadQueryString(query);
    return pages.send(request, reply, site.id, key, () => renderArticle(deps, articleRequest), { varyOnCookie: true });
  });
}
