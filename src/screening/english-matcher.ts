// The `obscenity` package (a maintained English matcher) as a second opinion in the profanity phase (issue 4
// part 3: "use a maintained library where it fits … and extend it with our data"). Adopted after the evaluation
// (CONTEXT.md, "Evaluation"): it catches a few English spellings our normaliser does not undo ("fvck"), and only
// with our allow list is its false-positive rate acceptable ("cockpit", "shiitake", "Dickinson" are matched by it).
// Our lexicon stays first: where a lexicon word was matched, that match (with its category and severity) wins.
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { Lexicon } from './lexicon-types.ts';
import { normaliseForMatching } from './normalise.ts';

/** Innocent words its own whitelist lacks and that no term of ours is inside (so they cannot be our allow words). */
const EXTRA_WHITELIST = ['penistone'];

let matcher: RegExpMatcher | undefined;

function englishMatcher(): RegExpMatcher {
  if (matcher) return matcher;
  const built = englishDataset.build();
  matcher = new RegExpMatcher({
    ...built,
    whitelistedTerms: [...(built.whitelistedTerms ?? []), ...EXTRA_WHITELIST],
    ...englishRecommendedTransformers,
  });
  return matcher;
}

const normalisedAllow = new WeakMap<Lexicon, string[]>();

function allowWordsOf(lexicon: Lexicon): string[] {
  let words = normalisedAllow.get(lexicon);
  if (!words) {
    words = lexicon.allow.map((word) => normaliseForMatching(word).text);
    normalisedAllow.set(lexicon, words);
  }
  return words;
}

/** A span of the original text: [start, end). */
export interface Span { start: number; end: number }

const LETTER = /[\p{L}\p{M}\d@$]/u;

/** Grows a match to the whole word around it (letters and leet characters), so the allow list can judge it. */
function wordAround(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  while (end < text.length && LETTER.test(text[end]!)) end++;
  return { start, end };
}

/**
 * Spans `obscenity` finds in `text`, as whole words, minus words an allow word of `english` begins (the site's
 * allow words included) and words overlapping `known` (already matched by our lexicons). One span per word.
 */
export function englishMatcherFindings(text: string, english: Lexicon, known: readonly Span[]): Span[] {
  const allow = allowWordsOf(english);
  const spans = new Map<number, Span>();
  for (const match of englishMatcher().getAllMatches(text, true)) {
    const word = wordAround(text, { start: match.startIndex, end: match.endIndex + 1 });
    if (spans.has(word.start) || known.some((span) => span.start < word.end && word.start < span.end)) continue;
    const normalised = normaliseForMatching(text.slice(word.start, word.end)).text;
    if (allow.some((allowed) => normalised.startsWith(allowed))) continue;
    spans.set(word.start, word);
  }
  return [...spans.values()];
}
