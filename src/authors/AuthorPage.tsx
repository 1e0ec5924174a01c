import type { ListingData } from '../public/listing.ts';
import type { AuthorProfile } from '../public/public-content.ts';
import { t } from '../i18n/messages.ts';
import { authorUrl } from '../lib/urls.ts';
import { ListingPage } from '../views/ListingPage.tsx';
import { feedLinks } from '../feeds/feed-urls.ts';

/** Bios are plain text; blank lines separate paragraphs. */
function Bio(props: { text: string }) {
  const paragraphs = props.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return null;
  return <div class="author-bio">{paragraphs.map((p) => <p>{p}</p>)}</div>;
}

export function AuthorPage(props: { listing: ListingData; author: AuthorProfile }) {
  const { listing, author } = props;
  const { messages } = listing.chrome;
  return (
    <ListingPage listing={listing} path={authorUrl(listing.chrome.locale, author.slug)} title={author.name}
      description={author.bio.trim().slice(0, 200) || t(messages, 'articlesBy', { name: author.name })}
      feeds={feedLinks(listing.chrome.locale, 'author', author.slug, `${author.name} · ${listing.chrome.siteName}`)}>
      <p class="kicker">{messages.author}</p>
      <h1>{author.name}</h1>
      <Bio text={author.bio} />
    </ListingPage>
  );
}
