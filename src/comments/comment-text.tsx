// A comment's plain text as readers see it: paragraphs on blank lines, line breaks
// kept, web addresses turned into links. Everything is built as VNodes, so preact
// escapes every character the commenter typed: no HTML from a commenter is ever
// interpreted. Only http(s) and www addresses become links (never mailto:, ftp:,
// javascript: or protocol-relative ones), marked as user content for search engines.
import LinkifyIt, { type Match } from 'linkify-it';
import type { ComponentChildren, VNode } from 'preact';

export const COMMENT_LINK_REL = 'nofollow ugc noopener';

const linkify = new LinkifyIt()
  .add('ftp:', null)
  .add('mailto:', null)
  .add('//', null)
  .set({ fuzzyEmail: false, fuzzyIP: false, fuzzyLink: true });

const WEB = /^https?:\/\//i;
/** Every linked address has one of these (see isWebLink): text without them holds no link. */
export const MAY_HOLD_LINK = /https?:\/\/|www\./i;

/** A match is linked when the commenter wrote http(s):// or www. (bare "example.com" stays text). */
function isWebLink(match: Match): boolean {
  if (!WEB.test(match.url)) return false;
  return match.schema !== '' || /^www\./i.test(match.raw);
}

/** One line of text with its web addresses as links. */
export function linkedLine(line: string): ComponentChildren[] {
  // Most lines hold no address at all: skip linkify's large pattern for them.
  if (!MAY_HOLD_LINK.test(line)) return [line];
  const matches = (linkify.match(line) ?? []).filter(isWebLink);
  if (matches.length === 0) return [line];
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.index > at) out.push(line.slice(at, match.index));
    out.push(<a href={match.url} rel={COMMENT_LINK_REL}>{match.text}</a>);
    at = match.lastIndex;
  }
  if (at < line.length) out.push(line.slice(at));
  return out;
}

/** Paragraphs of the text: split on blank lines, surrounding whitespace trimmed. */
export function paragraphsOf(text: string): string[][] {
  return text.replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((p) => p.replace(/^\s*\n|\s+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((p) => p.split('\n'));
}

/** The comment body as paragraphs with `<br>` between its lines. */
export function CommentText(props: { text: string }): VNode {
  const paragraphs = paragraphsOf(props.text);
  return (
    <>
      {paragraphs.map((lines) => (
        <p>{lines.flatMap((line, i) => (i === 0 ? linkedLine(line) : [<br />, ...linkedLine(line)]))}</p>
      ))}
    </>
  );
}
