// The front page: the lead story large with its photo, the latest articles,
// then a block per section with its newest articles.
import type { ComponentChildren } from 'preact';
import type { SectionLink, Teaser } from '../public/public-content.ts';
import type { Chrome } from '../public/public-site.ts';
import { t } from '../i18n/messages.ts';
import { articleUrl, homeUrl, sectionUrl } from '../lib/urls.ts';
import { directionOf } from '../i18n/locale-format.ts';
import { TeaserList } from '../views/ArticleTeaser.tsx';
import { DateTime } from '../views/DateTime.tsx';
import { Layout } from '../views/Layout.tsx';
import { feedLinks } from '../feeds/feed-urls.ts';
import { Picture } from '../views/Picture.tsx';

export interface SectionBlock { section: SectionLink; articles: Teaser[] }

export interface HomePageProps {
  chrome: Chrome;
  lead: Teaser | undefined;
  latest: Teaser[];
  sections: SectionBlock[];
  /** The "Most read" list (src/readership). */
  mostRead?: ComponentChildren;
}

const LEAD_SIZES = '(min-width: 64rem) 38rem, (min-width: 46rem) 60vw, 100vw';

function LeadStory(props: { article: Teaser }) {
  const { article } = props;
  return (
    <article class="lead-story" lang={article.locale} dir={directionOf(article.locale)}>
      {article.lead ? <Picture image={article.lead} alt={article.leadAlt} sizes={LEAD_SIZES} priority /> : null}
      <div class="lead-text">
        <p class="kicker"><a href={sectionUrl(article.locale, article.section.slug)}>{article.section.name}</a></p>
        <h2 class="lead-headline"><a href={articleUrl(article.locale, article.slug)}>{article.headline}</a></h2>
        {article.summary ? <p class="standfirst">{article.summary}</p> : null}
        <p class="meta"><DateTime iso={article.publishedAt} locale={article.locale} /></p>
      </div>
    </article>
  );
}

export function HomePage(props: HomePageProps) {
  const { chrome } = props;
  const { messages } = chrome;
  return (
    <Layout chrome={chrome} title={chrome.siteName} description={t(messages, 'homeDescription', { site: chrome.siteName })} canonicalPath={homeUrl(chrome.locale)}
      feeds={feedLinks(chrome.locale, 'site', '', chrome.siteName)}>
      <h1 class="visually-hidden">{chrome.siteName}</h1>
      {props.lead ? <LeadStory article={props.lead} /> : <p class="empty">{messages.nothingYet}</p>}
      {props.latest.length > 0 ? (
        <section class="home-latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" class="block-heading">{messages.latest}</h2>
          <TeaserList articles={props.latest} headingLevel={3} />
        </section>
      ) : null}
      {props.mostRead}
      <div class="section-blocks">
        {props.sections.map((block) => (
          <section class="section-block" aria-labelledby={`section-${block.section.slug}`}>
            <h2 id={`section-${block.section.slug}`} class="block-heading">
              <a href={sectionUrl(chrome.locale, block.section.slug)}>{block.section.name}</a>
            </h2>
            <TeaserList articles={block.articles} showSection={false} headingLevel={3} />
            <p class="more"><a href={sectionUrl(chrome.locale, block.section.slug)}>{t(messages, 'moreIn', { section: block.section.name })}</a></p>
          </section>
        ))}
      </div>
    </Layout>
  );
}
