// Highlighted snippets, computed in JS for both engines (FTS5 without stored content has no
// snippet(), and one implementation keeps the two engines' pages identical). Returns text parts;
// the view renders marked parts as <mark>, and Preact escapes every part.
import { splitAtSpans, type Span, type TextPart } from '../lib/highlight.ts';
import { wordMatches, words, type ParsedQuery } from './search-terms.ts';

const RAW_WORD = /[\p{L}\p{N}\p{M}'’ʻʼ]+/gu;
/** Characters of context before the first match, and the snippet's length. */
const LEAD = 60;
const LENGTH = 240;

/** Spans of the words in `text` that match the query. */
export function matchSpans(text: string, query: ParsedQuery, locale: string): Span[] {
  const spans: Span[] = [];
  if (query.terms.length === 0) return spans;
  for (const match of text.matchAll(RAW_WORD)) {
    if (words(match[0], locale).some((w) => wordMatches(w, query, locale))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

export function highlight(text: string, query: ParsedQuery, locale: string): TextPart[] {
  return splitAtSpans(text, matchSpans(text, query, locale));
}

/** Cuts at a space (never inside a word or a surrogate pair) when one is near. */
function cut(text: string, start: number, end: number): { text: string; start: number } {
  let from = start;
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space - from < 20 ? space + 1 : from;
  }
  let to = Math.min(text.length, end);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > from ? space : to;
  }
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from++;
  return { text: text.slice(from, to), start: from };
}

/** A window of the first text that matches (summary, then body), else the summary's start. */
export function snippet(texts: readonly string[], query: ParsedQuery, locale: string): TextPart[] {
  for (const text of texts) {
    const spans = matchSpans(text, query, locale);
    const first = spans[0];
    if (!first) continue;
    const window = cut(text, Math.max(0, first.start - LEAD), Math.max(0, first.start - LEAD) + LENGTH);
    const shifted = spans.map((s) => ({ start: s.start - window.start, end: s.end - window.start }));
    const parts = splitAtSpans(window.text, shifted);
    if (window.start > 0) parts.unshift({ text: '… ', mark: false });
    if (window.start + window.text.length < text.length) parts.push({ text: ' …', mark: false });
    return parts;
  }
  const first = texts.find((t) => t.length > 0) ?? '';
  const window = cut(first, 0, LENGTH);
  return [{ text: window.text + (window.text.length < first.length ? ' …' : ''), mark: false }];
}
