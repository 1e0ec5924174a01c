// Cyrillic to readable ASCII for slugs, one table per language, because the same letter is read
// differently: ж is zh in Russian and Kazakh but j in Kyrgyz (Jogorku Kenesh, Jalal-Abad), and each
// language has letters of its own. Tables take lower-case letters; Uzbek has its own module
// (uzbek.ts), since it is a real alphabet conversion with context rules, not a romanisation.
// The schemes, and why, are in docs/decisions/0007-slugs-per-script.md.

/** Russian, close to the scheme Russian news sites use in URLs (BGN/PCGN-like, no diacritics). */
const RUSSIAN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // ё is e: Russian print mostly writes е for ё, and one headline must not get two slugs by how it was typed.
  ё: 'e',
};

/**
 * Letters of the Kazakh (ә ғ қ ң ө ұ ү һ і), Kyrgyz (ң ө ү), Tajik (ғ ӣ қ ӯ ҳ ҷ) and Uzbek (ў ғ қ ҳ)
 * alphabets, in the readings those languages' own Latin practice uses without diacritics
 * (Qazaqstan, Aqtobe, Oskemen; Khujand, Tojikiston; Kol). Every table carries them, for names.
 */
const CENTRAL_ASIAN: Readonly<Record<string, string>> = {
  ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u', ў: 'o', ҡ: 'q',
};

/** Outside Russian, ё is a letter of its own (Tajik ёр, Kazakh and Kyrgyz loans): yo. */
const KAZAKH = { ...RUSSIAN, ...CENTRAL_ASIAN, ё: 'yo' };
/** Kyrgyz ж is j, as Kyrgyz write it in Latin (Jogorku Kenesh, Jalal-Abad, Jeenbekov). */
const KYRGYZ = { ...KAZAKH, ж: 'j' };
const TAJIK = KAZAKH;

/**
 * The table slugs used before slugs took a locale, one for every language (it happens to be the
 * Kazakh one). Kept as the default so that callers without a locale, and slugs already stored,
 * do not change.
 */
const GENERAL: Readonly<Record<string, string>> = KAZAKH;

const BY_LANGUAGE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ru: { ...RUSSIAN, ...CENTRAL_ASIAN, ё: 'e' }, kk: KAZAKH, ky: KYRGYZ, tg: TAJIK,
};

/** The romanisation table for a language (ISO 639 code); the general table for any other. */
export function cyrillicTable(language: string | undefined): Readonly<Record<string, string>> {
  return (language && BY_LANGUAGE[language]) || GENERAL;
}

/** Replaces every lower-case letter the table knows; everything else passes through. */
export function romaniseCyrillic(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
}
