// GET / sends readers to the home page in their language (remembered choice, then
// Accept-Language, then the site's default); GET /{locale}/ is the front page.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { listLatestPerSection, listPublishedTeasers } from '../articles/published-article.queries.ts';
import { chooseLocale } from '../i18n/language-choice.ts';
import { siteWideVersions } from '../i18n/page-versions.ts';
import { homeUrl } from '../lib/urls.ts';
import { createPageResponder, PRIVATE_CACHE_CONTROL, type PageOutcome } from '../public/page-response.ts';
import { loadChrome, siteAndLocale, siteFor } from '../public/public-site.ts';
import type { Site } from '../sites/site.queries.ts';
import { renderDocument } from '../views/render.tsx';
import { HomePage, type SectionBlock } from './HomePage.tsx';
import { MostRead } from '../readership/ReadershipLists.tsx';
import { loadMostRead, MOST_READ_CACHE_MS } from '../readership/readership.ts';

const LATEST_COUNT = 8;
const PER_SECTION = 4;

async function renderHome(deps: AppDeps, site: Site, locale: string): Promise<PageOutcome> {
  const [chrome, newest, bySection, mostRead] = await Promise.all([
    loadChrome(deps, site, locale),
    listPublishedTeasers(deps.db, site.id, locale, {}, LATEST_COUNT + 1),
    listLatestPerSection(deps.db, site.id, locale, PER_SECTION),
    loadMostRead(deps, site.id, locale),
  ]);
  chrome.versions = siteWideVersions(site, homeUrl);
  const [lead, ...latest] = newest;
  // Blocks follow the navigation's section order; empty sections are left out.
  const sections: SectionBlock[] = chrome.sections
    .map((section) => ({ section, articles: bySection.filter((a) => a.section.slug === section.slug) }))
    .filter((block) => block.articles.length > 0);
  const html = renderDocument(<HomePage chrome={chrome} lead={lead} latest={latest} sections={sections} mostRead={<MostRead articles={mostRead} locale={locale} />} />);
  // Views do not drop cached pages: the home page is rendered again after a while so "Most read" follows them.
  return { kind: 'page', html, expiresAt: deps.clock.now().getTime() + MOST_READ_CACHE_MS };
}

/** `?utm_source=…` of a link to `/` survives the redirect (a query cannot leave the site: it follows a path). */
function queryOf(url: string): string {
  const at = url.indexOf('?');
  return at === -1 || url.length - at > 2000 ? '' : url.slice(at);
}

export async function homeRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const pages = createPageResponder(deps);

  app.get('/', async (request, reply) => {
    const site = await siteFor(deps, request);
    // The answer depends on this reader's headers: no shared cache may keep it for the next reader.
    return reply.header('cache-control', PRIVATE_CACHE_CONTROL).header('vary', 'Accept-Language, Cookie')
      .redirect(`${homeUrl(chooseLocale(request, site))}${queryOf(request.url)}`, 302);
  });

  app.get<{ Params: { locale: string } }>('/:locale/', { compress: false }, async (request, reply) => {
    const { locale } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    return pages.send(request, reply, site.id, homeUrl(locale), () => renderHome(deps, site, locale));
  });
}
