// Checks what a journalist typed before it is saved, and settles the derived values
// (the slug, tags by slug, the lead image's alt text). Each problem is a key of the
// adminArticles catalog (article-errors.ts) whose message names the field and says how to
// fix it, because the editor shows it next to that field, in the admin's language.
import type { Db } from '../db/database.ts';
import { isValidSlug, slugify } from '../lib/slug.ts';
import { findMedia } from '../media/media.queries.ts';
import { listSites } from '../sites/site.queries.ts';
import {
  findArticleIdBySlug, listAuthorIdsInSite, listGroupLocales, listSlugsLike, sectionExistsInSite, type EditableArticle,
} from './article.queries.ts';
import type { ArticleInput } from './save-article.ts';
import type { ArticleError, ArticleErrors } from './article-errors.ts';

export const LIMITS = {
  headline: 200, headlineRecommended: 70, summary: 400, summaryRecommended: 160, dateline: 60,
  caption: 500, credit: 200, alt: 300, tag: 60, tags: 20, authors: 20, body: 200_000,
} as const;

export const SLUG_TAKEN: ArticleError = { key: 'slugTaken' };

/** ArticleInput after validation: trimmed, tags resolved to slugs, slug and translation group decided. */
export type CheckedInput = Omit<ArticleInput, 'tags' | 'slug' | 'translationGroupId'> & {
  tags: Array<{ slug: string; name: string }>;
  slug: string;
  translationGroupId: string | null;
};

export type CheckResult = { ok: true; value: CheckedInput } | { ok: false; errors: ArticleErrors };

/** Length as people count it: one per code point, not per UTF-16 unit. */
export const lengthOf = (text: string): number => [...text].length;

type TooLongKey = 'headlineTooLong' | 'summaryTooLong' | 'datelineTooLong' | 'captionTooLong' | 'creditTooLong' | 'altTooLong' | 'bodyTooLong';

function tooLong(errors: ArticleErrors, field: string, value: string, max: number, key: TooLongKey): void {
  const count = lengthOf(value);
  if (count > max) errors[field] = { key, values: { max, count } };
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

function checkTexts(input: ArticleInput, errors: ArticleErrors): void {
  if (input.headline.trim() === '') errors.headline = { key: 'headlineMissing' };
  tooLong(errors, 'headline', input.headline.trim(), LIMITS.headline, 'headlineTooLong');
  tooLong(errors, 'summary', input.summary.trim(), LIMITS.summary, 'summaryTooLong');
  tooLong(errors, 'dateline', input.dateline.trim(), LIMITS.dateline, 'datelineTooLong');
  tooLong(errors, 'leadCaption', input.leadCaption.trim(), LIMITS.caption, 'captionTooLong');
  tooLong(errors, 'leadCredit', input.leadCredit.trim(), LIMITS.credit, 'creditTooLong');
  tooLong(errors, 'leadAlt', input.leadAlt.trim(), LIMITS.alt, 'altTooLong');
  tooLong(errors, 'bodyMd', input.bodyMd, LIMITS.body, 'bodyTooLong');
}

function checkTags(tags: Array<{ slug: string; name: string }>, errors: ArticleErrors): void {
  if (tags.length > LIMITS.tags) errors.tags = { key: 'tooManyTags', values: { max: LIMITS.tags, count: tags.length } };
  const long = tags.find((t) => lengthOf(t.name) > LIMITS.tag);
  if (long) errors.tags = { key: 'tagTooLong', values: { max: LIMITS.tag, tag: [...long.name].slice(0, 20).join('') } };
}

async function checkReferences(db: Db, input: ArticleInput, errors: ArticleErrors): Promise<void> {
  const site = (await listSites(db)).find((s) => s.id === input.siteId);
  if (!site) throw new Error(`unknown site ${input.siteId}`);
  if (!site.locales.includes(input.locale)) errors.locale = { key: 'localeNotOnSite', values: { locales: site.locales.join(', ') } };
  if (!input.sectionId || !(await sectionExistsInSite(db, input.siteId, input.sectionId))) errors.sectionId = { key: 'sectionMissing' };
  const authorIds = [...new Set(input.authorIds)];
  if (authorIds.length === 0) errors.authorIds = { key: 'authorsMissing' };
  else if (authorIds.length > LIMITS.authors) errors.authorIds = { key: 'tooManyAuthors', values: { max: LIMITS.authors } };
  else if ((await listAuthorIdsInSite(db, input.siteId, authorIds)).length !== authorIds.length) {
    errors.authorIds = { key: 'authorGone' };
  }
}

async function resolveLeadAlt(db: Db, input: ArticleInput, errors: ArticleErrors): Promise<string> {
  const typed = input.leadAlt.trim();
  if (!input.leadMediaId) return typed;
  const media = await findMedia(db, input.siteId, input.leadMediaId);
  if (!media) {
    errors.leadMediaId = { key: 'leadImageGone' };
    return typed;
  }
  const alt = typed || media.alt.trim();
  if (alt === '') errors.leadAlt = { key: 'leadAltMissing' };
  return alt;
}

/** The slug to store: the typed one if valid and free; otherwise kept or made from the headline. */
async function resolveSlug(db: Db, input: ArticleInput, existing: EditableArticle | null, errors: ArticleErrors): Promise<string> {
  const typed = (input.slug ?? '').trim().toLowerCase();
  const selfId = existing?.id ?? null;
  if (typed !== '') {
    if (!isValidSlug(typed)) {
      errors.slug = { key: 'slugInvalid' };
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
export function localeTakenError(locale: string): ArticleError {
  return { key: 'localeTaken', values: { locale } };
}

/** A translation group holds at most one article per locale, and only articles of one site. */
async function checkTranslationGroup(db: Db, input: ArticleInput, existing: EditableArticle | null, errors: ArticleErrors): Promise<string | null> {
  const group = input.translationGroupId || existing?.translationGroupId || null;
  if (!group) return null;
  const locales = await listGroupLocales(db, input.siteId, group, existing?.id ?? null);
  // Joining another group (a new translation) needs that group to exist here: no group ids made up in a form.
  if (group !== existing?.translationGroupId && locales.length === 0) {
    errors.locale = { key: 'translationSourceGone' };
  } else if (locales.includes(input.locale)) {
    errors.locale = localeTakenError(input.locale);
  }
  return group;
}

export async function checkArticleInput(db: Db, input: ArticleInput, existing: EditableArticle | null): Promise<CheckResult> {
  const errors: ArticleErrors = {};
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
