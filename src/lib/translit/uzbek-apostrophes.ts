// Uzbek Latin writes two different marks that keyboards turn into whatever apostrophe is at
// hand: the oʻ/gʻ letters take U+02BB (ʻ, turned comma) and the tutuq belgisi, the glottal stop
// in maʼno or sanʼat, takes U+02BC (ʼ). People type ' ` ´ ‘ ’ ʻ ʼ for either, so "O'zbekiston",
// "O‘zbekiston" and "Oʻzbekiston" must compare equal; this is where they are made one.
/** U+02BB MODIFIER LETTER TURNED COMMA: the mark of oʻ and gʻ. */
export const OKINA = '\u02BB';
/** U+02BC MODIFIER LETTER APOSTROPHE: the tutuq belgisi (maʼno). */
export const TUTUQ = '\u02BC';

/** Everything typed for ʻ or ʼ: ' ` ´ ‘ ’ ʹ ʻ ʼ ʽ. */
export const APOSTROPHES = /['`\u00B4\u2018\u2019\u02B9\u02BB\u02BC\u02BD]/u;
/** Modifier letters are never quotation marks, so they are letters wherever they stand. */
const MODIFIERS = new Set(['\u02B9', OKINA, TUTUQ, '\u02BD']);

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/**
 * One spelling for Uzbek Latin apostrophes: after o or g the mark is ʻ (oʻ, gʻ), elsewhere inside
 * a word it is ʼ (tutuq belgisi). A typewriter quote that is not inside a word is punctuation
 * ('yangi' quoted) and stays as typed; so does ' after an o at a word's end ("Bobo'" closing a
 * quotation), while g' at a word's end is gʻ (togʻ, bogʻ) — no Uzbek word ends in the tutuq after g.
 */
export function normaliseUzbekLatin(text: string): string {
  if (!APOSTROPHES.test(text)) return text;
  const chars = Array.from(text);
  let out = '';
  let prev: string | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    // What went before is read from the output, so a second pass changes nothing.
    const mark = APOSTROPHES.test(ch) && isLetter(prev) ? markAfter(prev!, ch, isLetter(chars[i + 1])) : ch;
    out += mark;
    prev = mark;
  }
  return out;
}

function markAfter(prev: string, typed: string, letterFollows: boolean): string {
  const letterHere = MODIFIERS.has(typed) || letterFollows;
  const lower = prev.toLowerCase();
  if (lower === 'g') return OKINA;
  if (lower === 'o') return letterHere ? OKINA : typed;
  return letterHere ? TUTUQ : typed;
}
