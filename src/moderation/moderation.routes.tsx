// /admin/comments (site-wide) and /admin/articles/:id/comments (one article), for
// moderators, editors and admins (comment.moderate). GET shows a status tab; POST to
// the same address approves, rejects, marks spam or restores to pending, then
// redirects back (303) with a confirmation. A conflict (someone else changed the
// comment since the page was loaded) re-shows the list with a 409, nothing overwritten.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { can } from '../accounts/permissions.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { sendAdminPage } from '../admin/reply.ts';
import { notFound } from '../http/errors.ts';
import type { Site } from '../sites/site.queries.ts';
import { moderateMany, moderateOne, readModerationRequest } from './moderation-actions.ts';
import { articleCommentsPath, flashFromQuery, listHref, MODERATION_PATH, parseListQuery, STATUS_TAB_LABEL } from './moderation-list.ts';
import {
  countCommentsByStatus, findListAnchor, findModeratedArticle, listModerationItems, listParents, type ModeratedArticle,
} from './moderation.queries.ts';
import { ModerationPage, type ModerationProblem } from './ModerationPage.tsx';

const PAGE_SIZE = 20;

type IdParams = { Params: { id: string } };

interface Scope { site: Site; article?: ModeratedArticle; basePath: string }

async function siteScope(deps: AppDeps, request: FastifyRequest): Promise<Scope> {
  return { site: await adminSite(deps, request), basePath: MODERATION_PATH };
}

async function articleScope(deps: AppDeps, request: FastifyRequest<IdParams>): Promise<Scope> {
  const site = await adminSite(deps, request);
  const article = await findModeratedArticle(deps.db, site.id, request.params.id);
  if (!article) throw notFound('article');
  return { site, article, basePath: articleCommentsPath(article.id) };
}

async function sendList(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, scope: Scope, outcome: { problem?: ModerationProblem; status?: number } = {}) {
  const user = staffOf(request);
  const query = parseListQuery(request.query);
  const filter = { siteId: scope.site.id, status: query.status, articleId: scope.article?.id };
  const before = query.before ? await findListAnchor(deps.db, scope.site.id, query.before) : undefined;
  const rows = await listModerationItems(deps.db, filter, { before, limit: PAGE_SIZE + 1 });
  const items = rows.slice(0, PAGE_SIZE);
  const parentIds = items.map((i) => i.parentId).filter((id): id is string => id !== null);
  return sendAdminPage(reply, (
    <ModerationPage user={user} csrfToken={request.staff!.csrfToken} article={scope.article} basePath={scope.basePath}
      links={{ settings: can(user.role, 'site.manage'), editArticle: can(user.role, 'article.edit') }}
      query={{ status: query.status, before: before?.id }} counts={await countCommentsByStatus(deps.db, filter)}
      items={items} parents={await listParents(deps.db, parentIds)} nextBefore={rows.length > PAGE_SIZE ? items.at(-1)!.id : undefined}
      flash={outcome.problem ? undefined : flashFromQuery(request.query)} problem={outcome.problem} />
  ), outcome.status ?? 200);
}

async function act(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, scope: Scope) {
  const query = parseListQuery(request.query);
  const asked = readModerationRequest(request.body);
  const actorId = staffOf(request).id;
  if (asked.kind === 'invalid') return sendList(deps, request, reply, scope, { problem: { message: asked.message }, status: 400 });
  if (asked.kind === 'many') {
    const result = await moderateMany(deps, scope.site.id, actorId, asked.to, asked.targets);
    return reply.redirect(listHref(scope.basePath, query, { done: asked.to, ...result }), 303);
  }
  const outcome = await moderateOne(deps, scope.site.id, actorId, asked.to, asked.target);
  if (outcome.kind === 'done') return reply.redirect(listHref(scope.basePath, query, { done: asked.to }), 303);
  if (outcome.kind === 'not_found') {
    return sendList(deps, request, reply, scope, { problem: { message: 'This comment no longer exists, or belongs to another site.' }, status: 404 });
  }
  const now = STATUS_TAB_LABEL[outcome.now];
  const problem: ModerationProblem = {
    message: `Someone else changed this comment meanwhile: it is now ${now.toLowerCase()}. Nothing was overwritten; check it and choose again.`,
    commentId: asked.target.id,
    ...(outcome.now === query.status ? {} : { seeHref: `${listHref(scope.basePath, { status: outcome.now })}#moderation-${asked.target.id}`, seeLabel: `See it under ${now}` }),
  };
  return sendList(deps, request, reply, scope, { problem, status: 409 });
}

export async function moderationRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('comment.moderate') };

  app.get(MODERATION_PATH, guard, async (request, reply) => sendList(deps, request, reply, await siteScope(deps, request)));
  app.post(MODERATION_PATH, guard, async (request, reply) => act(deps, request, reply, await siteScope(deps, request)));
  app.get<IdParams>('/admin/articles/:id/comments', guard, async (request, reply) => sendList(deps, request, reply, await articleScope(deps, request)));
  app.post<IdParams>('/admin/articles/:id/comments', guard, async (request, reply) => act(deps, request, reply, await articleScope(deps, request)));
}
