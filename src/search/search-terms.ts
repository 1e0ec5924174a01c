// Words as search sees them, the same for indexing and for queries: searchKey (case, ё, Uzbek
// apostrophes, Arabic-script variants), split into runs of letters, digits and marks, then the
// locale's Snowball stem where there is one. A reader's query is only ever words: operator
// characters, quotes, NEAR, * and control characters are separators, so nothing the reader
// types reaches either engine's query syntax.
import snowball from 'snowball-stemmers';
import { languageOf } from '../lib/translit/language.ts';
import { searchKey } from '../lib/search-key.ts';

/** More terms than this are dropped: every term is one more index lookup. */
export const MAX_TERMS = 8;
/** A query longer than this is cut before it is read (5,000 characters of junk stay cheap). */
export const MAX_QUERY_LENGTH = 200;
/** Longer "words" are junk (base64, URLs) and would only miss. */
const MAX_WORD_LENGTH = 60;

const STEMMED: Record<string, string> = { en: 'english', ru: 'russian' };
const stemmers = new Map<string, { stem(word: string): string }>();
const terms = new Map<string, string>();
const MAX_MEMO = 200_000;

/** Snowball algorithm of the locale's language, or undefined (those locales match exact word or prefix). */
export function stemmerLanguage(locale: string): 'english' | 'russian' | undefined {
  return STEMMED[languageOf(locale) ?? ''] as 'english' | 'russian' | undefined;
}

function stemmerFor(locale: string): { stem(word: string): string } | undefined {
  const language = stemmerLanguage(locale);
  if (!language) return undefined;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = snowball.newStemmer(language);
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

// A word starts with a letter or digit: a lone combining mark (U+0301, Thai U+0E31) folds to nothing,
// and an empty term is a syntax error in PostgreSQL's tsquery.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The words of a text in comparison form (searchKey), in order. */
export function words(text: string, locale: string): string[] {
  return (searchKey(text, locale).match(WORD) ?? []).filter((w) => w.length <= MAX_WORD_LENGTH);
}

/**
 * A word's index term: its stem where the locale has a stemmer, else the word itself, with
 * accents folded after stemming (Russian endings need their й; "café" and "cafe" are one term).
 */
export function termOf(word: string, locale: string): string {
  const key = `${stemmerLanguage(locale) ?? ''}\u0000${word}`;
  let term = terms.get(key);
  if (term === undefined) {
    const stemmer = stemmerFor(locale);
    term = foldDiacritics(stemmer ? stemmer.stem(word) : word);
    // Snowball in JS costs ~5 µs a word; news vocabulary repeats, so a bounded memo pays.
    if (terms.size >= MAX_MEMO) terms.clear();
    terms.set(key, term);
  }
  return term;
}

/** Text as the SQLite index stores it: terms separated by spaces. */
export function indexText(text: string, locale: string): string {
  return words(text, locale).map((w) => termOf(w, locale)).join(' ');
}

export interface ParsedQuery {
  /** Distinct words as typed (searchKey form), at most MAX_TERMS: PostgreSQL stems them itself. */
  words: string[];
  /** Distinct terms, at most MAX_TERMS, in the order typed. */
  terms: string[];
  /** True when terms match as prefixes (locales without a stemmer). */
  prefix: boolean;
  /** The query had more terms than MAX_TERMS, or was longer than MAX_QUERY_LENGTH. */
  truncated: boolean;
}

export function parseQuery(raw: string, locale: string): ParsedQuery {
  const cut = raw.length > MAX_QUERY_LENGTH;
  const typed = [...new Set(words(raw.slice(0, MAX_QUERY_LENGTH), locale))].filter((w) => termOf(w, locale) !== '');
  const kept = typed.slice(0, MAX_TERMS);
  return {
    words: kept, terms: [...new Set(kept.map((w) => termOf(w, locale)))],
    prefix: !stemmerLanguage(locale), truncated: cut || typed.length > MAX_TERMS,
  };
}

/** Whether a word of the text matches one of the query's terms (for highlighting). */
export function wordMatches(word: string, query: ParsedQuery, locale: string): boolean {
  const term = termOf(word, locale);
  return query.terms.some((t) => (query.prefix ? term.startsWith(t) : term === t));
}

/** Latin and Cyrillic accents folded (é → e, й → и), as SQLite's remove_diacritics 2 does. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
}
