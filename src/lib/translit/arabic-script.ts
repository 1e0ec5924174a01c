// Arabic-script text (Arabic, Dari, Pashto, Urdu…) made comparable: the same word typed on
// different keyboards or with optional marks becomes the same letters. Slugs stay in the script
// (docs/decisions/0007), so this is normalisation, not romanisation. Works on NFC text.

/**
 * Combining marks of the Arabic blocks: harakat (fatha, kasra, damma, tanwin, shadda, sukun),
 * superscript alef, Quranic annotation signs. NFC has already folded the letter-forming ones
 * (آ أ إ ؤ ئ ۀ ۓ are single code points), so what is left is optional vocalisation.
 */
export const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/u;
const ARABIC_MARKS = new RegExp(ARABIC_MARK.source, 'gu');
/** Tatweel (kashida): a stretch of the baseline for justification, not a letter. */
const TATWEEL = /\u0640/gu;
/** Arabic-Indic ٠–٩ (U+0660) and Persian ۰–۹ (U+06F0) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

const ARABIC_YEH = '\u064A'; // ي
const FARSI_YEH = '\u06CC'; // ی
const ALEF_MAKSURA = '\u0649'; // ى
const ARABIC_KAF = '\u0643'; // ك
const KEHEH = '\u06A9'; // ک

/**
 * Each language's own letter for the yeh and kaf that keyboards mix up. Persian and Urdu write
 * ی and ک; Arabic writes ي and ك. Pashto writes ک, and has both ی and ي as different letters,
 * so only kaf and the alef maksura are unified there.
 */
const LETTER_VARIANTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ar: { [FARSI_YEH]: ARABIC_YEH, [KEHEH]: ARABIC_KAF },
  fa: { [ARABIC_YEH]: FARSI_YEH, [ALEF_MAKSURA]: FARSI_YEH, [ARABIC_KAF]: KEHEH },
  ur: { [ARABIC_YEH]: FARSI_YEH, [ALEF_MAKSURA]: FARSI_YEH, [ARABIC_KAF]: KEHEH },
  ps: { [ALEF_MAKSURA]: FARSI_YEH, [ARABIC_KAF]: KEHEH },
};

/**
 * Search only, for Arabic (as Lucene's ArabicNormalizer does): hamza forms of alef, alef
 * maksura and teh marbuta are spelled either way by readers typing a query.
 */
const ARABIC_SEARCH_FOLDING: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627', [ALEF_MAKSURA]: ARABIC_YEH, '\u0629': '\u0647',
};

/** ASCII digits for the Eastern Arabic and Persian ones: one number, one spelling. */
export function asciiDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (d) => String(d.codePointAt(0)! & 0xf));
}

function mapLetters(text: string, table: Readonly<Record<string, string>> | undefined): string {
  if (!table) return text;
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}

/**
 * Harakat and tatweel removed, yeh/kaf in the language's own form, ASCII digits. With
 * `search`, Arabic also folds the alef, yeh and teh marbuta variants (never in slugs: they are
 * spelling, and a slug shows the headline's spelling).
 */
export function normaliseArabicScript(text: string, language: string | undefined, purpose: 'slug' | 'search' = 'slug'): string {
  if (!/[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF]/u.test(text)) return text;
  let out = asciiDigits(text.replace(ARABIC_MARKS, '').replace(TATWEEL, ''));
  out = mapLetters(out, language ? LETTER_VARIANTS[language] : undefined);
  if (purpose === 'search' && language === 'ar') out = mapLetters(out, ARABIC_SEARCH_FOLDING);
  return out;
}
