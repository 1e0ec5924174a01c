// Link spam (issue 4 part 1): links to blocklisted domains, a comment that is nothing but links, too many links.
// One or two links to a news site are normal in a discussion and pass.
import { evidenceOf, type Evidence, type Phase } from './pipeline.ts';

/** Links with a scheme or "www.", and bare domains on the TLDs spammers in the region use ("casino.kz/promo"). */
const LINK = new RegExp(
  String.raw`(?:https?:\/\/|www\.)[^\s<>"'«»]+` +
    String.raw`|(?<![\p{L}\p{N}@.\-])(?:[\p{L}\p{N}\-]+\.)+(?:com|net|org|info|biz|xyz|top|site|online|io|me|ru|su|рф|kz|kg|uz|tj|tm|by|ua)(?![\p{L}\p{N}\-])(?:\/[^\s<>"'«»]*)?`,
  'giu',
);
const TRAILING_PUNCTUATION = /[.,!?;:)\]]+$/u;

export const TOO_MANY_LINKS = 3;

interface Link extends Evidence { domain: string }

export function linksIn(text: string): Link[] {
  return [...text.matchAll(LINK)].map((found) => {
    const raw = found[0].replace(TRAILING_PUNCTUATION, '');
    return { ...evidenceOf(text, found.index, found.index + raw.length), domain: domainOf(raw) };
  });
}

function domainOf(link: string): string {
  const host = link.replace(/^https?:\/\//iu, '').split(/[/?#:]/u)[0]!.toLowerCase();
  return host.replace(/^www\./u, '').replace(/\.$/u, '');
}

export function isBlocked(domain: string, blocked: readonly string[]): boolean {
  return blocked.some((entry) => {
    const block = entry.toLowerCase().replace(/^www\./u, '');
    return block !== '' && (domain === block || domain.endsWith(`.${block}`));
  });
}

export const linkSpam: Phase = ({ text, context }) => {
  const links = linksIn(text);
  if (links.length === 0) return undefined;
  const evidence = links.map(spanOf);
  const blocked = links.filter((link) => isBlocked(link.domain, context.blockedDomains));
  if (blocked.length > 0) return { phase: 'link-spam', reason: 'blocked_domain', score: 0.95, evidence: blocked.map(spanOf) };
  if (isLinkOnly(text, links)) return { phase: 'link-spam', reason: 'link_only', score: 0.6, evidence };
  if (links.length >= TOO_MANY_LINKS) return { phase: 'link-spam', reason: 'too_many_links', score: 0.6, evidence };
  return undefined;
};

/** Evidence without the domain, which is ours, not the reader's text. */
function spanOf({ start, end, text }: Link): Evidence {
  return { start, end, text };
}

/** Nothing but links (and punctuation or emoji): no words of the reader's own. */
function isLinkOnly(text: string, links: Link[]): boolean {
  let rest = text;
  for (const link of [...links].reverse()) rest = rest.slice(0, link.start) + rest.slice(link.end);
  return !/\p{L}/u.test(rest);
}
