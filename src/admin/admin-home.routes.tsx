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
import { updateUserUiLocale, type SessionUser } from '../accounts/session.queries.ts';
import { HttpError } from '../http/errors.ts';
import { safeAdminPath } from '../http/admin-path.ts';
import { t } from '../i18n/catalog.ts';
import { useAdminMessages } from './admin-i18n.tsx';
import { ADMIN_LANGUAGE_PATH, isAdminLocale } from './admin-locale.ts';
import { formString } from './forms.tsx';

/** What waits for this moderator: nothing on a site they do not moderate, only their languages when limited. */
async function pendingFor(deps: AppDeps, userId: string, siteId: string): Promise<number | undefined> {
  const scope = await findModeratorScope(deps.db, userId, siteId);
  if (scope.kind === 'none') return undefined;
  return countPendingComments(deps.db, siteId, scope.kind === 'locales' ? scope.locales : undefined);
}

function NewsroomHome(props: { user: SessionUser['user']; csrfToken: string; pending: number | undefined }) {
  const m = useAdminMessages('adminCommon');
  return (
    <AdminLayout title={m.newsroom} user={props.user} csrfToken={props.csrfToken} current="/admin">
      <h1>{m.newsroom}</h1>
      {props.pending === undefined ? <p>{m.nothingToManage}</p> : (
        <p class="moderation-home">
          <a href="/admin/moderation" id="pending-comments-link" data-pending-count={String(props.pending)}>
            {t(m, 'pendingComments', { count: props.pending })}
          </a>
        </p>
      )}
    </AdminLayout>
  );
}

export async function adminHomeRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  app.get('/admin', { preHandler: requireStaff() }, async (request, reply) => {
    const user = staffOf(request);
    const first = ADMIN_NAV.find((item) => can(user.role, item.action));
    if (first && can(user.role, 'article.create')) return reply.redirect(first.href, 303);
    const pending = can(user.role, 'comment.moderate') ? await pendingFor(deps, user.id, (await adminSite(deps, request)).id) : undefined;
    return sendAdminPage(reply, <NewsroomHome user={user} csrfToken={request.staff!.csrfToken} pending={pending} />);
  });

  // The header's language form: the admin's language is the user's own, kept on their row.
  app.post(ADMIN_LANGUAGE_PATH, { preHandler: requireStaff() }, async (request, reply) => {
    const chosen = formString(request.body, 'uiLocale');
    if (chosen !== '' && !isAdminLocale(chosen)) throw new HttpError(400, 'unknown_ui_locale', 'That language is not one the admin is translated into.');
    await updateUserUiLocale(deps.db, staffOf(request).id, chosen === '' ? null : chosen);
    return reply.redirect(safeAdminPath(formString(request.body, 'next')), 303);
  });
}
