// Text normalisation before lexicon matching (issue 4 part 2). Undoes the usual disguises — compatibility
// forms, case, invisible characters, sprinkled combining marks, Latin/Cyrillic look-alikes, leetspeak,
// s.p.a.c.e.d letters, stretched letters — while remembering, for every output character, where it came
// from in the original text, so a match can be highlighted in what the reader actually wrote.
//
// The text is worked on as an array of code points, each carrying its original UTF-16 index; every step
// maps that array to a new one, so the index travels with the character and `map` cannot drift.
import {
  CYRILLIC_TO_LATIN, kindOf, LATIN_TO_CYRILLIC, LEET_CYRILLIC, LEET_LATIN, LEET_SYMBOLS, scriptOf, SPELLING_VARIANTS,
} from './normalise-characters.ts';

export interface NormalisedText {
  text: string;
  /** map[i] = UTF-16 index in the original text of normalised UTF-16 unit i. */
  map: number[];
}

export interface Units { chars: string[]; srcs: number[] }

function toUnits(text: string): Units {
  const chars: string[] = [];
  const srcs: number[] = [];
  let index = 0;
  for (const ch of text) {
    chars.push(ch);
    srcs.push(index);
    index += ch.length;
  }
  return { chars, srcs };
}

/** Unicode NFKC, applied per cluster (a character and its marks) so each output keeps its source index. */
export function composeCompatibility(units: Units): Units {
  const out: Units = { chars: [], srcs: [] };
  const { chars, srcs } = units;
  for (let i = 0; i < chars.length;) {
    let end = i + 1;
    while (end < chars.length && kindOf(chars[end]!) === 'mark') end++;
    const cluster = chars.slice(i, end);
    const joined = cluster.join('');
    const composed = /^[\x00-\x7f]*$/.test(joined) ? cluster : [...joined.normalize('NFKC')];
    const oneToOne = composed.length === cluster.length;
    composed.forEach((ch, k) => {
      out.chars.push(ch);
      out.srcs.push(srcs[oneToOne ? i + k : i]!);
    });
    i = end;
  }
  return out;
}

/** Lowercase; one character may become several ("İ" → "i" + U+0307; the dot is a mark, dropped later). */
export function foldCase(units: Units): Units {
  if (units.chars.every((ch) => lowerCase(ch) === ch)) return units;
  return flatMapUnits(units, lowerCase);
}

const lowerCache = new Map<string, string | string[]>();

function lowerCase(ch: string): string | string[] {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  let lower = lowerCache.get(ch);
  if (lower === undefined) {
    const folded = ch.toLowerCase();
    lower = [...folded].length === 1 ? folded : [...folded];
    lowerCache.set(ch, lower);
  }
  return lower;
}

/** Zero-width, bidi and other format characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, soft hyphen …). */
export function stripInvisible(units: Units): Units {
  if (!units.chars.some((ch) => kindOf(ch) === 'invisible')) return units;
  return flatMapUnits(units, (ch) => (kindOf(ch) === 'invisible' ? [] : ch));
}

/**
 * Combining marks are disguise on Latin, Cyrillic and Greek letters ("f\u0301u\u0308ck"), whether left loose
 * or composed by NFKC into "ü": Latin and Greek letters lose every diacritic (terms go through the same
 * step, so Turkic "ş" in a lexicon still meets "ş" in a comment). Cyrillic keeps only the composed letters
 * that are real letters of our languages (й, ё, ў, ї, Tajik ӣ, ӯ); Kazakh/Kyrgyz letters such as қ, ң, ө, ү
 * have no decomposition and are untouched. On Arabic script loose marks are optional vowel signs (harakat)
 * that lexicons never carry, so they go too; composed hamza letters (أ, ؤ, ئ) stay. In other scripts
 * (Devanagari …) marks are vowel signs that make up the word, so they stay.
 */
export function stripDisguiseMarks(units: Units): Units {
  if (!units.chars.some(mayBeDisguiseMark)) return units;
  const out: Units = { chars: [], srcs: [] };
  let base: string | undefined;
  units.chars.forEach((ch, i) => {
    if (kindOf(ch) === 'mark') {
      if (base === undefined || scriptOf(base) !== 'other') return;
    } else {
      base = ch;
    }
    out.chars.push(ch.length === 1 && ch.charCodeAt(0) < 0x80 ? ch : withoutDiacritics(ch));
    out.srcs.push(units.srcs[i]!);
  });
  return out;
}

function mayBeDisguiseMark(ch: string): boolean {
  return (ch.length > 1 || ch.charCodeAt(0) >= 0x80) && (kindOf(ch) === 'mark' || withoutDiacritics(ch) !== ch);
}

const REAL_CYRILLIC_COMPOSED = new Set(['й', 'ё', 'ў', 'ї', 'ӣ', 'ӯ']);
const baseLetterCache = new Map<string, string>();

function withoutDiacritics(ch: string): string {
  let base = baseLetterCache.get(ch);
  if (base === undefined) {
    const [first = ch] = [...ch.normalize('NFD')];
    const script = scriptOf(first);
    const strip = first !== ch && kindOf(first) === 'letter' && !REAL_CYRILLIC_COMPOSED.has(ch)
      && (script === 'Latn' || script === 'Cyrl' || /\p{Script=Greek}/u.test(first));
    base = strip ? first : ch;
    baseLetterCache.set(ch, base);
  }
  return base;
}

/**
 * "sh!t", "b!tch": an exclamation mark between two Latin letters is an "i". Only between letters, so the
 * "!" ending a sentence ("Thanks!") never joins the next word.
 */
export function readInnerSymbols(units: Units): Units {
  const { chars } = units;
  const inner = (i: number) => chars[i] === '!' && isLatinLetter(chars[i - 1]) && isLatinLetter(chars[i + 1]);
  if (!chars.some((_, i) => inner(i))) return units;
  return { chars: chars.map((ch, i) => (inner(i) ? 'i' : ch)), srcs: units.srcs };
}

function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && kindOf(ch) === 'letter' && scriptOf(ch) === 'Latn';
}

export function foldSpellingVariants(units: Units): Units {
  if (!units.chars.some((ch) => ch in SPELLING_VARIANTS)) return units;
  return flatMapUnits(units, (ch) => SPELLING_VARIANTS[ch] ?? ch);
}

/** Runs of three or more of the same letter become one ("fuuuuck"). Doubles stay: they are real spelling. */
export function collapseRepeats(units: Units): Units {
  const { chars: all } = units;
  if (!all.some((ch, i) => ch === all[i + 1] && ch === all[i + 2] && kindOf(ch) === 'letter')) return units;
  const out: Units = { chars: [], srcs: [] };
  const { chars, srcs } = units;
  for (let i = 0; i < chars.length;) {
    let end = i + 1;
    while (end < chars.length && chars[end] === chars[i]) end++;
    const keep = end - i >= 3 && kindOf(chars[i]!) === 'letter' ? 1 : end - i;
    for (let k = i; k < i + keep; k++) {
      out.chars.push(chars[k]!);
      out.srcs.push(srcs[k]!);
    }
    i = end;
  }
  return out;
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const kind = kindOf(ch);
  return kind === 'letter' || kind === 'digit' || kind === 'mark' || LEET_SYMBOLS.has(ch);
}

function isSeparator(ch: string | undefined): boolean {
  return ch !== undefined && !isWordChar(ch) && ch !== '\n' && ch !== '\r';
}

/** "с у к а", "f-u-c-k", "b.1.t.c.h": three or more single characters, one same separator apart, are joined. */
export function joinSpacedLetters(units: Units): Units {
  const { chars, srcs } = units;
  const word = chars.map(isWordChar);
  const single = (i: number) => word[i] === true && word[i - 1] !== true && word[i + 1] !== true;
  if (!chars.some((_, i) => single(i) && single(i + 2) && single(i + 4))) return units;
  const out: Units = { chars: [], srcs: [] };
  for (let i = 0; i < chars.length;) {
    let last = i;
    // One separator, the same one throughout: "f-u-c-k b.1.t.c.h" is two words, not one.
    const separator = chars[i + 1];
    if (single(i) && isSeparator(separator)) while (chars[last + 1] === separator && single(last + 2)) last += 2;
    const run = (last - i) / 2 + 1;
    let letters = 0;
    for (let k = i; k <= last; k += 2) if (kindOf(chars[k]!) === 'letter') letters++;
    const join = run >= 3 && letters >= 2;
    for (let k = i; k <= last; k += join ? 2 : 1) {
      out.chars.push(chars[k]!);
      out.srcs.push(srcs[k]!);
    }
    i = last + 1;
  }
  return out;
}

/**
 * Per word (a run of letters, digits, "@" and "$"): decide its script by majority and fold look-alikes of
 * the other script into it; then read digits and symbols as leetspeak when the word has at least two letters
 * (so "2026", "4x4" and "100k" stay as written).
 */
export function foldWords(units: Units): Units {
  let chars = units.chars;
  for (let i = 0; i < chars.length;) {
    if (!isWordChar(chars[i])) { i++; continue; }
    let end = i;
    while (isWordChar(chars[end])) end++;
    const folded = foldWord(chars.slice(i, end));
    if (folded) {
      if (chars === units.chars) chars = chars.slice();
      chars.splice(i, folded.length, ...folded);
    }
    i = end;
  }
  return chars === units.chars ? units : { chars, srcs: units.srcs };
}

/** The folded word, or undefined when it has nothing to fold (the usual case, kept cheap). */
function foldWord(word: string[]): string[] | undefined {
  let latin = 0, cyrillic = 0, letters = 0, others = 0;
  for (const ch of word) {
    if (kindOf(ch) !== 'letter') { others++; continue; }
    letters++;
    const script = scriptOf(ch);
    // A letter with no twin in the other script is stronger evidence of the word's real script.
    if (script === 'Latn') latin += ch in LATIN_TO_CYRILLIC ? 1 : 2;
    else if (script === 'Cyrl') cyrillic += ch in CYRILLIC_TO_LATIN ? 1 : 2;
  }
  const mixed = latin > 0 && cyrillic > 0;
  const leetspeak = others > 0 && letters >= 2 && (latin > 0 || cyrillic > 0);
  if (!mixed && !leetspeak) return undefined; // one script, no digits: nothing to fold; other scripts: no leet
  // Ties go to Cyrillic: a word of pure look-alikes mixing both scripts ("cукa") is a disguised Cyrillic word far more often.
  const toCyrillic = cyrillic >= latin;
  const twins = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  const leet = toCyrillic ? LEET_CYRILLIC : LEET_LATIN;
  return word.map((ch) => (mixed ? twins[ch] : undefined) ?? (leetspeak ? leet[ch] : undefined) ?? ch);
}

function flatMapUnits(units: Units, step: (ch: string) => string | string[]): Units {
  const out: Units = { chars: [], srcs: [] };
  units.chars.forEach((ch, i) => {
    const result = step(ch);
    if (typeof result === 'string') {
      out.chars.push(result);
      out.srcs.push(units.srcs[i]!);
    } else {
      for (const part of result) {
        out.chars.push(part);
        out.srcs.push(units.srcs[i]!);
      }
    }
  });
  return out;
}

const PREPARE = [foldCase, stripInvisible, stripDisguiseMarks, foldSpellingVariants, readInnerSymbols];

export function normaliseForMatching(text: string): NormalisedText {
  let units = toUnits(text);
  // NFKC per cluster is the costliest step; most comments are already NFKC and need no pass at all.
  if (text.normalize('NFKC') !== text) units = composeCompatibility(units);
  units = PREPARE.reduce((current, step) => step(current), units);
  // Joining and leet can each expose work for the other ("x 4aa y" → "x a y" → "xay"), so the
  // undisguising steps repeat until joining and word folding find nothing more to do.
  for (let round = 0; round < 4; round++) {
    const collapsed = collapseRepeats(units);
    const joined = joinSpacedLetters(collapsed);
    const folded = foldWords(joined);
    units = collapseRepeats(folded);
    if (sameChars(collapsed, joined) && sameChars(joined, folded)) break;
  }
  return toNormalisedText(units);
}

function sameChars(a: Units, b: Units): boolean {
  if (a.chars.length !== b.chars.length) return false;
  for (let i = 0; i < a.chars.length; i++) if (a.chars[i] !== b.chars[i]) return false;
  return true;
}

function toNormalisedText(units: Units): NormalisedText {
  const map: number[] = [];
  units.chars.forEach((ch, i) => {
    for (let k = 0; k < ch.length; k++) map.push(units.srcs[i]!);
  });
  return { text: units.chars.join(''), map };
}
