// Gathers what the editor page shows besides the form values (choices, revisions,
// translations, the island scripts) and sends it. Used by every editor route, so a
// re-rendered form after an error looks exactly like the first one.
import type { FastifyReply } from 'fastify';
import { h } from 'preact';
import type { AppDeps } from '../app-deps.ts';
import type { SessionUser } from '../accounts/session.queries.ts';
import { can } from '../accounts/permissions.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { sendAdminPage } from '../admin/reply.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { articleUrl } from '../lib/urls.ts';
import { findMedia, listMedia } from '../media/media.queries.ts';
import type { Site } from '../sites/site.queries.ts';
import { clientAssets, scriptUrl } from '../http/client-assets.ts';
import type { EditableArticle } from './article.queries.ts';
import { offeredIntents } from './article-access.ts';
import { listAuthorChoices, listSectionChoices, listTranslations } from './article-editor.queries.ts';
import type { EditorValues } from './article-form.ts';
import { articleFieldErrors, type ArticleErrors } from './article-errors.ts';
import { listRevisions } from './article-revision.queries.ts';
import { ArticleEditorPage, type EditedArticle, type TranslationRow } from './ArticleEditorPage.tsx';
import type { MediaChoice } from './LeadImagePicker.tsx';

export interface EditorRequest {
  deps: AppDeps;
  site: Site;
  user: SessionUser['user'];
  csrfToken: string;
  /** Prefix for links to public pages: '' on the Host's site, else the admin site's origin (src/admin/public-link.ts). */
  publicBase: string;
}

export interface EditorState {
  article: EditableArticle | null;
  values: EditorValues;
  /** Problems by field, worded in the admin's language when the page is rendered. */
  errors?: ArticleErrors;
  conflict?: boolean;
  previewHtml?: string;
  flash?: string;
  status?: number;
}

const RECENT_MEDIA = 12;

async function mediaChoices(ctx: EditorRequest, selectedId: string): Promise<MediaChoice[]> {
  const recent = await listMedia(ctx.deps.db, ctx.site.id, { limit: RECENT_MEDIA, offset: 0 });
  if (selectedId && !recent.some((m) => m.id === selectedId)) {
    const selected = await findMedia(ctx.deps.db, ctx.site.id, selectedId);
    if (selected) recent.unshift(selected);
  }
  return recent;
}

async function commentCounts(ctx: EditorRequest, articleId: string): Promise<{ visible: number; pending: number }> {
  const counts = await findCounts(ctx.deps.db, articleId);
  return { visible: counts.commentsVisible, pending: counts.commentsPending };
}

/** One row per locale of the site (and any other locale the group already uses), the edited article included. */
async function translationRows(ctx: EditorRequest, article: EditableArticle): Promise<TranslationRow[]> {
  const members = await listTranslations(ctx.deps.db, ctx.site.id, article.translationGroupId);
  const locales = [...new Set([...ctx.site.locales, ...members.map((m) => m.locale)])];
  return locales.map((locale) => {
    const member = members.find((m) => m.locale === locale);
    return { locale, current: member?.id === article.id, article: member ? { id: member.id, headline: member.headline, status: member.status } : null };
  });
}

async function editedArticle(ctx: EditorRequest, article: EditableArticle): Promise<EditedArticle> {
  return {
    id: article.id, status: article.status, slug: article.slug, publishAt: article.publishAt, publishedAt: article.publishedAt,
    viewUrl: article.status === 'published' ? `${ctx.publicBase}${articleUrl(article.locale, article.slug)}` : null,
    comments: can(ctx.user.role, 'comment.moderate') ? await commentCounts(ctx, article.id) : null,
    translations: await translationRows(ctx, article), canTranslate: can(ctx.user.role, 'article.create'),
  };
}

export async function sendEditor(ctx: EditorRequest, reply: FastifyReply, state: EditorState): Promise<FastifyReply> {
  const { deps, site, user } = ctx;
  const article = state.article;
  const assets = await clientAssets();
  const target = article ?? { createdBy: user.id, status: 'draft' as const };
  const page = h(ArticleEditorPage, {
    user, csrfToken: ctx.csrfToken,
    scripts: [scriptUrl(assets, 'markdown-preview'), scriptUrl(assets, 'length-hints')],
    article: article ? await editedArticle(ctx, article) : null,
    values: state.values, errors: articleFieldErrors(adminLocaleOf(reply.request), state.errors), conflict: state.conflict ?? false,
    previewHtml: state.previewHtml ?? '', flash: state.flash,
    intents: offeredIntents(user, target),
    sections: await listSectionChoices(deps.db, site.id), authors: await listAuthorChoices(deps.db, site.id),
    locales: site.locales, media: await mediaChoices(ctx, state.values.leadMediaId),
    revisions: article ? await listRevisions(deps.db, article.id) : [],
    nowIso: deps.clock.now().toISOString(), maxUploadMb: Math.floor(deps.config.maxUploadBytes / 1_048_576),
  });
  return sendAdminPage(reply, page, state.status ?? 200);
}
