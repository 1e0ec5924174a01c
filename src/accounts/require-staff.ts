// Route guard for /admin: no session sends people to the login form (and back
// afterwards); a session without the permission gets a 403 page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { forbidden } from '../http/errors.ts';
import { can, type Action } from './permissions.ts';
import type { SessionUser } from './session.queries.ts';

export function loginRedirect(request: FastifyRequest): string {
  return `/admin/login?next=${encodeURIComponent(request.url)}`;
}

/** preHandler: the request must come from signed-in staff allowed to do `action` (any staff if omitted). */
export function requireStaff(action?: Action) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.staff) {
      return reply.redirect(loginRedirect(request), 303);
    }
    if (action && !can(request.staff.user.role, action)) throw forbidden();
  };
}

/** The signed-in user inside a handler guarded by requireStaff. */
export function staffOf(request: FastifyRequest): SessionUser['user'] {
  if (!request.staff) throw forbidden();
  return request.staff.user;
}
