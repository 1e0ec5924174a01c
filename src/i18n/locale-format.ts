// Locale-dependent presentation: text direction, dates, and joining names.
// Formatters are costly to build, so one per locale and style is kept.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export type Direction = 'ltr' | 'rtl';

const directions = new Map<string, Direction>();

export function directionOf(locale: string): Direction {
  let direction = directions.get(locale);
  if (!direction) {
    direction = lookUpDirection(locale);
    if (directions.size < 1000) directions.set(locale, direction);
  }
  return direction;
}

function lookUpDirection(locale: string): Direction {
  let language = locale.split('-')[0]!.toLowerCase();
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    language = info.language;
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // Not a valid tag: fall back to the table below.
  }
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "8 June 2026, 09:00 UTC" in the reader's locale (Russian genitive months come from Intl). */
export function formatDateTime(locale: string, iso: string): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    // Sites do not carry a time zone yet, so times are shown and labelled in UTC.
    format = new Intl.DateTimeFormat(safeLocale(locale), {
      day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short',
    });
    dateTimeFormats.set(locale, format);
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
