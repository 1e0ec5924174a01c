// The editor form as the person typed it. Values stay strings so a form with errors
// comes back exactly as sent; toArticleInput turns them into what the use cases take.
import { formList, formString } from '../admin/forms.tsx';
import { parseCommentModeChoice } from '../comment-settings/comment-mode-choice.ts';
import { slugify } from '../lib/slug.ts';
import type { EditableArticle } from './article.queries.ts';
import { parseIntent, type EditorIntent } from './article-access.ts';
import type { ArticleInput } from './save-article.ts';

export interface EditorValues {
  headline: string;
  summary: string;
  sectionId: string;
  authorIds: string[];
  /** Comma-separated tag names. */
  tags: string;
  dateline: string;
  locale: string;
  slug: string;
  bodyMd: string;
  leadMediaId: string;
  leadCaption: string;
  leadCredit: string;
  leadAlt: string;
  version: string;
  /** `YYYY-MM-DDTHH:MM`, read as UTC. */
  publishAt: string;
  translationGroupId: string;
  /** '' inherits the section's comment moderation; otherwise pre | post | closed. */
  commentMode: string;
}

export const EMPTY_VALUES: EditorValues = {
  headline: '', summary: '', sectionId: '', authorIds: [], tags: '', dateline: '', locale: '', slug: '', bodyMd: '',
  leadMediaId: '', leadCaption: '', leadCredit: '', leadAlt: '', version: '', publishAt: '', translationGroupId: '', commentMode: '',
};

/** Textareas keep their line breaks and leading spaces (Markdown indentation matters); only line endings are unified. */
export function rawText(fields: unknown, name: string): string {
  const value = fields && typeof fields === 'object' ? (fields as Record<string, unknown>)[name] : undefined;
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' ? text.replace(/\r\n?/g, '\n') : '';
}

export function readEditorForm(fields: Record<string, string | string[]>): { values: EditorValues; intent: EditorIntent } {
  const values: EditorValues = {
    headline: formString(fields, 'headline'), summary: formString(fields, 'summary'),
    sectionId: formString(fields, 'sectionId'), authorIds: formList(fields, 'authorIds'), tags: formString(fields, 'tags'),
    dateline: formString(fields, 'dateline'), locale: formString(fields, 'locale'), slug: formString(fields, 'slug'),
    bodyMd: rawText(fields, 'bodyMd'), leadMediaId: formString(fields, 'leadMediaId'),
    leadCaption: formString(fields, 'leadCaption'), leadCredit: formString(fields, 'leadCredit'),
    leadAlt: formString(fields, 'leadAlt'), version: formString(fields, 'version'), publishAt: formString(fields, 'publishAt'),
    translationGroupId: formString(fields, 'translationGroupId'), commentMode: formString(fields, 'commentMode'),
  };
  return { values, intent: parseIntent(formString(fields, 'intent')) };
}

export function splitTags(tags: string): string[] {
  return tags.split(/[,،、]/).map((t) => t.trim()).filter(Boolean);
}

export function toArticleInput(siteId: string, values: EditorValues): ArticleInput {
  const commentMode = parseCommentModeChoice(values.commentMode);
  return {
    siteId, locale: values.locale, headline: values.headline, summary: values.summary, sectionId: values.sectionId,
    authorIds: values.authorIds, dateline: values.dateline, bodyMd: values.bodyMd, tags: splitTags(values.tags),
    leadMediaId: values.leadMediaId || null, leadCaption: values.leadCaption, leadCredit: values.leadCredit,
    leadAlt: values.leadAlt, slug: values.slug, translationGroupId: values.translationGroupId || undefined,
    commentMode: commentMode.ok ? commentMode.value : undefined,
  };
}

/**
 * Until an article is first published its slug follows the headline, so the form leaves the
 * field empty (automatic) unless someone typed a slug of their own.
 */
export function shownSlug(article: Pick<EditableArticle, 'slug' | 'headline' | 'publishedAt'> & { locale?: string }): string {
  if (article.publishedAt) return article.slug;
  const base = slugify(article.headline, article.locale);
  const automatic = article.slug === base || (article.slug.startsWith(`${base}-`) && /^\d+$/.test(article.slug.slice(base.length + 1)));
  return automatic ? '' : article.slug;
}

export function valuesOf(article: EditableArticle): EditorValues {
  return {
    headline: article.headline, summary: article.summary, sectionId: article.sectionId, authorIds: article.authorIds,
    tags: article.tagNames.join(', '), dateline: article.dateline, locale: article.locale, slug: shownSlug(article),
    bodyMd: article.bodyMd, leadMediaId: article.leadMediaId ?? '', leadCaption: article.leadCaption,
    leadCredit: article.leadCredit, leadAlt: article.leadAlt, version: String(article.version),
    publishAt: article.publishAt ? article.publishAt.slice(0, 16) : '', translationGroupId: '', commentMode: article.commentMode ?? '',
  };
}

/** Reads a `datetime-local` value as UTC; undefined when it is not a date and time. */
export function parseUtcLocal(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return undefined;
  const date = new Date(`${value}Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Dates roll over (30 February becomes 2 March): only a value that reads back the same is a real time.
  const iso = date.toISOString();
  return iso.startsWith(value.slice(0, 16)) ? iso : undefined;
}
