// Small helpers shared by the article and site heads.

/** Open Graph writes locales with an underscore (en_US); BCP 47 subtags keep their case: uz-Latn → uz_Latn. */
export const ogLocale = (locale: string) => locale.replace(/-/g, '_');

/** The published translations other than this page's locale, in a stable order. */
export function alternateLocales(locale: string, translations: readonly string[]): string[] {
  return [...new Set(translations)].filter((other) => other !== locale).sort();
}
