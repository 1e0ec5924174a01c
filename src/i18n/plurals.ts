// Plural-sensitive phrases ("1 Comment", "5 комментариев"): one form per CLDR plural
// category, chosen by Intl.PluralRules for the locale; `#` becomes the number written
// the locale's way. A catalog maps a language to its forms; English is the fallback.
// Numbers are written with the registry's Intl tag (locales.ts: Persian digits for Dari and
// Pashto, what CLDR gives for Arabic), but a phrase that falls back to English keeps English
// digits: "5 Comments", never "۵ Comments". Anything that formats a number inside a message
// (ICU catalogs included) does the same: formatCount(<the locale the text is written in>, n).
import { formatTagOf } from './locale-format.ts';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type PluralCatalog = Record<string, PluralForms> & { en: PluralForms };

const rules = new Map<string, Intl.PluralRules>();
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

/** The locale's own forms (exact tag, then its language), if the catalog has them. */
function ownForms(catalog: PluralCatalog, locale: string): PluralForms | undefined {
  return catalog[locale] ?? catalog[locale.split('-')[0]!.toLowerCase()];
}

/** The forms to use for a locale: its own, else English. */
export function formsIn(catalog: PluralCatalog, locale: string): PluralForms {
  return ownForms(catalog, locale) ?? catalog.en;
}

/** One phrase from forms already chosen for the locale (as the browser islands receive them). */
export function pluralForm(locale: string, forms: PluralForms, n: number): string {
  const category = cached(rules, locale, (l) => new Intl.PluralRules(l)).select(n);
  return (forms[category] ?? forms.other).replace(/#/g, formatCount(locale, n));
}

export function pluralize(locale: string, catalog: PluralCatalog, n: number): string {
  // A locale without forms of its own speaks English, by English plural rules.
  return ownForms(catalog, locale) ? pluralForm(locale, formsIn(catalog, locale), n) : pluralForm('en', catalog.en, n);
}
