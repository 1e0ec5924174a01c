// Counts written the locale's way (plural phrases themselves are ICU messages: catalog.ts).
// Numbers are written with the registry's Intl tag (locales.ts: Persian digits for Dari and
// Pashto, what CLDR gives for Arabic), but a phrase that falls back to English keeps English
// digits: "5 Comments", never "۵ Comments". Anything that formats a number inside a message
// (ICU catalogs included) does the same: formatCount(<the locale the text is written in>, n).
import { formatTagOf } from './locale-format.ts';

const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: (l: string) => T): T {
  let value = map.get(locale);
  if (!value) {
    try {
      value = make(locale);
    } catch {
      value = make('en');
    }
    if (map.size < 500) map.set(locale, value);
  }
  return value;
}

/** A count in the locale's digits and grouping: "1,500", "1 500", "۱٬۵۰۰". */
export function formatCount(locale: string, n: number): string {
  return cached(numbers, locale, (l) => new Intl.NumberFormat(formatTagOf(l))).format(n);
}
