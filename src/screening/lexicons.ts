// Loads the per-language lexicons (src/screening/lexicons/<language>.json) and checks them, so a bad edit to a data
// file fails loudly with the file and entry named instead of silently weakening screening (issue 4 part 3).
import { readFileSync } from 'node:fs';
import type { Lexicon, LexiconCategory, LexiconEntry } from './lexicon-types.ts';

/** Every language with a lexicon file; candidateLanguages() returns a subset of these. */
export const LEXICON_LANGUAGES: string[] = [
  'en', 'ru', 'kk', 'ky', 'uz-Latn', 'uz-Cyrl', 'tg', 'tk', 'fa', 'ps', 'ur', 'ar',
];

const CATEGORIES: readonly LexiconCategory[] = ['profanity', 'slur', 'hate', 'threat'];
const LEXICON_DIRECTORY = new URL('./lexicons/', import.meta.url);
const cache = new Map<string, Lexicon>();

export class LexiconError extends Error {
  override name = 'LexiconError';
}

/** The lexicon of one language, parsed and validated once per process. Throws for a language without a file. */
export function lexiconFor(language: string): Lexicon {
  const cached = cache.get(language);
  if (cached) return cached;
  if (!LEXICON_LANGUAGES.includes(language)) {
    throw new LexiconError(`No lexicon for language "${language}" (have: ${LEXICON_LANGUAGES.join(', ')})`);
  }
  const file = `src/screening/lexicons/${language}.json`;
  const text = readFileSync(new URL(`${language}.json`, LEXICON_DIRECTORY), 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LexiconError(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const lexicon = parseLexicon(file, language, json);
  cache.set(language, lexicon);
  return lexicon;
}

/** Validates the JSON of one lexicon file; `file` only names the source in error messages. */
export function parseLexicon(file: string, language: string, json: unknown): Lexicon {
  if (!isRecord(json)) throw new LexiconError(`${file}: expected an object with language, entries, allow`);
  if (json.language !== language) {
    throw new LexiconError(`${file}: "language" is ${JSON.stringify(json.language)}, expected "${language}"`);
  }
  if (!Array.isArray(json.entries)) throw new LexiconError(`${file}: "entries" must be an array`);
  if (!Array.isArray(json.allow)) throw new LexiconError(`${file}: "allow" must be an array`);
  const entries = json.entries.map((raw: unknown, index: number) => parseEntry(file, index, raw));
  rejectDuplicateTerms(file, entries);
  const allow = json.allow.map((raw: unknown, index: number) => parseAllowWord(file, index, raw));
  const terms = new Set(entries.map((entry) => entry.term));
  const blocked = allow.find((word) => terms.has(word));
  if (blocked !== undefined) throw new LexiconError(`${file}: allow word "${blocked}" is also a lexicon term`);
  return { language, entries, allow };
}

function parseEntry(file: string, index: number, raw: unknown): LexiconEntry {
  const fail = (problem: string): never => {
    const term = isRecord(raw) && typeof raw.term === 'string' ? ` ("${raw.term}")` : '';
    throw new LexiconError(`${file}: entry ${index}${term}: ${problem}`);
  };
  if (!isRecord(raw)) return fail('expected an object with term, category, severity, match');
  const unknownKey = Object.keys(raw).find((key) => !['term', 'category', 'severity', 'match'].includes(key));
  if (unknownKey !== undefined) fail(`unknown field "${unknownKey}"`);
  const { term, category, severity, match } = raw;
  if (typeof term !== 'string' || !isNormalisedWord(term)) {
    fail('term must be a non-empty lowercase NFC word without spaces');
  }
  if (!CATEGORIES.includes(category as LexiconCategory)) fail(`category must be one of ${CATEGORIES.join(', ')}`);
  if (severity !== 1 && severity !== 2 && severity !== 3) fail('severity must be 1, 2 or 3');
  if (match !== 'word' && match !== 'stem') fail('match must be "word" or "stem"');
  return { term, category, severity, match } as LexiconEntry;
}

function parseAllowWord(file: string, index: number, raw: unknown): string {
  if (typeof raw !== 'string' || !isNormalisedWord(raw)) {
    throw new LexiconError(`${file}: allow ${index} (${JSON.stringify(raw)}): must be a non-empty lowercase NFC word`);
  }
  return raw;
}

function rejectDuplicateTerms(file: string, entries: LexiconEntry[]): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.term)) throw new LexiconError(`${file}: entry ${index} ("${entry.term}"): duplicate term`);
    seen.add(entry.term);
  });
}

/** Terms are stored the way the matcher compares: lowercase, NFC, one word (no whitespace). */
function isNormalisedWord(value: string): boolean {
  return value.length > 0 && !/\s/u.test(value) && value === value.normalize('NFC').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
