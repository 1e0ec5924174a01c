// The comment text cut into plain and highlighted parts at the screening's evidence
// spans (UTF-16 offsets into comments.body, as JavaScript strings count). The view
// renders the parts as text and <mark> elements, so Preact escapes every part: no HTML
// is ever built from the comment. Overlapping or touching spans become one highlight.
export interface TextPart { text: string; mark: boolean }

export interface Span { start: number; end: number }

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Never cut between the halves of a surrogate pair (an emoji, say), even if stored spans do. */
function widen(text: string, span: Span): Span {
  let { start, end } = span;
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return { start, end };
}

/** Spans clamped to the text, sorted, and merged where they overlap or touch. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const clean = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end))
    .map((s) => widen(text, { start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clean) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function splitAtSpans(text: string, spans: readonly Span[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of mergeSpans(text, spans)) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), mark: false });
    parts.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
