// A site's own lexicon additions and allow words (issue 4 part 3, edited at /admin/settings/screening)
// merged into the shipped lexicons. match.ts compiles each Lexicon OBJECT once (WeakMap), so the merged
// lexicons are built lazily, once per language, and kept by the caller for as long as the site's terms are
// unchanged; a language the site added nothing to gets the shipped object itself (already compiled).
import type { Lexicon, LexiconCategory, LexiconEntry } from './lexicon-types.ts';
import { LEXICON_LANGUAGES, lexiconFor, parseLexicon, LexiconError } from './lexicons.ts';
import { normaliseForMatching } from './normalise.ts';

export type SiteTermKind = 'block' | 'allow';

/** One admin-added term: a `block` term carries category, severity and match mode; an `allow` word none. */
export type SiteTerm =
  | { kind: 'block'; language: string; term: string; category: LexiconCategory; severity: 1 | 2 | 3; match: 'word' | 'stem' }
  | { kind: 'allow'; language: string; term: string };

export type SiteLexicons = (language: string) => Lexicon;

/**
 * The lexicon per language with the site's terms merged in. A site term replaces a shipped entry with the same
 * spelling (so an admin can make a shipped word milder or harsher); allow words are added to the allow list and
 * take precedence over any term, shipped or added (the matcher skips a word that begins with an allow word).
 */
export function siteLexicons(terms: readonly SiteTerm[]): SiteLexicons {
  if (terms.length === 0) return lexiconFor;
  const byLanguage = new Map<string, SiteTerm[]>();
  for (const term of terms) byLanguage.set(term.language, [...(byLanguage.get(term.language) ?? []), term]);
  const merged = new Map<string, Lexicon>();
  return (language) => {
    const own = byLanguage.get(language);
    if (!own) return lexiconFor(language);
    let lexicon = merged.get(language);
    if (!lexicon) {
      lexicon = mergeLexicon(lexiconFor(language), own);
      merged.set(language, lexicon);
    }
    return lexicon;
  };
}

export function mergeLexicon(shipped: Lexicon, terms: readonly SiteTerm[]): Lexicon {
  const added: LexiconEntry[] = [];
  const allow: string[] = [];
  for (const term of terms) {
    if (term.kind === 'allow') allow.push(term.term);
    else added.push({ term: term.term, category: term.category, severity: term.severity, match: term.match });
  }
  const replaced = new Set(added.map((entry) => entry.term));
  return {
    language: shipped.language,
    entries: [...shipped.entries.filter((entry) => !replaced.has(entry.term)), ...added],
    allow: [...new Set([...shipped.allow, ...allow])],
  };
}

/** What an admin typed for a new term, before checking. */
export interface SiteTermInput { kind: string; language: string; term: string; category?: string; severity?: string; match?: string }

export type SiteTermCheck = { ok: true; value: SiteTerm } | { ok: false; errors: Record<string, string> };

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/**
 * Checks a term with the shipped lexicons' own rules (parseLexicon: one lowercase NFC word; category, severity,
 * match mode) after the friendly clean-up of case and composition, and refuses what the matcher could never
 * meet (a term that is not letters once normalised, such as "f*ck").
 */
export function checkSiteTerm(input: SiteTermInput): SiteTermCheck {
  const errors: Record<string, string> = {};
  const term = input.term.trim().normalize('NFC').toLowerCase();
  if (!LEXICON_LANGUAGES.includes(input.language)) errors.language = `Choose a language: ${LEXICON_LANGUAGES.join(', ')}.`;
  if (input.kind !== 'block' && input.kind !== 'allow') errors.kind = 'Choose whether the word is flagged or allowed.';
  if (term === '') errors.term = 'Enter a word.';
  else if (/\s/u.test(term)) errors.term = 'Enter one word, without spaces.';
  else if ([...term].length > MAX_TERM_LENGTH) errors.term = `Enter a word of at most ${MAX_TERM_LENGTH} letters.`;
  else if (!LETTERS_ONLY.test(normaliseForMatching(term).text)) errors.term = 'Enter a word made of letters (disguised spellings are found by themselves).';
  if (input.kind === 'block') checkEntryFields(input, errors);
  if (!errors.term && input.kind === 'block' && [...term].length < minimumLetters(input.match)) {
    errors.term = `A flagged word needs at least ${minimumLetters(input.match)} letters: shorter ones turn up inside innocent words and sentences.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const language = input.language;
  const json = input.kind === 'allow'
    ? { language, entries: [], allow: [term] }
    : { language, entries: [{ term, category: input.category, severity: Number(input.severity), match: input.match }], allow: [] };
  try {
    const parsed = parseLexicon('site term', language, json);
    const entry = parsed.entries[0];
    return { ok: true, value: entry ? { kind: 'block', language, ...entry } : { kind: 'allow', language, term } };
  } catch (error) {
    if (error instanceof LexiconError) return { ok: false, errors: { term: 'Enter one lowercase word without spaces.' } };
    throw error;
  }
}

const CATEGORIES = ['profanity', 'slur', 'hate', 'threat'];
const MAX_TERM_LENGTH = 64;
/** A one-letter word ("a") or a two-letter stem would flag ordinary text ("a nice day", every word starting "ко"). */
const minimumLetters = (match: string | undefined): number => (match === 'stem' ? 3 : 2);

function checkEntryFields(input: SiteTermInput, errors: Record<string, string>): void {
  if (!CATEGORIES.includes(input.category ?? '')) errors.category = `Choose a category: ${CATEGORIES.join(', ')}.`;
  if (!['1', '2', '3'].includes(input.severity ?? '')) errors.severity = 'Choose a severity from 1 (mild) to 3 (severe).';
  if (input.match !== 'word' && input.match !== 'stem') errors.match = 'Choose whether the whole word or the word with any ending is matched.';
}
