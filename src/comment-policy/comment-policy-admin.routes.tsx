// /admin/comment-policy (editors and admins: 'section.manage'): edit the site's
// Comment Policy for each of its locales.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { publicLinkBaseOf } from '../admin/public-link.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { messagesIn } from '../i18n/catalog.ts';
import type { Site } from '../sites/site.queries.ts';
import { listCommentPolicies } from './comment-policy.queries.ts';
import { COMMENT_POLICY_ADMIN_PATH, CommentPolicyEditor } from './CommentPolicyEditor.tsx';
import { bodyField, saveCommentPolicies, titleField, type PolicyInputs } from './save-comment-policy.ts';

const sent = (body: unknown, name: string) => typeof body === 'object' && body !== null && name in body;

/** The locales the form sent; a locale missing from the body is left as it is (never cleared by omission). */
function inputsFromForm(site: Site, body: unknown): PolicyInputs {
  return Object.fromEntries(site.locales
    .filter((locale) => sent(body, titleField(locale)) || sent(body, bodyField(locale)))
    .map((locale) => [locale, { title: formString(body, titleField(locale)), bodyMd: formString(body, bodyField(locale)) }]));
}

async function storedInputs(deps: AppDeps, site: Site): Promise<PolicyInputs> {
  const policies = new Map((await listCommentPolicies(deps.db, site.id)).map((p) => [p.locale, p]));
  return Object.fromEntries(site.locales.map((locale) => {
    const policy = policies.get(locale);
    return [locale, { title: policy?.title ?? '', bodyMd: policy?.bodyMd ?? '' }];
  }));
}

export async function commentPolicyAdminRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('section.manage') };
  const common = async (request: FastifyRequest, site: Site) => ({
    user: staffOf(request), csrfToken: request.staff!.csrfToken, siteName: site.name, locales: site.locales,
    publicBase: await publicLinkBaseOf(deps, request, site),
  });

  app.get(COMMENT_POLICY_ADMIN_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const flash = formString(request.query, 'done') === 'saved' ? messagesIn(adminLocaleOf(request), 'adminSettings').policySaved : undefined;
    return sendAdminPage(reply, <CommentPolicyEditor {...await common(request, site)} values={await storedInputs(deps, site)} flash={flash} />);
  });

  app.post(COMMENT_POLICY_ADMIN_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const values = inputsFromForm(site, request.body);
    const result = await saveCommentPolicies(deps, site.id, staffOf(request).id, values);
    if (result.kind === 'invalid') {
      const shown = { ...(await storedInputs(deps, site)), ...values };
      return sendAdminPage(reply, <CommentPolicyEditor {...await common(request, site)} values={shown} errors={result.errors} />, 400);
    }
    return reply.redirect(`${COMMENT_POLICY_ADMIN_PATH}?done=saved`, 303);
  });
}
