// A short, one-line taste of a comment (the one a reply answers), cut at a character
// as readers count them (grapheme clusters), so an emoji or accented letter is never split.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function excerpt(text: string, maxGraphemes = 140): string {
  const line = text.replace(/\s+/g, ' ').trim();
  let taken = '';
  let count = 0;
  for (const { segment } of segmenter.segment(line)) {
    if (count === maxGraphemes) return `${taken.trimEnd()}…`;
    taken += segment;
    count++;
  }
  return taken;
}
