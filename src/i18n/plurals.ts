// Plural-sensitive phrases ("1 Comment", "5 комментариев"): one form per CLDR plural
// category, chosen by Intl.PluralRules for the locale; `#` becomes the number written
// the locale's way. A catalog maps a language to its forms; English is the fallback.
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

export function formatCount(locale: string, n: number): string {
  return cached(numbers, locale, (l) => new Intl.NumberFormat(l)).format(n);
}

export function pluralize(locale: string, catalog: PluralCatalog, n: number): string {
  const language = locale.split('-')[0]!.toLowerCase();
  const own = catalog[locale] ?? catalog[language];
  const forms = own ?? catalog.en;
  const category = cached(rules, own ? locale : 'en', (l) => new Intl.PluralRules(l)).select(n);
  return (forms[category] ?? forms.other).replace(/#/g, formatCount(own ? locale : 'en', n));
}
