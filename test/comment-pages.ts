// Reading the comments part of an article page in route tests: the section's HTML,
// the comments in reading order with their indentation, the heading, the reader cookie.
import type { TestContext } from './build-test-app.ts';

export function commentsHtml(html: string): string {
  const start = html.indexOf('<section id="comments"');
  if (start < 0) throw new Error('no comments section in the page');
  return html.slice(start, html.indexOf('</section>', start));
}

export interface RenderedComment { id: string; depth: number; pending: boolean }

/** Every comment on the page (or fragment), in reading order. */
export function renderedComments(html: string): RenderedComment[] {
  return [...html.matchAll(/<article id="comment-([\w-]+)" class="comment depth-(\d)( comment-pending)?"/g)]
    .map((m) => ({ id: m[1]!, depth: Number(m[2]), pending: m[3] !== undefined }));
}

export const topLevelIds = (html: string) => renderedComments(html).filter((c) => c.depth === 0).map((c) => c.id);

export function commentsHeading(html: string): string | undefined {
  return /<h2 id="comments-heading" class="comments-heading">([^<]*)<\/h2>/.exec(html)?.[1];
}

/** The signed reader cookie a vote or comment POST would have set (reader id, followed article ids). */
export function readerCookie(t: TestContext, readerId: string, articleIds: string[]): string {
  return `serai_reader=${encodeURIComponent(t.app.signCookie(`${readerId}.${articleIds.join('~')}`))}`;
}

/** The href of the first element matching `classes` (its class attribute), with entities decoded. */
export function hrefOf(html: string, classes: string): string | undefined {
  const match = new RegExp(`<a class="${classes}"[^>]* href="([^"]+)"`).exec(html);
  return match?.[1]?.replace(/&amp;/g, '&');
}

export interface Tag { name: string; attributes: Array<[string, string]> }

/**
 * Every tag in rendered markup, attribute values decoded. Preact escapes `<` in text and
 * attribute values, so each literal `<` must start a well-formed tag; anything else throws.
 */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const tag = /<\/?([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/y;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!doctype', at)) continue;
    tag.lastIndex = at;
    const match = tag.exec(html);
    if (!match) throw new Error(`not a tag at ${at}: ${html.slice(at, at + 80)}`);
    const attributes = [...match[2]!.matchAll(/\s+([^\s"'>/=]+)(?:="([^"]*)")?/g)]
      .map(([, name, value = '']) => [name!, value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&')] as [string, string]);
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}
