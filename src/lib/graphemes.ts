// Length as a reader sees it: extended grapheme clusters (Intl.Segmenter). A family emoji,
// a flag, or a letter with a combining accent is one character. Pure and dependency-free,
// so the server and the browser's comment counter run this same code.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * V8's segmenter slows down quadratically on long strings (75,000 letters: seconds), which
 * would let one long form post tie up the server. So text is segmented in windows: each
 * window's clusters are counted except its last, which may run on past the window's end,
 * and the next window starts where that cluster starts. A cluster boundary is a fresh start
 * for the segmentation rules (they never look back across one), and a boundary is decided by
 * what precedes it and the one code point after it, so with whole code points the count is exact.
 */
const WINDOW = 1024;

export function countGraphemes(text: string): number {
  const simple = simpleCount(text);
  if (simple !== undefined) return simple;
  let count = 0;
  let start = 0;
  let window = WINDOW;
  while (start < text.length) {
    let end = start + window;
    if (end >= text.length) return count + countAll(text.slice(start));
    // Never cut a surrogate pair: half a character would hide what the next cluster starts with.
    if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    const { clusters, lastStart } = countWindow(text.slice(start, end));
    if (lastStart === 0) {
      // One cluster fills the whole window (thousands of marks on one letter): widen and retry.
      window *= 2;
      continue;
    }
    count += clusters - 1;
    start += lastStart;
    window = WINDOW;
  }
  return count;
}

/**
 * Most comments are Latin or Cyrillic letters, digits and punctuation: there every code unit is
 * one cluster, except CR LF, which is one. Such text is counted without the segmenter; anything
 * else (combining marks, emoji, other scripts) returns undefined and is segmented.
 */
function simpleCount(text: string): number | undefined {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0300) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) count--;
      continue;
    }
    // Cyrillic without its combining marks (U+0483–U+0489).
    if ((code >= 0x0400 && code <= 0x0482) || (code >= 0x048a && code <= 0x052f)) continue;
    return undefined;
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function countAll(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

function countWindow(text: string): { clusters: number; lastStart: number } {
  let clusters = 0;
  let lastStart = 0;
  for (const segment of segmenter.segment(text)) {
    clusters++;
    lastStart = segment.index;
  }
  return { clusters, lastStart };
}

/** Characters left before `limit` (negative when over), as the live counter shows it. */
export function remainingGraphemes(text: string, limit: number): number {
  return limit - countGraphemes(text);
}
