import type { ListingData } from '../public/listing.ts';
import type { TagLink } from '../public/public-content.ts';
import { t } from '../i18n/messages.ts';
import { tagUrl } from '../lib/urls.ts';
import { ListingPage } from '../views/ListingPage.tsx';
import { feedLinks } from '../feeds/feed-urls.ts';

export function TagPage(props: { listing: ListingData; tag: TagLink }) {
  const { listing, tag } = props;
  const { messages } = listing.chrome;
  return (
    <ListingPage listing={listing} path={tagUrl(listing.chrome.locale, tag.slug)} title={tag.name}
      description={t(messages, 'articlesTagged', { name: tag.name })}
      feeds={feedLinks(listing.chrome.locale, 'tag', tag.slug, `${tag.name} · ${listing.chrome.siteName}`)}>
      <p class="kicker">{messages.tag}</p>
      <h1>{tag.name}</h1>
    </ListingPage>
  );
}
