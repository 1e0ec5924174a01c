// Lexicon matching on normalised text (issue 4 parts 2 and 3). Whole words only: a 'word' entry must be the
// entire word, a 'stem' entry must begin it and be followed only by letters of its own script, so
// "Scunthorpe", "assessment" and "сукно" never match "cunt", "ass" or "сука". Positions are reported in the
// ORIGINAL text (through the normaliser's map), so the queue can highlight what the reader wrote.
import type { LexiconCategory, Lexicon, LexiconEntry } from './lexicon-types.ts';
import { normaliseForMatching, type NormalisedText } from './normalise.ts';

export interface Match {
  /** The lexicon's own spelling of the term. */
  term: string;
  category: LexiconCategory;
  severity: 1 | 2 | 3;
  language: string;
  /** UTF-16 offsets in the original text: original.slice(start, end) is the (possibly disguised) word. */
  start: number;
  end: number;
}

interface CompiledStem { entry: LexiconEntry; rest: RegExp }

interface CompiledLexicon {
  words: Map<string, LexiconEntry>;
  stems: Map<string, CompiledStem>;
  /** Distinct stem lengths, longest first, so the most specific stem wins. */
  stemLengths: number[];
  allow: Set<string>;
  allowLengths: number[];
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

// Terms and allow-list words pass through the same normaliser as comments, so "ё"/"е", diacritics and
// look-alikes in the data can never make an entry unmatchable.
function compile(lexicon: Lexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const words = new Map<string, LexiconEntry>();
  const stems = new Map<string, CompiledStem>();
  for (const entry of lexicon.entries) {
    const term = normaliseForMatching(entry.term).text;
    if (!WHOLE_WORD.test(term)) continue; // a term that is not one word cannot meet a word
    if (entry.match === 'word') keepSevere(words, term, entry, (e) => e);
    else keepSevere(stems, term, { entry, rest: sameScriptRest(term) }, (s) => s.entry);
  }
  const allow = new Set(lexicon.allow.map((word) => normaliseForMatching(word).text));
  const result: CompiledLexicon = {
    words, stems, allow,
    stemLengths: distinctLengths(stems.keys()),
    allowLengths: distinctLengths(allow),
  };
  compiled.set(lexicon, result);
  return result;
}

const WHOLE_WORD = /^[\p{L}\p{M}]+$/u;

function keepSevere<T>(map: Map<string, T>, key: string, value: T, entryOf: (v: T) => LexiconEntry): void {
  const existing = map.get(key);
  if (!existing || entryOf(existing).severity < entryOf(value).severity) map.set(key, value);
}

function distinctLengths(keys: Iterable<string>): number[] {
  return [...new Set([...keys].map((key) => key.length))].sort((a, b) => b - a);
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Devanagari'];

/** The letters allowed after a stem: its own script (Russian/Turkic endings), never a switch of script. */
function sameScriptRest(term: string): RegExp {
  const last = term.at(-1) ?? '';
  const script = SCRIPTS.find((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(last));
  return script ? new RegExp(`^[\\p{Script=${script}}\\p{M}]*$`, 'u') : /^[\p{L}\p{M}]*$/u;
}

/** "fuuck", "сукка": doubled letters are also tried single (runs of three were collapsed by the normaliser). */
function collapseDoubles(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

function isAllowed(lexicon: CompiledLexicon, word: string): boolean {
  // An allow-list word also covers its inflections ("сукно", "сукна" via "сукн"… and "assessments").
  for (const length of lexicon.allowLengths) {
    if (length <= word.length && lexicon.allow.has(word.slice(0, length))) return true;
  }
  return false;
}

function entryFor(lexicon: CompiledLexicon, word: string): LexiconEntry | undefined {
  const whole = lexicon.words.get(word);
  if (whole) return whole;
  for (const length of lexicon.stemLengths) {
    if (length > word.length) continue;
    const stem = lexicon.stems.get(word.slice(0, length));
    if (stem && stem.rest.test(word.slice(length))) return stem.entry;
  }
  return undefined;
}

const WORD = /[\p{L}\p{M}]+/gu;
const TRAILING_GAP = /[\s\p{P}\p{S}]/u;

/** The Arabic definite article, written onto the word ("الشرموطة"): the lexicon has the bare word. */
const ARABIC_ARTICLE = /^ال(?=\p{Script=Arabic}{2})/u;

/** The forms of one word to look up: as written, doubles collapsed ("fuuck"), without the Arabic article. */
function variantsOf(word: string): string[] {
  const variants = [word];
  const collapsed = collapseDoubles(word);
  if (collapsed !== word) variants.push(collapsed);
  if (ARABIC_ARTICLE.test(word)) variants.push(word.replace(ARABIC_ARTICLE, ''));
  return variants;
}

/** `normalised`: the text's normaliseForMatching result, when the caller has it already (it is the costly part). */
export function findMatches(text: string, lexicons: Lexicon[], normalised: NormalisedText = normaliseForMatching(text)): Match[] {
  const compiledLexicons = lexicons.map((lexicon) => ({ lexicon, data: compile(lexicon) }));
  const matches: Match[] = [];
  const report = (entry: LexiconEntry, language: string, from: number, to: number): void => {
    const { start, end } = originalSpan(text, normalised.map, from, to);
    matches.push({ term: entry.term, category: entry.category, severity: entry.severity, language, start, end });
  };
  for (const found of normalised.text.matchAll(WORD)) {
    const words = [{ word: found[0], at: found.index, variants: variantsOf(found[0]) }];
    if (startsWithSpacedOneLetterWord(text, normalised.map, found[0], found.index)) {
      const rest = found[0].slice(1);
      words.push({ word: rest, at: found.index + 1, variants: variantsOf(rest) });
    }
    for (const { lexicon, data } of compiledLexicons) {
      for (const { word, at, variants } of words) {
        if (variants.some((variant) => isAllowed(data, variant))) break;
        const entry = firstDefined(variants, (variant) => entryFor(data, variant));
        if (!entry) continue;
        report(entry, lexicon.language, at, at + word.length);
        break;
      }
    }
  }
  if (normalised.text.includes('*')) {
    for (const found of normalised.text.matchAll(MASKED)) {
      for (const { lexicon, data } of compiledLexicons) {
        const entry = maskedEntryFor(data, found[0]);
        if (entry) report(entry, lexicon.language, found.index, found.index + found[0].length);
      }
    }
    matches.sort((a, b) => a.start - b.start);
  }
  return matches;
}

/** Words of one letter that spaced-out abuse often follows: "you are a f u c k i n g …", "ну ты и с у к а". */
const ONE_LETTER_WORDS = new Set(['a', 'i', 'o', 'а', 'в', 'и', 'к', 'о', 'с', 'у', 'я']);

/**
 * Whether a word the normaliser joined from spaced letters may have swallowed a one-letter word written before them
 * ("a f u c k" → "afuck"): its first letter is such a word and stood apart from the second in the original. The
 * matcher then also looks the word up without that letter (the whole word first, so "с у к а" is still "сука").
 */
function startsWithSpacedOneLetterWord(original: string, map: number[], word: string, at: number): boolean {
  if (word.length < 4 || !ONE_LETTER_WORDS.has(word[0]!)) return false;
  const first = map[at]!;
  const second = map[at + 1]!;
  return second - first >= 2 && /^[\s\p{P}\p{S}]+$/u.test(original.slice(first + 1, second));
}

function firstDefined<T, R>(items: readonly T[], find: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const result = find(item);
    if (result !== undefined) return result;
  }
  return undefined;
}

/**
 * Self-censored words: letters with asterisks standing for letters ("х*йня", "f**k", "п**дец"). Each "*" is
 * one unknown letter. A term matches when its letters agree with every letter written, at least two of its
 * letters are written and no more than half are masked, so "f***" or "****" (could be anything) never match.
 */
const MASKED = /(?<![\p{L}*])\p{L}[\p{L}*]*\*[\p{L}*]*(?![\p{L}*])/gu;

function maskedEntryFor(lexicon: CompiledLexicon, token: string): LexiconEntry | undefined {
  const whole = [...lexicon.words].find(([term]) => term.length === token.length && fitsMask(term, token));
  if (whole) return whole[1];
  for (const [term, stem] of lexicon.stems) {
    const rest = token.slice(term.length);
    if (term.length <= token.length && !rest.includes('*') && stem.rest.test(rest) && fitsMask(term, token)) return stem.entry;
  }
  return undefined;
}

function fitsMask(term: string, token: string): boolean {
  let masked = 0;
  for (let i = 0; i < term.length; i++) {
    if (token[i] === '*') masked++;
    else if (token[i] !== term[i]) return false;
  }
  return masked > 0 && term.length - masked >= 2 && masked * 2 <= term.length;
}

/**
 * The original text from the word's first character up to where the next normalised character came from, so
 * stretched letters, marks and invisible characters trailing the word are highlighted with it; separators and
 * punctuation at the end are trimmed back off.
 */
function originalSpan(original: string, map: number[], from: number, to: number): { start: number; end: number } {
  const start = map[from]!;
  const lastChar = map[to - 1]!;
  const minimumEnd = lastChar + (original.codePointAt(lastChar)! > 0xffff ? 2 : 1);
  let end = to < map.length ? map[to]! : original.length;
  while (end > minimumEnd && TRAILING_GAP.test(original[end - 1]!)) end--;
  return { start, end: Math.max(end, minimumEnd) };
}
