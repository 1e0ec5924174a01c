// The <news:language> Google News wants: an ISO 639 code (two or three letters) of the
// language alone, lower case, except Chinese, which is zh-cn (Simplified) or zh-tw
// (Traditional). Scripts and regions are dropped: uz-Latn → uz, fa-AF → fa, kk-Cyrl → kk.
// https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap

export function newsLanguage(locale: string): string {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return locale.split('-')[0]!.toLowerCase();
  }
  const language = parsed.language.toLowerCase();
  if (language !== 'zh') return language;
  // No script given: the likely one for the region (zh-TW, zh-HK → Hant; zh, zh-CN → Hans).
  const script = parsed.script ?? parsed.maximize().script;
  return script === 'Hant' ? 'zh-tw' : 'zh-cn';
}
