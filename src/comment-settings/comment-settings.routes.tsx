// /admin/settings/comments (admins): the site's moderation mode and automatic closing.
// A change shows on every article page, so the site's cached pages are dropped.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { messagesIn } from '../i18n/catalog.ts';
import { checkCommentSettings, readCommentSettingsForm, valuesOfSite } from './comment-settings-form.ts';
import { updateSiteCommentSettings } from './comment-settings.queries.ts';
import { updateSiteFeedFullContent } from '../feeds/feed-settings.queries.ts';
import { COMMENT_SETTINGS_PATH, CommentSettingsPage } from './CommentSettingsPage.tsx';

export async function commentSettingsRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('site.manage') };
  const common = (request: FastifyRequest) => ({ user: staffOf(request), csrfToken: request.staff!.csrfToken });

  app.get(COMMENT_SETTINGS_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const flash = formString(request.query, 'done') === 'saved' ? messagesIn(adminLocaleOf(request), 'adminSettings').commentSettingsSaved : undefined;
    return sendAdminPage(reply, <CommentSettingsPage {...common(request)} siteName={site.name} values={valuesOfSite(site)} flash={flash} />);
  });

  app.post(COMMENT_SETTINGS_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const values = readCommentSettingsForm(request.body);
    const checked = checkCommentSettings(values);
    if (!checked.ok) {
      return sendAdminPage(reply, <CommentSettingsPage {...common(request)} siteName={site.name} values={values} errors={checked.errors} />, 400);
    }
    await updateSiteCommentSettings(deps.db, site.id, checked.value);
    await updateSiteFeedFullContent(deps.db, site.id, values.feedFullContent);
    deps.sites.reload();
    deps.pageCache.invalidateSite(site.id);
    return reply.redirect(`${COMMENT_SETTINGS_PATH}?done=saved`, 303);
  });
}
