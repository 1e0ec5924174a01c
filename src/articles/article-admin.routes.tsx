// The newsroom's article pages under /admin/articles: list, new, edit (with the workflow
// buttons), live preview and revisions. Permissions are checked here, per article.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { can } from '../accounts/permissions.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite, assertOnAdminSite } from '../admin/admin-site.ts';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { publicLinkBaseOf } from '../admin/public-link.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import type { AppDeps } from '../app-deps.ts';
import { ARTICLE_STATUSES, type ArticleStatus } from '../db/database.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { messagesIn } from '../i18n/catalog.ts';
import { registerUploads } from '../media/multipart.ts';
import { renderArticleBody } from './markdown.ts';
import { findEditableArticle, type EditableArticle } from './article.queries.ts';
import { countAdminArticlesByStatus, listAdminArticles } from './article-admin-list.queries.ts';
import { findAuthorIdOfUser, findTranslationSource, listSectionChoices } from './article-editor.queries.ts';
import { DONE_MESSAGES, submitEditor } from './article-editor-submit.ts';
import { sendEditor, type EditorRequest } from './article-editor-view.ts';
import { EMPTY_VALUES, rawText, valuesOf, type EditorValues } from './article-form.ts';
import { findRevision } from './article-revision.queries.ts';
import { ArticleListPage, type ArticleListQuery } from './ArticleListPage.tsx';
import { RevisionPage } from './RevisionList.tsx';

const PAGE_SIZE = 25;

/** The preview box is in the article's language and direction; this hint is in the admin's. */
function emptyPreview(locale: string): string {
  return renderToString(<p class="hint" lang={locale} dir="ltr">{messagesIn(locale, 'adminArticles').nothingToPreview}</p>);
}

async function editorRequest(deps: AppDeps, request: FastifyRequest): Promise<EditorRequest> {
  const site = await adminSite(deps, request);
  const staff = request.staff!;
  return { deps, site, user: staffOf(request), csrfToken: staff.csrfToken, publicBase: await publicLinkBaseOf(deps, request, site) };
}

/** The article, if it belongs to this site and the person may at least open it (another site's: 403 site_forbidden or 404). */
async function openArticle(ctx: EditorRequest, id: string, request: FastifyRequest): Promise<EditableArticle> {
  const article = await findEditableArticle(ctx.deps.db, id);
  if (!article) throw notFound('article');
  if (article.siteId !== ctx.site.id) await assertOnAdminSite(ctx.deps, request, article.siteId, 'article');
  if (!can(ctx.user.role, 'article.edit', article, ctx.user.id)) throw forbidden('You can only open articles you created.');
  return article;
}

function listQuery(raw: Record<string, unknown>): ArticleListQuery {
  const status = formString(raw, 'status');
  const page = Number(formString(raw, 'page'));
  return {
    status: (ARTICLE_STATUSES as readonly string[]).includes(status) ? (status as ArticleStatus) : undefined,
    sectionId: formString(raw, 'sectionId') || undefined,
    q: formString(raw, 'q').slice(0, 200) || undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

async function newArticleValues(ctx: EditorRequest, raw: Record<string, unknown>): Promise<EditorValues> {
  const requested = formString(raw, 'locale');
  const locale = ctx.site.locales.includes(requested) ? requested : ctx.site.defaultLocale;
  const ownAuthor = await findAuthorIdOfUser(ctx.deps.db, ctx.site.id, ctx.user.id);
  const values: EditorValues = { ...EMPTY_VALUES, locale, authorIds: ownAuthor ? [ownAuthor] : [] };
  const source = formString(raw, 'translationOf') ? await findTranslationSource(ctx.deps.db, ctx.site.id, formString(raw, 'translationOf')) : undefined;
  if (!source) return values;
  // The translator starts from the source's placement, byline, image and tags; caption and alt text
  // come in the source's language, to be translated (the editor shows them in the new locale's direction).
  return {
    ...values, translationGroupId: source.translationGroupId, sectionId: source.sectionId, authorIds: source.authorIds,
    dateline: source.dateline, leadMediaId: source.leadMediaId ?? '', leadCaption: source.leadCaption, leadCredit: source.leadCredit,
    leadAlt: source.leadAlt, tags: source.tagNames.join(', '), commentMode: source.commentMode ?? '',
  };
}

export async function articleAdminRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  await registerUploads(app, deps);

  app.get('/admin/articles', { preHandler: requireStaff('article.create') }, async (request, reply) => {
    const ctx = await editorRequest(deps, request);
    const query = listQuery(request.query as Record<string, unknown>);
    const ownOnly = !can(ctx.user.role, 'article.edit', { createdBy: null }, ctx.user.id);
    const filter = { siteId: ctx.site.id, ...query, createdBy: ownOnly ? ctx.user.id : undefined };
    const rows = await listAdminArticles(deps.db, filter, { limit: PAGE_SIZE + 1, offset: (query.page - 1) * PAGE_SIZE });
    return sendAdminPage(reply, <ArticleListPage user={ctx.user} csrfToken={ctx.csrfToken} query={query}
      items={rows.slice(0, PAGE_SIZE)} hasNext={rows.length > PAGE_SIZE} counts={await countAdminArticlesByStatus(deps.db, filter)}
      sections={await listSectionChoices(deps.db, ctx.site.id)} ownOnly={ownOnly} canCreate={can(ctx.user.role, 'article.create')} />);
  });

  app.get('/admin/articles/new', { preHandler: requireStaff('article.create') }, async (request, reply) => {
    const ctx = await editorRequest(deps, request);
    return sendEditor(ctx, reply, { article: null, values: await newArticleValues(ctx, request.query as Record<string, unknown>) });
  });

  app.post('/admin/articles', { preHandler: requireStaff('article.create') }, async (request, reply) =>
    submitEditor(await editorRequest(deps, request), request, reply, null));

  app.get<{ Params: { id: string } }>('/admin/articles/:id', { preHandler: requireStaff('article.edit') }, async (request, reply) => {
    const ctx = await editorRequest(deps, request);
    const article = await openArticle(ctx, request.params.id, request);
    const done = DONE_MESSAGES[formString(request.query, 'done')];
    const flash = done ? messagesIn(adminLocaleOf(request), 'adminArticles')[done] : undefined;
    return sendEditor(ctx, reply, { article, values: valuesOf(article), previewHtml: renderArticleBody(article.bodyMd), flash });
  });

  app.post<{ Params: { id: string } }>('/admin/articles/:id', { preHandler: requireStaff('article.edit') }, async (request, reply) => {
    const ctx = await editorRequest(deps, request);
    return submitEditor(ctx, request, reply, await openArticle(ctx, request.params.id, request));
  });

  // The live preview island posts the Markdown here; the answer is the sanitised HTML fragment.
  app.post('/admin/articles/preview', { preHandler: requireStaff('article.edit') }, async (request: FastifyRequest, reply: FastifyReply) => {
    const html = renderArticleBody(rawText(request.body, 'bodyMd'));
    return reply.header('cache-control', 'no-store').header('vary', 'Accept-Language, Cookie').type('text/html; charset=utf-8')
      .send(html || emptyPreview(adminLocaleOf(request)));
  });

  app.get<{ Params: { id: string; version: string } }>('/admin/articles/:id/revisions/:version', { preHandler: requireStaff('article.edit') }, async (request, reply) => {
    const ctx = await editorRequest(deps, request);
    const article = await openArticle(ctx, request.params.id, request);
    const revision = /^\d{1,9}$/.test(request.params.version) ? await findRevision(deps.db, article.id, Number(request.params.version)) : undefined;
    if (!revision) throw notFound('revision');
    return sendAdminPage(reply, <RevisionPage user={ctx.user} csrfToken={ctx.csrfToken} revision={revision} bodyHtml={renderArticleBody(revision.bodyMd)} />);
  });
}
