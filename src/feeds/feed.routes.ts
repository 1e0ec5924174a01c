// RSS 2.0, Atom and JSON Feed per site, section, tag and author, per locale (issue 6).
// Paths: feed-urls.ts. Answered through the page cache like every public page (ETag,
// 304, compression once), so publish, edit and unpublish drop feeds with the site's pages.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { findAuthorBySlug } from '../authors/author-page.queries.ts';
import { createPageResponder, type PageOutcome } from '../public/page-response.ts';
import { assertPlausibleSlug, siteAndLocale } from '../public/public-site.ts';
import { findSectionBySlug } from '../sections/section-page.queries.ts';
import type { Site } from '../sites/site.queries.ts';
import { findTagBySlug } from '../tags/tag-page.queries.ts';
import { renderFeed } from './feed-document.ts';
import { loadFeedData, type FeedSubject } from './feed-content.ts';
import { documentOrigin, sendDocument } from '../public/document-origin.ts';
import { sectionKey } from '../cdn/surrogate-keys.ts';
import { FEED_CONTENT_TYPE, FEED_FILE, FEED_FORMATS, feedPath, type FeedFormat, type FeedScope } from './feed-urls.ts';

type Finder = (deps: AppDeps, site: Site, locale: string, slug: string) => Promise<FeedSubject | undefined>;

const SUBJECTS: Record<Exclude<FeedScope, 'site'>, Finder> = {
  async section(deps, site, locale, slug) {
    const section = await findSectionBySlug(deps.db, site.id, locale, slug);
    return section && { scope: 'section', slug: section.slug, name: section.name, filter: { sectionId: section.id } };
  },
  async tag(deps, site, _locale, slug) {
    const tag = await findTagBySlug(deps.db, site.id, slug);
    return tag && { scope: 'tag', slug: tag.slug, name: tag.name, filter: { tagId: tag.id } };
  },
  async author(deps, site, _locale, slug) {
    const author = await findAuthorBySlug(deps.db, site.id, slug);
    return author && { scope: 'author', slug: author.slug, name: author.name, filter: { authorId: author.id } };
  },
};

const PLURAL: Record<Exclude<FeedScope, 'site'>, string> = { section: 'sections', tag: 'tags', author: 'authors' };

export async function feedRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const pages = createPageResponder(deps);

  function register(format: FeedFormat, scope: FeedScope): void {
    const pattern = scope === 'site' ? `/:locale/${FEED_FILE[format]}` : `/:locale/${PLURAL[scope]}/:slug/${FEED_FILE[format]}`;
    app.get<{ Params: { locale: string; slug?: string } }>(pattern, { compress: false }, async (request, reply) => {
      const { locale, slug = '' } = request.params;
      const site = await siteAndLocale(deps, request, locale);
      if (scope !== 'site') assertPlausibleSlug(slug);
      const origin = documentOrigin(site, deps.config.publicUrl, request);
      const render = async (): Promise<PageOutcome> => {
        const subject = scope === 'site'
          ? { scope, slug: '', name: '', filter: {} }
          : await SUBJECTS[scope](deps, site, locale, slug);
        if (!subject) return { kind: 'not_found' };
        const data = await loadFeedData(deps, site, locale, subject, origin.origin);
        // A section's feed is purged with its section (the site key is always there).
        const surrogateKeys = 'sectionId' in subject.filter && subject.filter.sectionId ? [sectionKey(subject.filter.sectionId)] : [];
        return { kind: 'page', html: renderFeed(data, format), contentType: FEED_CONTENT_TYPE[format], surrogateKeys };
      };
      return sendDocument(pages, request, reply, site.id, feedPath(locale, scope, slug, format), origin, render);
    });
  }

  for (const format of FEED_FORMATS) for (const scope of ['site', 'section', 'tag', 'author'] as const) register(format, scope);
}
