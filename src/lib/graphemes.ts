// Length as a reader sees it: extended grapheme clusters (Intl.Segmenter). A family emoji,
// a flag, or a letter with a combining accent is one character. Pure and dependency-free,
// so the server and the browser's comment counter (issue 3) run this same code.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** Characters left before `limit` (negative when over), as the live counter shows it. */
export function remainingGraphemes(text: string, limit: number): number {
  return limit - countGraphemes(text);
}
