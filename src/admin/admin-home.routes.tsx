// /admin itself: sends staff to the first part of the admin their role may use.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { can } from '../accounts/permissions.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { AdminLayout, ADMIN_NAV } from './AdminLayout.tsx';
import { sendAdminPage } from './reply.ts';

export async function adminHomeRoutes(app: FastifyInstance, _opts: { deps: AppDeps }): Promise<void> {
  app.get('/admin', { preHandler: requireStaff() }, async (request, reply) => {
    const user = staffOf(request);
    const first = ADMIN_NAV.find((item) => can(user.role, item.action));
    if (first) return reply.redirect(first.href, 303);
    // Moderators have no admin pages until comments arrive: show a page rather than a 403.
    return sendAdminPage(reply, (
      <AdminLayout title="Newsroom" user={user} csrfToken={request.staff!.csrfToken}>
        <h1>Newsroom</h1>
        <p>There is nothing for your role to manage here yet.</p>
      </AdminLayout>
    ));
  });
}
