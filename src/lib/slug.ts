// Readable slugs from headlines and names, chosen by the locale they are written in
// (docs/decisions/0007-slugs-per-script.md):
//  - Cyrillic is romanised per language (Russian ё → e, Kyrgyz ж → j…); Uzbek Cyrillic becomes
//    Uzbek Latin, so both Uzbek editions of a story get the same slug (Ўзбекистон, Oʻzbekiston →
//    ozbekiston). Apostrophes (oʻ, gʻ, the tutuq belgisi, English ') are dropped.
//  - Arabic-script headlines keep their script: readers of Arabic, Dari, Pashto and Urdu read it,
//    and romanising unvowelled Arabic is lossy. They are normalised instead (harakat, tatweel, the
//    language's own yeh and kaf, ASCII digits); the zero-width non-joiner becomes a hyphen.
//  - Other scripts keep their letters; Latin, Cyrillic and Greek lose their accents.
// Invisible characters never reach a slug: bidi marks and other format characters are removed.
import { ARABIC_MARK, normaliseArabicScript } from './translit/arabic-script.ts';
import { cyrillicTable, romaniseCyrillic } from './translit/cyrillic.ts';
import { languageOf } from './translit/language.ts';
import { APOSTROPHES } from './translit/uzbek-apostrophes.ts';
import { uzCyrlToLatn } from './translit/uzbek.ts';

/** Longest slug slugify makes, in UTF-16 code units (a URL stays shareable). */
export const SLUG_MAX_LENGTH = 80;
/** Longest slug an editor may type. */
export const TYPED_SLUG_MAX_LENGTH = 120;

const ZWNJ = /\u200C/gu;
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const APOSTROPHES_G = new RegExp(APOSTROPHES.source, 'gu');
/** Variation selectors and enclosing marks (the keycap of 1️⃣) style a symbol; they are not letters. */
const STYLING_MARKS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\p{Me}]/gu;
/** Accents go from Latin, Cyrillic and Greek only: in other scripts marks are vowels, not decoration. */
const ACCENTS = /([\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\p{M}+/gu;
/** A mark with no letter to sit on (after a space or punctuation): nothing to keep. */
const ORPHAN_MARKS = /(^|[^\p{L}\p{M}\p{N}])\p{M}+/gu;
const SLUG_SHAPE = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;
/** What slugify never leaves, though they are letters, marks or digits to Unicode. */
const NEVER_IN_SLUGS = new RegExp(`${APOSTROPHES.source}|[\\u0640\\u0660-\\u0669\\u06F0-\\u06F9]|${ARABIC_MARK.source}|${STYLING_MARKS.source}|(?:^|-)\\p{M}`, 'u');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cyrillic letters to Latin, by the language's own scheme. */
function romanise(text: string, language: string | undefined): string {
  if (!/\p{Script=Cyrillic}/u.test(text)) return text;
  return language === 'uz' ? uzCyrlToLatn(text) : romaniseCyrillic(text, cyrillicTable(language));
}

function withoutAccents(text: string, language: string | undefined): string {
  const bare = text.normalize('NFKD').replace(STYLING_MARKS, '').replace(ACCENTS, '$1').replace(ORPHAN_MARKS, '$1').normalize('NFC');
  // Letters an accent hid from the table (Ukrainian ї → і) are romanised now.
  return romanise(bare, language);
}

/**
 * The slug for a headline or name written in `locale` (a BCP 47 tag; without one, the general
 * Cyrillic table every slug used before slugs took a locale). Always valid (isValidSlug), lower
 * case, at most `maxLength` code units, never empty ("untitled"), and slugify(slug) === slug.
 */
export function slugify(text: string, locale?: string, maxLength = SLUG_MAX_LENGTH): string {
  const language = languageOf(locale);
  // ´ first: NFKC would split it into a space and an accent, and O´zbekiston is one word.
  const lowered = text.replace(/\u00B4/gu, '\u2019').normalize('NFKC').toLocaleLowerCase('und');
  const letters = normaliseArabicScript(romanise(lowered, language), language)
    .replace(ZWNJ, ' ')
    .replace(FORMAT_CHARACTERS, '')
    .replace(APOSTROPHES_G, '');
  const slug = withoutAccents(letters, language)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return trimToWord(slug, maxLength) || 'untitled';
}

/** Cut to at most maxLength code units on a grapheme boundary, at a hyphen if one is in the second half. */
function trimToWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  let cut = '';
  // A little past the limit is enough to see where the last whole grapheme ends.
  for (const { segment } of graphemes.segment(slug.slice(0, maxLength + 32))) {
    if (cut.length + segment.length > maxLength) break;
    cut += segment;
  }
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * A slug as slugify makes them: letters, marks and digits in hyphen-separated words, lower case,
 * NFKC, none of the characters slugify removes (apostrophes, tatweel, harakat, Eastern digits).
 * Typed slugs are checked with this and never rewritten: they become public addresses.
 */
export function isValidSlug(slug: string): boolean {
  return slug.length <= TYPED_SLUG_MAX_LENGTH && SLUG_SHAPE.test(slug) && slug === slug.toLocaleLowerCase('und')
    && slug === slug.normalize('NFKC') && !NEVER_IN_SLUGS.test(slug);
}
