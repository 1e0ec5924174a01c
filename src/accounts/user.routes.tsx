// /admin/users: admins list, create and change staff accounts. Passwords are
// read from the form, hashed, and never echoed back or logged.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { formList, formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { listModeratorScopeRows } from '../commenters/moderator-scope-edit.queries.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { listSites } from '../sites/site.queries.ts';
import { listAllUserSites, listUserSiteIds } from '../sites/user-site.queries.ts';
import { createStaffUser, setStaffPassword, updateStaffUser } from './manage-users.ts';
import { requireStaff, staffOf } from './require-staff.ts';
import { findUserById, listUsers } from './user.queries.ts';
import { UserList } from './UserList.tsx';
import { EditUserPage, NewUserPage, type UserFormValues } from './UserForm.tsx';

const FLASH: Record<string, string> = { created: 'User created.', saved: 'Changes saved.', password: 'Password changed.' };

type IdParams = { Params: { id: string } };

function rawPassword(request: FastifyRequest): string {
  // Not trimmed: spaces are part of a passphrase.
  const value = (request.body as Record<string, unknown> | undefined)?.password;
  return typeof value === 'string' ? value : '';
}

function flashOf(request: FastifyRequest): string | undefined {
  return FLASH[String((request.query as Record<string, unknown>).done ?? '')];
}

/** The sites a moderator can be limited to (user form), with their languages. */
async function scopeSites(db: Db) {
  return (await listSites(db)).map((site) => ({ id: site.id, name: site.name, locales: site.locales }));
}

async function storedScopes(db: Db, userId: string): Promise<string[]> {
  return (await listModeratorScopeRows(db, userId)).map((r) => `${r.siteId}:${r.locale}`);
}

async function storedAccess(db: Db, userId: string): Promise<{ scopes: string[]; sites: string[] }> {
  return { scopes: await storedScopes(db, userId), sites: await listUserSiteIds(db, userId) };
}

export async function userRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('user.manage') };
  const common = async (request: FastifyRequest) => ({ user: staffOf(request), csrfToken: request.staff!.csrfToken, sites: await scopeSites(deps.db) });

  app.get('/admin/users', guard, async (request, reply) =>
    sendAdminPage(reply, <UserList {...(await common(request))} users={await listUsers(deps.db)} userSites={await listAllUserSites(deps.db)} flash={flashOf(request)} />));

  app.get('/admin/users/new', guard, async (request, reply) =>
    sendAdminPage(reply, <NewUserPage {...(await common(request))} values={{ email: '', displayName: '', role: 'contributor', disabled: false, scopes: [], sites: [] }} />));

  app.post('/admin/users', guard, async (request, reply) => {
    const values = {
      email: formString(request.body, 'email'), displayName: formString(request.body, 'display_name'), role: formString(request.body, 'role'),
      disabled: false, scopes: formList(request.body, 'scope'), sites: formList(request.body, 'sites'),
    };
    const result = await createStaffUser(deps, { ...values, password: rawPassword(request) });
    if (result.kind === 'invalid') return sendAdminPage(reply, <NewUserPage {...(await common(request))} values={values} errors={result.errors} />, 400);
    return reply.redirect('/admin/users?done=created', 303);
  });

  app.get<IdParams>('/admin/users/:id', guard, async (request, reply) => {
    const target = await findUserById(deps.db, request.params.id);
    if (!target) throw notFound('user');
    const values: UserFormValues = {
      email: target.email, displayName: target.displayName, role: target.role, disabled: target.disabled, ...(await storedAccess(deps.db, target.id)),
    };
    return sendAdminPage(reply, <EditUserPage {...(await common(request))} id={target.id} values={values} flash={flashOf(request)} />);
  });

  app.post<IdParams>('/admin/users/:id', guard, async (request, reply) => {
    const target = await findUserById(deps.db, request.params.id);
    if (!target) throw notFound('user');
    const changes = {
      displayName: formString(request.body, 'display_name'), role: formString(request.body, 'role'), disabled: formString(request.body, 'disabled') === '1',
      scopes: formList(request.body, 'scope'), sites: formList(request.body, 'sites'),
    };
    const result = await updateStaffUser(deps, target.id, changes);
    if (result.kind === 'not-found') throw notFound('user');
    if (result.kind === 'invalid') {
      return sendAdminPage(reply, <EditUserPage {...(await common(request))} id={target.id} values={{ ...changes, email: target.email }} errors={result.errors} />, 400);
    }
    return reply.redirect(`/admin/users/${encodeURIComponent(target.id)}?done=saved`, 303);
  });

  app.post<IdParams>('/admin/users/:id/password', guard, async (request, reply) => {
    const target = await findUserById(deps.db, request.params.id);
    if (!target) throw notFound('user');
    const result = await setStaffPassword(deps, target.id, rawPassword(request), request.staff!.sessionId);
    if (result.kind === 'not-found') throw notFound('user');
    if (result.kind === 'invalid') {
      const values = { email: target.email, displayName: target.displayName, role: target.role, disabled: target.disabled, ...(await storedAccess(deps.db, target.id)) };
      return sendAdminPage(reply, <EditUserPage {...(await common(request))} id={target.id} values={values} passwordErrors={result.errors} />, 400);
    }
    return reply.redirect(`/admin/users/${encodeURIComponent(target.id)}?done=password`, 303);
  });
}
