// Uzbek in both its alphabets: Cyrillic (still in print and on many sites) and the official
// Latin of 1995. The letters follow CLDR's uz_Cyrl-uz_Latn transform (ш sh, ч ch, ғ gʻ, ў oʻ,
// қ q, ҳ h, х x, ж j, ё yo, ю yu, я ya, ъ ʼ, ь dropped, е → ye at a word's start and after a
// vowel, ъ or ь). Where the 1995 spelling rules say more than CLDR, we follow the rules, so the
// Latin reads as Uzbeks write it (docs/decisions/0007):
//  - ц is "s" at a word's start and after a consonant, "ts" after a vowel (sirk, Fransiya, militsiya;
//    CLDR always writes ts). Latin "ts" goes back as т + с: native t + s across a suffix (ketsa,
//    aytsa, oʻtsa) is far more common in running text than a ц loanword.
//  - Latin e is э at a word's start and after a vowel (eski эски, poeziya поэзия).
//  - с before ҳ is sʼh in Latin (Isʼhoq Исҳоқ), so that it does not read as sh; ъ after ў is not
//    written again (мўъжиза moʻjiza).
//  - the month names whose stems differ between the alphabets (сентябр sentabr, октябр oktabr).
// Latin → Cyrillic cannot restore what Latin does not write (ь, ц, йо for yo…). It makes the Cyrillic
// of native words, and every Latin word made of the alphabet comes back unchanged through Cyrillic.
import { normaliseUzbekLatin, OKINA, TUTUQ } from './uzbek-apostrophes.ts';

export { normaliseUzbekLatin, OKINA, TUTUQ } from './uzbek-apostrophes.ts';

const CYRL_LATN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: `g${OKINA}`, д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'q',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: `o${OKINA}`, ф: 'f', х: 'x', ҳ: 'h',
  ч: 'ch', ш: 'sh', ъ: TUTUQ, ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Russian letters of loanwords and names, as Uzbek Latin spells those words.
  щ: 'sh', ы: 'i',
};

const LATN_CYRL: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', d: 'д', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
  q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з',
  [`o${OKINA}`]: 'ў', [`g${OKINA}`]: 'ғ', sh: 'ш', ch: 'ч', yo: 'ё', yu: 'ю', ya: 'я', [`s${TUTUQ}h`]: 'сҳ',
};

/** Word beginnings spelled differently in the two alphabets (Cyrillic kept the Russian form). */
const STEMS: ReadonlyArray<readonly [cyrillic: string, latin: string]> = [['сентябр', 'sentabr'], ['октябр', 'oktabr']];

const VOWELS = new Set([...'аеёиоуўэюя', ...'aeiou']);
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isLower = (ch: string | undefined) => ch !== undefined && /\p{Ll}/u.test(ch);
const isUpper = (ch: string | undefined) => ch !== undefined && /\p{Lu}/u.test(ch);

/** A vowel just before position i, in either alphabet (mixed text happens: a Latin name in Cyrillic). */
function afterVowel(chars: readonly string[], i: number): boolean {
  const prev = chars[i - 1]?.toLowerCase();
  return prev !== undefined && (VOWELS.has(prev) || (prev === OKINA && chars[i - 2]?.toLowerCase() === 'o'));
}

/** Where e/е reads "ye": at a word's start, after a vowel, and after the signs ъ ь ʼ. */
const yeContext = (chars: readonly string[], i: number) =>
  !isLetter(chars[i - 1]) || afterVowel(chars, i) || ['ъ', 'ь', TUTUQ].includes(chars[i - 1]!.toLowerCase());

/** Same letters, same case pattern: SENTABR, Sentabr, sentabr. */
function matchCase(target: string, source: string): string {
  const cased = Array.from(source).filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (cased.length > 1 && cased.every((c) => isUpper(c))) return target.toUpperCase();
  return cased.length > 0 && isUpper(cased[0]) ? target.charAt(0).toUpperCase() + target.slice(1) : target;
}

function stemAt(chars: readonly string[], i: number, from: 0 | 1): { text: string; length: number } | undefined {
  if (isLetter(chars[i - 1])) return undefined;
  for (const stem of STEMS) {
    const source = chars.slice(i, i + stem[from].length).join('');
    if (source.toLowerCase() === stem[from]) return { text: matchCase(stem[from === 0 ? 1 : 0], source), length: stem[from].length };
  }
  return undefined;
}

function latinOf(chars: readonly string[], i: number, lower: string): string | undefined {
  switch (lower) {
    case 'е': return yeContext(chars, i) ? 'ye' : 'e';
    case 'ц': return afterVowel(chars, i) ? 'ts' : 's';
    case 'с': return chars[i + 1]?.toLowerCase() === 'ҳ' ? `s${TUTUQ}` : 's';
    // мўъжиза is moʻjiza: after ў the Latin ʻ already stands where the sign would.
    case 'ъ': return chars[i - 1]?.toLowerCase() === 'ў' ? '' : TUTUQ;
    default: return CYRL_LATN[lower];
  }
}

/** A capital's Latin: SH next to capitals, Sh otherwise (Шаҳар Shahar, ТОШКЕНТ TOSHKENT, Ш Sh). */
function capitalised(latin: string, chars: readonly string[], i: number): string {
  const next = chars[i + 1];
  const allCaps = isUpper(next) || (!isLower(next) && isUpper(chars[i - 1]));
  return allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** Uzbek Cyrillic to Uzbek Latin (Ўзбекистон → Oʻzbekiston). Other text passes through. */
export function uzCyrlToLatn(text: string): string {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const stem = stemAt(chars, i, 0);
    if (stem) {
      out += stem.text;
      i += stem.length - 1;
      continue;
    }
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const latin = latinOf(chars, i, lower);
    if (latin === undefined) out += ch;
    else out += ch === lower || latin === '' ? latin : capitalised(latin, chars, i);
  }
  return out.normalize('NFC');
}

/** The Cyrillic of the Latin letter (or digraph) at position i, and how many characters it took. */
function cyrillicAt(chars: readonly string[], i: number): { cyrillic: string; length: number } | undefined {
  const one = chars[i]!.toLowerCase();
  const two = one + (chars[i + 1]?.toLowerCase() ?? '');
  if (two === 'ye') return { cyrillic: yeContext(chars, i) ? 'е' : 'йе', length: 2 };
  if (one === 'e') return { cyrillic: yeContext(chars, i) ? 'э' : 'е', length: 1 };
  // yoʻl is й + ўл, not ё.
  if (two === 'yo' && chars[i + 2] === OKINA) return { cyrillic: 'й', length: 1 };
  const three = two + (chars[i + 2]?.toLowerCase() ?? '');
  if (LATN_CYRL[three]) return { cyrillic: LATN_CYRL[three], length: 3 };
  if (LATN_CYRL[two]) return { cyrillic: LATN_CYRL[two], length: 2 };
  if (one === TUTUQ) {
    const lower = isLower(chars[i - 1]) || isLower(chars[i + 1]) || !(isUpper(chars[i - 1]) || isUpper(chars[i + 1]));
    return { cyrillic: lower ? 'ъ' : 'Ъ', length: 1 };
  }
  return LATN_CYRL[one] ? { cyrillic: LATN_CYRL[one], length: 1 } : undefined;
}

/**
 * Uzbek Latin to Uzbek Cyrillic (Oʻzbekiston → Ўзбекистон). Apostrophe variants are read as ʻ or ʼ
 * first (normaliseUzbekLatin); letters outside the Uzbek alphabet (c, w) pass through.
 */
export function uzLatnToCyrl(text: string): string {
  const chars = Array.from(normaliseUzbekLatin(text.normalize('NFC')));
  let out = '';
  for (let i = 0; i < chars.length;) {
    const stem = stemAt(chars, i, 1);
    const found = stem ? { cyrillic: stem.text, length: stem.length } : cyrillicAt(chars, i);
    if (!found) {
      out += chars[i];
      i += 1;
      continue;
    }
    const source = chars.slice(i, i + found.length).join('');
    out += stem || chars[i] === TUTUQ ? found.cyrillic : matchCase(found.cyrillic, source);
    i += found.length;
  }
  return out.normalize('NFC');
}
