// Which lexicons to apply to a comment (issue 4 part 3). Script first, then letters that only some languages of
// that script use. Inclusive on purpose: applying one lexicon too many costs a little time, missing one lets
// abuse through; so plain text of a script gets every language of that script, and unknown or mixed text gets all.
import { LEXICON_LANGUAGES } from './lexicons.ts';

export type Script = 'Latn' | 'Cyrl' | 'Arab' | 'Other';

const SCRIPT_PATTERNS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
  // Common letters (the Uzbek modifier letter ʻ) belong to no script of their own.
  ['Other', /(?!\p{Script=Latin}|\p{Script=Cyrillic}|\p{Script=Arabic}|\p{Script=Common})\p{L}/u],
];

/** The scripts of the letters in `text`; digits, punctuation, emoji and marks are no script. */
export function detectScripts(text: string): Set<Script> {
  const scripts = new Set<Script>();
  for (const [script, pattern] of SCRIPT_PATTERNS) {
    if (pattern.test(text)) scripts.add(script);
  }
  return scripts;
}

interface ScriptLanguages {
  /** Always applied for this script: the language most comments in it are written in. */
  base: readonly string[];
  /** Each language of the script with the letters that point to it (beyond the script's common alphabet). */
  markers: Readonly<Record<string, readonly string[]>>;
}

/** "ʻ" stands for Uzbek oʻ/gʻ, found by UZBEK_APOSTROPHE rather than as a letter of its own. */
const SCRIPT_LANGUAGES: Readonly<Record<'Latn' | 'Cyrl' | 'Arab', ScriptLanguages>> = {
  Latn: {
    // Russian is often typed in Latin letters ("blyat", "suka"); the ru lexicon carries those spellings.
    base: ['en', 'ru'],
    markers: { en: [], ru: [], 'uz-Latn': ['ʻ'], tk: ['ä', 'ç', 'ň', 'ö', 'ş', 'ü', 'ý', 'ž'] },
  },
  Cyrl: {
    base: ['ru'],
    markers: {
      ru: [],
      kk: ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'],
      ky: ['ң', 'ө', 'ү'],
      tg: ['ғ', 'ӣ', 'қ', 'ӯ', 'ҳ', 'ҷ'],
      'uz-Cyrl': ['ў', 'қ', 'ғ', 'ҳ'],
    },
  },
  Arab: {
    // Arabic insults travel into Persian, Urdu and Pashto comments, so Arabic is always applied.
    // Pashto writes both yeh forms (Arabic ي alone points to ar or ps), and often گ for ګ.
    base: ['ar'],
    markers: {
      ar: ['ة', 'ك', 'ي', 'ى'],
      fa: ['پ', 'چ', 'ژ', 'گ', 'ک', 'ی'],
      ur: ['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ہ', 'ے', 'ھ'],
      ps: ['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ي', 'ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ګ', 'ڼ', 'ې', 'ۍ'],
    },
  },
};

/** oʻ, gʻ written with the proper modifier letter or the apostrophes people actually type. */
const UZBEK_APOSTROPHE = /[og][ʻʼ'‘’`]/u;

/** Languages whose lexicons should be applied to `text`, in LEXICON_LANGUAGES order. Unknown or mixed → all. */
export function candidateLanguages(text: string): string[] {
  const scripts = detectScripts(text);
  const [only, ...rest] = scripts;
  if (only === undefined || only === 'Other' || rest.length > 0) return [...LEXICON_LANGUAGES];
  const chosen = languagesOfScript(SCRIPT_LANGUAGES[only], markerLetters(text));
  return LEXICON_LANGUAGES.filter((language) => chosen.has(language));
}

function markerLetters(text: string): Set<string> {
  const letters = new Set(text.normalize('NFC').toLowerCase());
  if (UZBEK_APOSTROPHE.test(text.toLowerCase())) letters.add('ʻ');
  return letters;
}

/**
 * No marker letters → every language of the script. Otherwise the languages whose alphabet has all the marker
 * letters found (Kazakh "ә" → kk); if none has them all (a mixed keyboard), every language with any of them.
 */
function languagesOfScript(script: ScriptLanguages, letters: Set<string>): Set<string> {
  const languages = Object.keys(script.markers);
  const allMarkers = new Set(Object.values(script.markers).flat());
  const found = [...letters].filter((letter) => allMarkers.has(letter));
  if (found.length === 0) return new Set(languages);
  const hasAll = languages.filter((language) => found.every((letter) => script.markers[language]?.includes(letter)));
  const hasAny = languages.filter((language) => found.some((letter) => script.markers[language]?.includes(letter)));
  return new Set([...script.base, ...(hasAll.length > 0 ? hasAll : hasAny)]);
}
