// The languages of a site as the form chooses them: from the locales Serai knows
// (KNOWN_LOCALES) plus any the site already has, in an order typed as numbers,
// with one default among them. Pure: the article counts that forbid removing a
// locale come from the caller. Problems are worded in the admin's language (`locale`).
import { messagesIn, t } from '../i18n/catalog.ts';
import { canonicalLocale, KNOWN_LOCALES, localeInfo } from '../i18n/locales.ts';
import { localeNameIn } from './locale-names.ts';

export const positionField = (locale: string) => `position.${locale}`;

/** `name`: the language's name in itself; the form names it in the admin's language too (locale-names.ts). */
export interface LocaleChoice { tag: string; name: string; dir: 'ltr' | 'rtl' }

/** The rows the form offers: the site's own locales first (in their order), then every other known one. */
export function localeChoices(siteLocales: readonly string[]): LocaleChoice[] {
  const tags = [...siteLocales, ...KNOWN_LOCALES.map((l) => l.tag).filter((t) => !siteLocales.includes(t))];
  return tags.map((tag) => {
    const info = localeInfo(tag);
    return { tag, name: info.name, dir: info.dir };
  });
}

export type LocalesResult = { ok: true; locales: string[] } | { ok: false; errors: Record<string, string> };

/**
 * The ticked locales in the order of their typed positions (blank positions after the
 * numbered ones, in the order the rows came), each a known tag or one the site already has.
 */
export function orderLocales(ticked: readonly string[], positions: Record<string, string>, siteLocales: readonly string[], locale = 'en'): LocalesResult {
  const m = messagesIn(locale, 'adminUsers');
  const allowed = new Set([...KNOWN_LOCALES.map((l) => l.tag), ...siteLocales]);
  const errors: Record<string, string> = {};
  const chosen: Array<{ tag: string; position: number; row: number }> = [];
  for (const [row, raw] of ticked.entries()) {
    const tag = canonicalLocale(raw);
    if (!tag || !allowed.has(tag)) return { ok: false, errors: { locales: m.localesUnknown } };
    if (chosen.some((c) => c.tag === tag)) continue;
    const typed = (positions[tag] ?? '').trim();
    const position = typed === '' ? Number.POSITIVE_INFINITY : Number(typed);
    if (typed !== '' && (!Number.isInteger(position) || Math.abs(position) > 999)) errors[positionField(tag)] = m.positionInvalid;
    chosen.push({ tag, position, row });
  }
  if (chosen.length === 0) errors.locales = m.localesNone;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  chosen.sort((a, b) => (a.position === b.position ? a.row - b.row : a.position - b.position));
  return { ok: true, locales: chosen.map((c) => c.tag) };
}

/** "Russian (ru) has 3 articles…": why a locale cannot be removed, or undefined when none is blocked. */
export function removalProblem(removed: readonly string[], articleCounts: ReadonlyMap<string, number>, locale = 'en'): string | undefined {
  const m = messagesIn(locale, 'adminUsers');
  const blocked = removed.filter((tag) => (articleCounts.get(tag) ?? 0) > 0);
  if (blocked.length === 0) return undefined;
  const parts = blocked.map((tag) => t(m, 'localeArticles', { language: localeNameIn(locale, tag), tag, count: articleCounts.get(tag)! }));
  return t(m, 'localesBlocked', { list: parts.join('; '), languages: blocked.length });
}
