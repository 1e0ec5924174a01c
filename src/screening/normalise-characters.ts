// Character tables and classification for src/screening/normalise.ts (issue 4 part 2), kept apart so the steps stay readable.

/**
 * Latin letters that look like Cyrillic ones (lowercase; uppercase is already folded). Used inside mostly-Cyrillic
 * words. "z" → "з" is a sound, not a shape, but it is the usual swap inside a Cyrillic word ("пиzдец"; evaluation).
 */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', n: 'п', o: 'о',
  p: 'р', r: 'г', t: 'т', u: 'и', x: 'х', y: 'у', z: 'з',
};

/** Cyrillic letters that look like Latin ones. Used inside mostly-Latin words. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin])),
  'ѕ': 's', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h',
};

/** Leetspeak inside a Latin word: "b1tch", "5h1t", "@ss". */
export const LEET_LATIN: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's',
};

/**
 * Leetspeak inside a Cyrillic word. "3" reads as "з" (the shape), not "е"; "4" as "ч" and "6" as "б" are the
 * usual Russian substitutions ("4мо", "6ля"); "@" is "а". Digits without a Cyrillic look-alike stay digits.
 */
export const LEET_CYRILLIC: Readonly<Record<string, string>> = {
  '0': 'о', '3': 'з', '4': 'ч', '6': 'б', '@': 'а',
};

/**
 * Spelling variants that readers type interchangeably; folding them on both sides (text and lexicon terms
 * go through the same normaliser) keeps one lexicon entry enough:
 * Russian "ё" is mostly written "е"; Turkish/Kazakh dotless "ı" is a common disguise for "i";
 * Arabic and Persian keyboards give different yeh, kaf and alef forms for the same word.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  'ё': 'е', 'ı': 'i',
  '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9',
  '\u0623': '\u0627', '\u0625': '\u0627', '\u0622': '\u0627', '\u0671': '\u0627',
};

/** Characters a leet word may contain besides letters and digits. */
export const LEET_SYMBOLS = new Set(['@', '$']);

export type Kind = 'letter' | 'mark' | 'digit' | 'invisible' | 'space' | 'other';
/** 'strip-marks': a script (Arabic, Greek) or non-letter on which combining marks are disguise or optional. */
export type Script = 'Latn' | 'Cyrl' | 'strip-marks' | 'other';

const kindCache = new Map<string, Kind>();
const scriptCache = new Map<string, Script>();

export function kindOf(ch: string): Kind {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 'letter';
    if (code >= 0x30 && code <= 0x39) return 'digit';
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? 'space' : 'other';
  }
  let kind = kindCache.get(ch);
  if (kind === undefined) {
    kind = classify(ch);
    kindCache.set(ch, kind);
  }
  return kind;
}

// Hangul fillers and tatweel are letters by category but invisible or decorative in use ("كـــلب").
const INVISIBLE_LETTERS = new Set(['\u115F', '\u1160', '\u3164', '\uFFA0', '\u0640']);

function classify(ch: string): Kind {
  if (/\p{Cf}/u.test(ch) || INVISIBLE_LETTERS.has(ch)) return 'invisible';
  if (/\p{L}/u.test(ch)) return 'letter';
  if (/\p{M}/u.test(ch)) return 'mark';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  return /\s/u.test(ch) ? 'space' : 'other';
}

export function scriptOf(ch: string): Script {
  let script = scriptCache.get(ch);
  if (script === undefined) {
    if (/\p{Script=Latin}/u.test(ch)) script = 'Latn';
    else if (/\p{Script=Cyrillic}/u.test(ch)) script = 'Cyrl';
    else if (/[\p{Script=Arabic}\p{Script=Greek}]/u.test(ch) || !/\p{L}/u.test(ch)) script = 'strip-marks';
    else script = 'other';
    scriptCache.set(ch, script);
  }
  return script;
}
