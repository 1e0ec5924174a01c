// Counts written the locale's way (plural phrases themselves are ICU messages: catalog.ts).
// Numbers are written with the registry's Intl tag (locales.ts: Persian digits for Dari and
// Pashto, what CLDR gives for Arabic), but a phrase that falls back to English keeps English
// digits: "5 Comments", never "۵ Comments". Anything that formats a number inside a message
// (ICU catalogs included) does the same: formatCount(<the locale the text is written in>, n).
import { formatTagOf } from './locale-format.ts';
import { formatNumberIn } from './plural-phrase.ts';

/** A count in the locale's digits and grouping: "1,500", "1 500", "۱٬۵۰۰". */
export function formatCount(locale: string, n: number): string {
  return formatNumberIn(formatTagOf(locale), n);
}
