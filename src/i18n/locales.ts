// The locales Serai knows by name: BCP 47 tags that carry the script where a language
// is written in more than one (uz-Latn / uz-Cyrl), each with its direction, its short
// name in itself (for the language switcher) and the tag Intl formats it with.
// A site may publish in a tag not listed here; localeInfo() then derives the same facts
// from Intl, so the list is a set of good defaults, not a gate.
import type { Direction } from './locale-format.ts';

export interface LocaleInfo {
  /** Canonical BCP 47 tag, as it appears in URLs: `uz-Latn`, `fa-AF`. */
  tag: string;
  /** ISO 639 language: `uz`, `fa`. */
  language: string;
  /** ISO 15924 script: `Latn`, `Cyrl`, `Arab`. */
  script: string;
  dir: Direction;
  /** The language's name in itself, as readers look for it in a switcher. */
  name: string;
  /** The name in English, for admins choosing a site's locales. */
  englishName: string;
  /**
   * The tag Intl formats dates and numbers with. Gregorian calendar everywhere (a story's
   * date must read the same in all its translations and in structured data); digits are
   * the locale's own (Persian digits for Dari and Pashto, Latin for Arabic and Urdu, as
   * CLDR and the region's newsrooms write them).
   */
  formatTag: string;
}

const KNOWN: readonly LocaleInfo[] = ([
  { tag: 'en', language: 'en', script: 'Latn', dir: 'ltr', name: 'English', englishName: 'English', formatTag: 'en' },
  { tag: 'ru', language: 'ru', script: 'Cyrl', dir: 'ltr', name: 'Русский', englishName: 'Russian', formatTag: 'ru' },
  { tag: 'kk-Cyrl', language: 'kk', script: 'Cyrl', dir: 'ltr', name: 'Қазақша', englishName: 'Kazakh (Cyrillic)', formatTag: 'kk-Cyrl' },
  { tag: 'ky-Cyrl', language: 'ky', script: 'Cyrl', dir: 'ltr', name: 'Кыргызча', englishName: 'Kyrgyz', formatTag: 'ky-Cyrl' },
  { tag: 'tg-Cyrl', language: 'tg', script: 'Cyrl', dir: 'ltr', name: 'Тоҷикӣ', englishName: 'Tajik', formatTag: 'tg-Cyrl' },
  { tag: 'tk-Latn', language: 'tk', script: 'Latn', dir: 'ltr', name: 'Türkmençe', englishName: 'Turkmen', formatTag: 'tk-Latn' },
  { tag: 'uz-Latn', language: 'uz', script: 'Latn', dir: 'ltr', name: 'Oʻzbekcha', englishName: 'Uzbek (Latin)', formatTag: 'uz-Latn' },
  { tag: 'uz-Cyrl', language: 'uz', script: 'Cyrl', dir: 'ltr', name: 'Ўзбекча', englishName: 'Uzbek (Cyrillic)', formatTag: 'uz-Cyrl' },
  { tag: 'ar', language: 'ar', script: 'Arab', dir: 'rtl', name: 'العربية', englishName: 'Arabic', formatTag: 'ar' },
  { tag: 'fa-AF', language: 'fa', script: 'Arab', dir: 'rtl', name: 'دری', englishName: 'Dari', formatTag: 'fa-AF' },
  { tag: 'ps', language: 'ps', script: 'Arab', dir: 'rtl', name: 'پښتو', englishName: 'Pashto', formatTag: 'ps' },
  { tag: 'ur', language: 'ur', script: 'Arab', dir: 'rtl', name: 'اردو', englishName: 'Urdu', formatTag: 'ur' },
] satisfies LocaleInfo[]).map((info) => ({ ...info, formatTag: `${info.formatTag}-u-ca-gregory` }));

const BY_TAG = new Map(KNOWN.map((info) => [info.tag.toLowerCase(), info]));
const derived = new Map<string, LocaleInfo>();

/** The locales Serai ships names and defaults for, in the order admins see them. */
export const KNOWN_LOCALES: readonly LocaleInfo[] = KNOWN;

/** The canonical spelling of a tag (`UZ-latn` → `uz-Latn`), or undefined when it is not a BCP 47 tag. */
export function canonicalLocale(tag: string): string | undefined {
  if (tag.length === 0 || tag.length > 35 || !/^[A-Za-z0-9-]+$/.test(tag)) return undefined;
  const known = BY_TAG.get(tag.toLowerCase());
  if (known) return known.tag;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Facts about a locale: the table above, else derived from Intl (unknown tags read as English LTR). */
export function localeInfo(tag: string): LocaleInfo {
  const known = BY_TAG.get(tag.toLowerCase());
  if (known) return known;
  let info = derived.get(tag);
  if (!info) {
    info = deriveInfo(tag);
    if (derived.size < 500) derived.set(tag, info);
  }
  return info;
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

function deriveInfo(tag: string): LocaleInfo {
  try {
    const locale = new Intl.Locale(tag).maximize();
    const script = locale.script ?? 'Latn';
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    const englishName = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
    return {
      tag, language: locale.language, script, dir: RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr',
      name: name.charAt(0).toLocaleUpperCase(tag) + name.slice(1), englishName, formatTag: `${tag}-u-ca-gregory`,
    };
  } catch {
    return { tag, language: 'und', script: 'Latn', dir: 'ltr', name: tag, englishName: tag, formatTag: 'en-GB-u-ca-gregory' };
  }
}
