// Locale-dependent presentation: text direction, dates, and joining names.
// Both direction and the Intl tag come from the locale registry (locales.ts), so a
// Dari page is right-to-left and dated in the Gregorian calendar with Persian digits.
// Formatters are costly to build, so one per locale and style is kept.
import { localeInfo } from './locales.ts';

export type Direction = 'ltr' | 'rtl';

/** `rtl` for Arabic, Dari, Pashto, Urdu (and any tag whose script is written right to left), else `ltr`. */
export function directionOf(locale: string): Direction {
  return localeInfo(locale).dir;
}

/**
 * The tag Intl formats a locale's dates and numbers with: Gregorian calendar, the locale's
 * own digits (`fa-AF-u-ca-gregory`). Unknown or malformed tags get English's. A tag that
 * already carries Unicode extensions (the catalogs hand the browser islands `fa-AF-u-ca-gregory`)
 * keeps them, with the calendar set to Gregorian, rather than being extended a second time.
 */
export function formatTagOf(locale: string): string {
  if (!/-u-/i.test(locale)) return localeInfo(locale).formatTag;
  try {
    return new Intl.Locale(locale, { calendar: 'gregory' }).toString();
  } catch {
    return localeInfo('en').formatTag;
  }
}

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const RIGHT_TO_LEFT_ISOLATE = '\u2067';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Text written in `textLocale` shown on a `pageLocale` page. When their directions differ (an
 * English fallback string on an Arabic page) it is wrapped in Unicode directional isolates, so
 * it keeps its own order: "Do you like this article?", not "?Do you like this article", and
 * "4 Comments", not "Comments 4". For strings that end up as text or attribute values (catalog
 * messages); markup uses <bdi> or a dir attribute instead. Speech ignores the isolates.
 */
export function isolatedIn(pageLocale: string, textLocale: string, text: string): string {
  const direction = directionOf(textLocale);
  if (text === '' || direction === directionOf(pageLocale)) return text;
  return `${direction === 'rtl' ? RIGHT_TO_LEFT_ISOLATE : LEFT_TO_RIGHT_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "8 June 2026, 09:00 UTC" in the reader's locale (Russian genitive months come from Intl). */
export function formatDateTime(locale: string, iso: string): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    // Sites do not carry a time zone yet, so times are shown and labelled in UTC.
    format = dateTimeFormat(locale);
    if (dateTimeFormats.size < 500) dateTimeFormats.set(locale, format);
  }
  // Intl formatting is slow next to the rest of a page; comment times repeat on every render of a thread.
  const key = `${locale}\u0000${iso}`;
  const known = formattedDateTimes.get(key);
  if (known !== undefined) return known;
  const date = new Date(iso);
  const formatted = Number.isNaN(date.getTime()) ? '' : format.format(date);
  if (formattedDateTimes.size >= FORMATTED_KEPT) formattedDateTimes.clear();
  formattedDateTimes.set(key, formatted);
  return formatted;
}

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short',
};

function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  try {
    // Never the locale's default calendar: fa-AF would date a story 1405, not 2026.
    return new Intl.DateTimeFormat(formatTagOf(locale), DATE_TIME_OPTIONS);
  } catch {
    // A tag that already carries its own -u- extension, say: English rather than a 500.
    return new Intl.DateTimeFormat(formatTagOf('en'), DATE_TIME_OPTIONS);
  }
}

const FORMATTED_KEPT = 20_000;
const formattedDateTimes = new Map<string, string>();

const languageNames = new Map<string, string>();

/** A language's name in that language ("English", "русский"), for language links. */
export function languageName(locale: string): string {
  let name = languageNames.get(locale);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([safeLocale(locale)], { type: 'language' }).of(locale) ?? locale;
    } catch {
      name = locale;
    }
    languageNames.set(locale, name);
  }
  return name;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * Joins items the way a byline reads: "A", "A and B", "A, B and C". Items stay
 * values (links, not strings) so the caller decides how each one renders.
 */
export function joinNatural<T>(items: readonly T[], and: string): Array<T | string> {
  const out: Array<T | string> = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? ` ${and} ` : ', ');
    out.push(item);
  });
  return out;
}
