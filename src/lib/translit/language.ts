// The language a locale tag names, which is all transliteration needs: uz-Latn and uz-Cyrl are
// both Uzbek, fa-AF is Persian (Dari). Parsed by hand so that a malformed tag is just "unknown".
const ALIASES: Readonly<Record<string, string>> = { prs: 'fa', pes: 'fa', pbu: 'ps', pbt: 'ps', pst: 'ps', uzn: 'uz', uzs: 'uz' };

/** ISO 639 language of a BCP 47 tag, lower-case (`uz-Cyrl` → `uz`); undefined without one. */
export function languageOf(locale: string | undefined): string | undefined {
  const language = locale?.split(/[-_]/, 1)[0]?.toLowerCase();
  if (!language || !/^[a-z]{2,3}$/.test(language)) return undefined;
  return ALIASES[language] ?? language;
}
