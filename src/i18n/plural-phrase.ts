// A plural message with its forms already chosen for one locale, as the server hands it to
// the browser islands (in a data attribute): "1 символ" / "5 символов" without shipping
// intl-messageformat or the catalogs. The server extracts the forms from the ICU message
// (catalog.ts, pluralPhrase()); this file only picks one and fills it in. Pure, no imports:
// the islands bundle it.

/** One text per CLDR plural category (or exact `=N` selector); `#` is the number, `{name}` another value. */
export type PluralForms = Partial<Record<string, string>> & { other: string };

export interface PluralPhrase {
  /**
   * The Intl tag whose plural rules pick the form and whose digits write the number: the
   * locale the text is written in, so English fallback text keeps English rules and digits.
   */
  locale: string;
  forms: PluralForms;
}

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
    if (map.size < 200) map.set(locale, value);
  }
  return value;
}

/** A number written with the tag's digits and grouping ("1,500", "1 500", "۱٬۵۰۰"). */
export function formatNumberIn(locale: string, n: number): string {
  return cached(numbers, locale, (l) => new Intl.NumberFormat(l)).format(n);
}

/** The phrase for `n`, with `#` and any `{name}` values (numbers written the phrase's way) filled in. */
export function pluralPhraseText(phrase: PluralPhrase, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  const { locale, forms } = phrase;
  const category = cached(rules, locale, (l) => new Intl.PluralRules(l)).select(n);
  const form = forms[`=${n}`] ?? forms[category] ?? forms.other;
  return form.replace(/#|\{(\w+)\}/g, (whole, name: string | undefined) => {
    if (name === undefined) return formatNumberIn(locale, n);
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumberIn(locale, value) : value;
  });
}

const percents = new Map<string, Intl.NumberFormat>();

/** A whole percentage (0–100) with the tag's digits and sign: "80%", "80 %", "۸۰٪". */
export function formatPercentIn(locale: string, percent: number): string {
  return cached(percents, locale, (l) => new Intl.NumberFormat(l, { style: 'percent' })).format(percent / 100);
}
