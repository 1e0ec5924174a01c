// /admin itself: sends newsroom staff to the first part of the admin their role may use;
// moderators, who write no articles, get a short page pointing at the comments waiting for them.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { can } from '../accounts/permissions.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { findModeratorScope } from '../commenters/moderator-scope.queries.ts';
import { countPendingComments } from '../moderation/moderation.queries.ts';
import { AdminLayout, ADMIN_NAV } from './AdminLayout.tsx';
import { adminSite } from './admin-site.ts';
import { sendAdminPage } from './reply.tsx';

/** What waits for this moderator: nothing on a site they do not moderate, only their languages when limited. */
async function pendingFor(deps: AppDeps, userId: string, siteId: string): Promise<number | undefined> {
  const scope = await findModeratorScope(deps.db, userId, siteId);
  if (scope.kind === 'none') return undefined;
  return countPendingComments(deps.db, siteId, scope.kind === 'locales' ? scope.locales : undefined);
}

export async function adminHomeRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  app.get('/admin', { preHandler: requireStaff() }, async (request, reply) => {
    const user = staffOf(request);
    const first = ADMIN_NAV.find((item) => can(user.role, item.action));
    if (first && can(user.role, 'article.create')) return reply.redirect(first.href, 303);
    const pending = can(user.role, 'comment.moderate') ? await pendingFor(deps, user.id, (await adminSite(deps, request)).id) : undefined;
    return sendAdminPage(reply, (
      <AdminLayout title="Newsroom" user={user} csrfToken={request.staff!.csrfToken} current="/admin">
        <h1>Newsroom</h1>
        {pending === undefined ? <p>There is nothing for your role to manage here yet.</p> : (
          <p class="moderation-home">
            <a href="/admin/moderation" id="pending-comments-link" data-pending-count={String(pending)}>
              {pending === 0 ? 'No comments are waiting for moderation' : pending === 1 ? '1 comment is waiting for moderation' : `${pending} comments are waiting for moderation`}
            </a>
          </p>
        )}
      </AdminLayout>
    ));
  });
}
