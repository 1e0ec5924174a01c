import type { ListingData } from '../public/listing.ts';
import type { SectionLink } from '../public/public-content.ts';
import { t } from '../i18n/messages.ts';
import { sectionUrl } from '../lib/urls.ts';
import { ListingPage } from '../views/ListingPage.tsx';
import { feedLinks } from '../feeds/feed-urls.ts';

export function SectionPage(props: { listing: ListingData; section: SectionLink }) {
  const { listing, section } = props;
  return (
    <ListingPage listing={listing} path={sectionUrl(listing.chrome.locale, section.slug)} title={section.name}
      description={t(listing.chrome.messages, 'sectionDescription', { section: section.name, site: listing.chrome.siteName })}
      currentSection={section.slug} showSection={false}
      feeds={feedLinks(listing.chrome.locale, 'section', section.slug, `${section.name} · ${listing.chrome.siteName}`)}>
      <p class="kicker">{listing.chrome.messages.section}</p>
      <h1>{section.name}</h1>
    </ListingPage>
  );
}
