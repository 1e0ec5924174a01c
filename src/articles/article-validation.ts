// Checks what a journalist typed before it is saved, and settles the derived values
// (the slug, tags by slug, the lead image's alt text). Every message names the field
// and says how to fix it, because it is shown next to that field in the editor.
import type { Db } from '../db/database.ts';
import { localeInfo } from '../i18n/locales.ts';
import { isValidSlug, slugify } from '../lib/slug.ts';
import { findMedia } from '../media/media.queries.ts';
import { listSites } from '../sites/site.queries.ts';
import {
  findArticleIdBySlug, listAuthorIdsInSite, listGroupLocales, listSlugsLike, sectionExistsInSite, type EditableArticle,
} from './article.queries.ts';
import type { ArticleInput } from './save-article.ts';

export const LIMITS = {
  headline: 200, headlineRecommended: 70, summary: 400, summaryRecommended: 160, dateline: 60,
  caption: 500, credit: 200, alt: 300, tag: 60, tags: 20, authors: 20, body: 200_000,
} as const;

export const SLUG_TAKEN = 'Another article in this language already uses this slug. Choose a different one.';

/** ArticleInput after validation: trimmed, tags resolved to slugs, slug and translation group decided. */
export type CheckedInput = Omit<ArticleInput, 'tags' | 'slug' | 'translationGroupId'> & {
  tags: Array<{ slug: string; name: string }>;
  slug: string;
  translationGroupId: string | null;
};

export type CheckResult = { ok: true; value: CheckedInput } | { ok: false; errors: Record<string, string> };

/** Length as people count it: one per code point, not per UTF-16 unit. */
export const lengthOf = (text: string): number => [...text].length;

function tooLong(errors: Record<string, string>, field: string, value: string, max: number, what: string): void {
  const n = lengthOf(value);
  if (n > max) errors[field] = `Keep the ${what} to ${max} characters or fewer (it has ${n}).`;
}

/** Tag names from the form: trimmed, blank ones dropped, one per slug (slugs in the site's default locale: tags are shared by all its locales). */
export function normaliseTags(names: string[], siteLocale?: string): Array<{ slug: string; name: string }> {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    const slug = slugify(name, siteLocale);
    if (!seen.has(slug)) seen.set(slug, name);
  }
  return [...seen].map(([slug, name]) => ({ slug, name }));
}

function checkTexts(input: ArticleInput, errors: Record<string, string>): void {
  if (input.headline.trim() === '') errors.headline = 'Write a headline.';
  tooLong(errors, 'headline', input.headline.trim(), LIMITS.headline, 'headline');
  tooLong(errors, 'summary', input.summary.trim(), LIMITS.summary, 'summary');
  tooLong(errors, 'dateline', input.dateline.trim(), LIMITS.dateline, 'dateline (e.g. BISHKEK)');
  tooLong(errors, 'leadCaption', input.leadCaption.trim(), LIMITS.caption, 'caption');
  tooLong(errors, 'leadCredit', input.leadCredit.trim(), LIMITS.credit, 'credit');
  tooLong(errors, 'leadAlt', input.leadAlt.trim(), LIMITS.alt, 'image description');
  tooLong(errors, 'bodyMd', input.bodyMd, LIMITS.body, 'article text');
}

function checkTags(tags: Array<{ slug: string; name: string }>, errors: Record<string, string>): void {
  if (tags.length > LIMITS.tags) errors.tags = `Use at most ${LIMITS.tags} tags (there are ${tags.length}).`;
  const long = tags.find((t) => lengthOf(t.name) > LIMITS.tag);
  if (long) errors.tags = `Keep each tag to ${LIMITS.tag} characters or fewer ("${long.name.slice(0, 20)}…" is longer).`;
}

async function checkReferences(db: Db, input: ArticleInput, errors: Record<string, string>): Promise<void> {
  const site = (await listSites(db)).find((s) => s.id === input.siteId);
  if (!site) throw new Error(`unknown site ${input.siteId}`);
  if (!site.locales.includes(input.locale)) errors.locale = `Choose one of this site's languages: ${site.locales.join(', ')}.`;
  if (!input.sectionId || !(await sectionExistsInSite(db, input.siteId, input.sectionId))) errors.sectionId = 'Choose a section.';
  const authorIds = [...new Set(input.authorIds)];
  if (authorIds.length === 0) errors.authorIds = 'Choose at least one author for the byline.';
  else if (authorIds.length > LIMITS.authors) errors.authorIds = `A byline can name at most ${LIMITS.authors} authors.`;
  else if ((await listAuthorIdsInSite(db, input.siteId, authorIds)).length !== authorIds.length) {
    errors.authorIds = 'One of the chosen authors does not exist on this site any more. Choose again.';
  }
}

async function resolveLeadAlt(db: Db, input: ArticleInput, errors: Record<string, string>): Promise<string> {
  const typed = input.leadAlt.trim();
  if (!input.leadMediaId) return typed;
  const media = await findMedia(db, input.siteId, input.leadMediaId);
  if (!media) {
    errors.leadMediaId = 'The chosen image no longer exists. Choose another one or upload a new one.';
    return typed;
  }
  const alt = typed || media.alt.trim();
  if (alt === '') errors.leadAlt = 'Describe the lead image for readers who cannot see it (alt text).';
  return alt;
}

/** The slug to store: the typed one if valid and free; otherwise kept or made from the headline. */
async function resolveSlug(db: Db, input: ArticleInput, existing: EditableArticle | null, errors: Record<string, string>): Promise<string> {
  const typed = (input.slug ?? '').trim().toLowerCase();
  const selfId = existing?.id ?? null;
  if (typed !== '') {
    if (!isValidSlug(typed)) {
      errors.slug = 'Use only lowercase letters, digits and single hyphens in the slug, e.g. border-crossing-reopens.';
      return typed;
    }
    const holder = await findArticleIdBySlug(db, input.siteId, input.locale, typed);
    if (holder && holder !== selfId) errors.slug = SLUG_TAKEN;
    return typed;
  }
  // A published article keeps its address unless someone edits the slug on purpose.
  const base = existing?.publishedAt ? existing.slug : slugify(input.headline.trim(), input.locale);
  const taken = new Set(await listSlugsLike(db, input.siteId, input.locale, base, selfId));
  const numbered = (slug: string) => slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
  if (existing && existing.locale === input.locale && !taken.has(existing.slug) && numbered(existing.slug)) return existing.slug;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Shown by the language field when the group already has an article in that locale (also when two editors race). */
export function localeTakenMessage(locale: string): string {
  return `This article already has a translation in ${localeInfo(locale).englishName} (${locale}). Open that translation from the translations table to change it, or choose another language.`;
}

/** A translation group holds at most one article per locale, and only articles of one site. */
async function checkTranslationGroup(db: Db, input: ArticleInput, existing: EditableArticle | null, errors: Record<string, string>): Promise<string | null> {
  const group = input.translationGroupId || existing?.translationGroupId || null;
  if (!group) return null;
  const locales = await listGroupLocales(db, input.siteId, group, existing?.id ?? null);
  // Joining another group (a new translation) needs that group to exist here: no group ids made up in a form.
  if (group !== existing?.translationGroupId && locales.length === 0) {
    errors.locale = 'The article this was to be a translation of no longer exists. Start the translation again from that article.';
  } else if (locales.includes(input.locale)) {
    errors.locale = localeTakenMessage(input.locale);
  }
  return group;
}

export async function checkArticleInput(db: Db, input: ArticleInput, existing: EditableArticle | null): Promise<CheckResult> {
  const errors: Record<string, string> = {};
  checkTexts(input, errors);
  const tags = normaliseTags(input.tags, (await listSites(db)).find((s) => s.id === input.siteId)?.defaultLocale);
  checkTags(tags, errors);
  await checkReferences(db, input, errors);
  const leadAlt = await resolveLeadAlt(db, input, errors);
  const slug = await resolveSlug(db, input, existing, errors);
  const translationGroupId = await checkTranslationGroup(db, input, existing, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      siteId: input.siteId, locale: input.locale, headline: input.headline.trim(), summary: input.summary.trim(),
      sectionId: input.sectionId, authorIds: [...new Set(input.authorIds)], dateline: input.dateline.trim(),
      bodyMd: input.bodyMd, tags, leadMediaId: input.leadMediaId || null, leadCaption: input.leadCaption.trim(),
      leadCredit: input.leadCredit.trim(), leadAlt, slug, translationGroupId, commentMode: input.commentMode,
    },
  };
}
