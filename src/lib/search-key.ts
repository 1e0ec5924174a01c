// The form of text that search stores and compares (issue 6 indexes searchKey(text) and looks
// up searchKey(query), both with the article's locale), so that spellings a reader cannot see
// as different match: compatibility forms, case, Uzbek apostrophes, Russian ё, Arabic-script
// keyboard variants and optional vowel marks, Eastern digits, invisible characters.
// It is a key, not display text: show the original and never store a key where text is expected.
import { normaliseArabicScript } from './translit/arabic-script.ts';
import { languageOf } from './translit/language.ts';
import { normaliseUzbekLatin, uzCyrlToLatn } from './translit/uzbek.ts';

const ZWNJ = /\u200C/gu;
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Lower case by the locale's rules (Turkish İ/ı…); an unusable tag lower-cases by the general rules. */
function lowerCase(text: string, locale: string): string {
  try {
    return text.toLocaleLowerCase(locale);
  } catch {
    return text.toLocaleLowerCase('und');
  }
}

/**
 * The comparison key of a text written in `locale`:
 * - NFKC (ﬁ → fi, full-width → ASCII, Arabic presentation forms → letters), then lower case by
 *   the locale, with ß → ss and ς → σ (the case foldings lower-casing lacks);
 * - Russian: ё → е (most Russian text writes е for ё);
 * - Uzbek, either alphabet: Cyrillic becomes Latin (uzCyrlToLatn) and apostrophes become ʻ after
 *   o/g and ʼ elsewhere (normaliseUzbekLatin), so "O'zbekiston", "Oʻzbekiston" and "Ўзбекистон"
 *   are one key;
 * - Arabic script: harakat and tatweel removed, yeh and kaf in the language's own form, and for
 *   Arabic the alef, alef maksura and teh marbuta variants folded (as Lucene's ArabicNormalizer);
 * - Arabic-Indic and Persian digits → ASCII;
 * - the zero-width non-joiner (Persian می‌شود) becomes a space, as full-text tokenisers split
 *   there; other format characters (bidi marks, zero-width space, soft hyphen) are removed;
 * - runs of white space become one space, trimmed.
 * Latin accents are kept: in Turkmen ä, ö, ü, ý are letters of their own.
 */
export function searchKey(text: string, locale: string): string {
  const language = languageOf(locale);
  let key = lowerCase(text.replace(/\u00B4/gu, '\u2019').normalize('NFKC'), locale).replace(/ß/gu, 'ss').replace(/ς/gu, 'σ');
  if (language === 'ru') key = key.replace(/ё/gu, 'е');
  if (language === 'uz') key = uzCyrlToLatn(key);
  key = normaliseArabicScript(key, language, 'search').replace(ZWNJ, ' ').replace(FORMAT_CHARACTERS, '');
  key = key.replace(/\s+/gu, ' ').trim().normalize('NFKC');
  // Last: whether an apostrophe stands inside a word depends on its neighbours, which removals change.
  return language === 'uz' ? normaliseUzbekLatin(key) : key;
}
