// One page in the site's locales: the hreflang alternates search engines get and the
// targets of the language switcher readers use. Pure: the routes gather the facts
// (which translations are published, which locales have articles with a tag) and the
// Layout renders them.
import { articleUrl, homeUrl, languageChoiceUrl } from '../lib/urls.ts';

export interface PageVersions {
  /**
   * locale → path of this same page in that locale, its own locale included. Only pages a
   * reader can open now (published translations, home pages, section pages); hreflang lists
   * exactly these when there are two or more.
   */
  alternates: Record<string, string>;
  /** The version for readers none of the alternates serve (hreflang="x-default"). */
  xDefault?: string;
  /** locale → where the switcher goes when that locale has no alternate (the same tag's list…); else the locale's home. */
  related?: Record<string, string>;
}

/** Pages that exist in every locale of the site (home, a section): x-default is the site default's version. */
export function siteWideVersions(site: { locales: readonly string[]; defaultLocale: string }, pathIn: (locale: string) => string): PageVersions {
  const alternates = Object.fromEntries(site.locales.map((locale) => [locale, pathIn(locale)]));
  return { alternates, xDefault: alternates[site.defaultLocale] };
}

/** locale → list path, for the locales given (tag and author lists: where they have articles). */
export function relatedLists(locales: readonly string[], pathIn: (locale: string) => string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale, pathIn(locale)]));
}

export interface PublishedTranslation { id: string; locale: string; slug: string; publishedAt: string | null }

/**
 * An article's versions: its published translations in the site's locales (itself included).
 * x-default is the translation in the site's default locale; without one, the original (the
 * article that started the group, whose id the group carries); without that, the first published.
 */
export function translationVersions(
  site: { locales: readonly string[]; defaultLocale: string }, groupId: string, translations: readonly PublishedTranslation[],
): PageVersions {
  const live = site.locales.map((locale) => translations.find((t) => t.locale === locale)).filter((t) => t !== undefined);
  const alternates = Object.fromEntries(live.map((t) => [t.locale, articleUrl(t.locale, t.slug)]));
  const firstPublished = [...live].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id))[0];
  const chosen = live.find((t) => t.locale === site.defaultLocale) ?? live.find((t) => t.id === groupId) ?? firstPublished;
  return { alternates, xDefault: chosen ? alternates[chosen.locale] : undefined };
}

/** Where the switcher's link for `locale` leads: the page in that locale, a related page, or that locale's home. */
export function switcherTarget(versions: PageVersions | undefined, locale: string, current: { locale: string; path?: string }): string {
  const own = versions?.alternates[locale] ?? versions?.related?.[locale];
  if (own) return own;
  if (locale === current.locale && current.path) return current.path;
  return homeUrl(locale);
}

/** The switcher's href: through the endpoint that remembers the choice. */
export function switcherHref(versions: PageVersions | undefined, locale: string, current: { locale: string; path?: string }): string {
  return languageChoiceUrl(locale, switcherTarget(versions, locale, current));
}

export interface HreflangLink { hreflang: string; href: string }

/**
 * `<link rel="alternate" hreflang>` entries: every version (the page itself included) and
 * x-default, as absolute URLs. Empty without an origin (hreflang must be absolute and a cached
 * page must not carry one reader's Host header to the next), when the page has one version,
 * or on a page that is not itself one of the versions (page 2 of a list).
 */
export function hreflangLinks(versions: PageVersions | undefined, origin: string, self: { locale: string; path?: string }): HreflangLink[] {
  if (!versions || !origin || !self.path || versions.alternates[self.locale] !== self.path) return [];
  const entries = Object.entries(versions.alternates);
  if (entries.length < 2) return [];
  const links = entries.map(([hreflang, path]) => ({ hreflang, href: `${origin}${path}` }));
  if (versions.xDefault) links.push({ hreflang: 'x-default', href: `${origin}${versions.xDefault}` });
  return links;
}
