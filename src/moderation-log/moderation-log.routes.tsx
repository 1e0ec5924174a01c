// /admin/moderation/log: the moderation log of the admin's site, for comment.moderate.
// GET only: the product offers no way to change or remove an entry.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { sendAdminPage } from '../admin/reply.tsx';
import { findModeratorScope } from '../commenters/moderator-scope.queries.ts';
import { forbidden } from '../http/errors.ts';
import { findLogAnchor, listCommentPlaces, listLogStaff, listModerationLog } from './moderation-log.queries.ts';
import { LOG_PATH, logFilterOf, logQueryProblem, parseLogQuery } from './moderation-log-query.ts';
import { ModerationLogPage } from './ModerationLogPage.tsx';

const PAGE_SIZE = 50;

export async function moderationLogRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;

  app.get(LOG_PATH, { preHandler: requireStaff('comment.moderate') }, async (request, reply) => {
    const user = staffOf(request);
    const site = await adminSite(deps, request);
    // A moderator limited to other sites has no business with this site's log.
    const scope = await findModeratorScope(deps.db, user.id, site.id);
    if (scope.kind === 'none') throw forbidden('You do not moderate this site.');
    const query = parseLogQuery(request.query);
    const after = query.after ? await findLogAnchor(deps.db, site.id, query.after) : undefined;
    // Limited to some languages: only what happened to comments in them (bans and settings concern the whole site).
    const filter = { ...logFilterOf(site.id, query), ...(scope.kind === 'locales' ? { locales: scope.locales } : {}) };
    const found = await listModerationLog(deps.db, filter, { after, limit: PAGE_SIZE + 1 });
    const rows = found.slice(0, PAGE_SIZE);
    const commentIds = rows.filter((r) => r.targetKind === 'comment').map((r) => r.targetId);
    return sendAdminPage(reply, (
      <ModerationLogPage user={user} csrfToken={request.staff!.csrfToken} query={{ ...query, after: after?.id }} rows={rows}
        staff={await listLogStaff(deps.db, site.id)} places={await listCommentPlaces(deps.db, site.id, commentIds)}
        nextAfter={found.length > PAGE_SIZE ? rows.at(-1)!.id : undefined} problem={logQueryProblem(query)} />
    ));
  });
}
