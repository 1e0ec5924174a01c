// The moderation queue: /admin/moderation (site-wide) and /admin/articles/:id/comments
// (one article), for moderators, editors and admins (comment.moderate), limited to the
// locales a moderator's scope allows. GET shows a tab; POST to the same address moves,
// features or bulk-moves comments, then redirects back (303) with a confirmation, or,
// for the keyboard island (Accept: application/json), answers JSON. A conflict (someone
// else changed the comment since the page was loaded) is a 409, nothing overwritten.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { can } from '../accounts/permissions.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { publicLinkBaseOf } from '../admin/public-link.ts';
import { sendAdminPage } from '../admin/reply.tsx';
import { findModeratorScope, scopeAllows } from '../commenters/moderator-scope.queries.ts';
import { clientAssets } from '../http/client-assets.ts';
import { wantsJson } from '../http/error-handler.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { featureOne, moderateMany, moderateOne, readModerationRequest, type ActingScope, type OneOutcome } from './moderation-actions.ts';
import { articleCommentsPath, flashFromQuery, listHref, MODERATION_PATH, OLD_MODERATION_PATH, parseListQuery, type DoneAction } from './moderation-list.ts';
import { loadQueuePage } from './moderation-page-data.ts';
import { findModeratedArticle, type ModeratedArticle } from './moderation.queries.ts';
import { conflictProblem, jsonAnswer, type Answer } from './moderation-answers.ts';
import { ModerationPage, type ModerationProblem } from './ModerationPage.tsx';
import { moderationMessagesIn, type ModerationMessages } from './moderation-words.ts';

type IdParams = { Params: { id: string } };

/** The moderator's words for this request (problems and confirmations made outside the views). */
const wordsFor = (request: FastifyRequest): ModerationMessages => moderationMessagesIn(adminLocaleOf(request));

/** Where the request works: the site, the moderator's locales (undefined = all), perhaps one article. */
interface Scope { siteId: string; locales?: string[]; article?: ModeratedArticle; basePath: string; actorId: string; publicBase: string }

const ISLAND = 'moderation-queue';

async function queueScope(deps: AppDeps, request: FastifyRequest, articleId?: string): Promise<Scope> {
  const site = await adminSite(deps, request);
  const actorId = staffOf(request).id;
  const scope = await findModeratorScope(deps.db, actorId, site.id);
  // Thrown errors carry English; the error page says them in the admin's language by their code (http/error-text.ts).
  if (scope.kind === 'none') throw forbidden('You do not moderate comments on this site.');
  const locales = scope.kind === 'locales' ? scope.locales : undefined;
  const publicBase = await publicLinkBaseOf(deps, request, site);
  if (articleId === undefined) return { siteId: site.id, locales, basePath: MODERATION_PATH, actorId, publicBase };
  const article = await findModeratedArticle(deps.db, site.id, articleId);
  if (!article || !scopeAllows(scope, article.locale)) throw notFound('article');
  return { siteId: site.id, locales, article, basePath: articleCommentsPath(article.id), actorId, publicBase };
}

const actingScope = (scope: Scope): ActingScope => ({
  siteId: scope.siteId, actorId: scope.actorId, allows: (locale) => !scope.locales || scope.locales.includes(locale), articleId: scope.article?.id,
});

async function sendList(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, scope: Scope, outcome: { problem?: ModerationProblem; status?: number } = {}) {
  const user = staffOf(request);
  const query = parseListQuery(request.query);
  const page = await loadQueuePage(deps, { siteId: scope.siteId, tab: query.tab, articleId: scope.article?.id, locales: scope.locales }, query);
  const island = (await clientAssets()).get(ISLAND);
  return sendAdminPage(reply, (
    <ModerationPage user={user} csrfToken={request.staff!.csrfToken} article={scope.article} basePath={scope.basePath} publicBase={scope.publicBase}
      links={{ settings: can(user.role, 'site.manage'), editArticle: can(user.role, 'article.edit') }}
      query={{ tab: query.tab, after: page.after }} page={page} script={island?.url}
      flash={outcome.problem ? undefined : flashFromQuery(request.query, wordsFor(request))} problem={outcome.problem} />
  ), outcome.status ?? 200);
}

/** HTML: back to the list (303) or the list with the problem; JSON: the island's answer. */
function answer(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, scope: Scope, result: Answer) {
  if (wantsJson(request)) {
    const json = jsonAnswer(result);
    return reply.code(json.status).header('cache-control', 'no-store').send(json.body);
  }
  if (result.kind === 'done') return reply.redirect(listHref(scope.basePath, parseListQuery(request.query), result.report), 303);
  return sendList(deps, request, reply, scope, { problem: result.problem, status: result.status });
}

function oneAnswer(outcome: OneOutcome, id: string, done: DoneAction, basePath: string, request: FastifyRequest): Answer {
  const m = wordsFor(request);
  if (outcome.kind === 'done') return { kind: 'done', report: { done }, id, status: outcome.status, queue: outcome.queue, version: outcome.version, from: outcome.from };
  if (outcome.kind === 'not_found') return { kind: 'not_found', status: 404, problem: { message: m.problemCommentGone } };
  if (outcome.kind === 'not_approved') return { kind: 'invalid', status: 400, problem: { message: m.problemNotApproved, commentId: id } };
  return { kind: 'conflict', status: 409, problem: conflictProblem(m, basePath, parseListQuery(request.query), id, outcome.now) };
}

async function act(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, scope: Scope) {
  const asked = readModerationRequest(request.body);
  const acting = actingScope(scope);
  if (asked.kind === 'invalid') {
    const problem = { message: wordsFor(request)[asked.problem], commentId: asked.commentId };
    return answer(deps, request, reply, scope, { kind: 'invalid', status: 400, problem });
  }
  if (asked.kind === 'many') {
    const result = await moderateMany(deps, acting, asked.to, asked.targets, asked.reason);
    return answer(deps, request, reply, scope, { kind: 'done', report: { done: asked.to, ...result } });
  }
  if (asked.kind === 'feature') {
    const outcome = await featureOne(deps, acting, asked.featured, asked.target);
    return answer(deps, request, reply, scope, oneAnswer(outcome, asked.target.id, asked.featured ? 'featured' : 'unfeatured', scope.basePath, request));
  }
  const outcome = await moderateOne(deps, acting, asked.to, asked.target, asked.reason);
  return answer(deps, request, reply, scope, oneAnswer(outcome, asked.target.id, asked.to, scope.basePath, request));
}

export async function moderationRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('comment.moderate') };

  // The list's address before issue 4: bookmarks and old links keep working, query and all.
  const moved = (request: FastifyRequest) => {
    const qs = request.url.indexOf('?');
    return qs === -1 ? MODERATION_PATH : `${MODERATION_PATH}${request.url.slice(qs)}`;
  };
  app.get(OLD_MODERATION_PATH, async (request, reply) => reply.redirect(moved(request), 301));
  // A form still open on the old page: 308 makes the browser post the same fields to the new address.
  app.post(OLD_MODERATION_PATH, async (request, reply) => reply.redirect(moved(request), 308));
  app.get(MODERATION_PATH, guard, async (request, reply) => sendList(deps, request, reply, await queueScope(deps, request)));
  app.post(MODERATION_PATH, guard, async (request, reply) => act(deps, request, reply, await queueScope(deps, request)));
  app.get<IdParams>('/admin/articles/:id/comments', guard, async (request, reply) => sendList(deps, request, reply, await queueScope(deps, request, request.params.id)));
  app.post<IdParams>('/admin/articles/:id/comments', guard, async (request, reply) => act(deps, request, reply, await queueScope(deps, request, request.params.id)));
}
