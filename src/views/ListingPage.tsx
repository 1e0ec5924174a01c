// The frame of section, tag and author pages: their own heading, the articles, pagination.
import type { ComponentChildren } from 'preact';
import type { ListingData } from '../public/listing.ts';
import { pageHref } from '../public/pagination.ts';
import { t } from '../i18n/messages.ts';
import { TeaserList } from './ArticleTeaser.tsx';
import { Layout } from './Layout.tsx';
import type { FeedLink } from '../feeds/feed-urls.ts';
import { Pagination } from './Pagination.tsx';

export interface ListingPageProps {
  listing: ListingData;
  /** The list's own URL (page 1). */
  path: string;
  title: string;
  description?: string;
  currentSection?: string;
  showSection?: boolean;
  /** The list's feeds, for discovery links. */
  feeds?: FeedLink[];
  /** The page heading and anything introducing the list (an author's bio). */
  children: ComponentChildren;
}

export function ListingPage(props: ListingPageProps) {
  const { listing, path } = props;
  const { chrome, page, pages } = listing;
  const title = page > 1 ? `${props.title} – ${t(chrome.messages, 'page', { n: page })} – ${chrome.siteName}` : `${props.title} – ${chrome.siteName}`;
  return (
    <Layout chrome={chrome} title={title} description={props.description} canonicalPath={pageHref(path, page)} currentSection={props.currentSection} feeds={props.feeds}
      prevHref={page > 1 ? pageHref(path, page - 1) : undefined} nextHref={page < pages ? pageHref(path, page + 1) : undefined}>
      <div class="listing">
        <header class="listing-header">{props.children}</header>
        {listing.articles.length > 0
          ? <TeaserList articles={listing.articles} showSection={props.showSection} />
          : <p class="empty">{chrome.messages.nothingYet}</p>}
        <Pagination path={path} page={page} pages={pages} messages={chrome.messages} />
      </div>
    </Layout>
  );
}
