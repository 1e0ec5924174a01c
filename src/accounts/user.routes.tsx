// /admin/users: admins list, create and change staff accounts. Passwords are
// read from the form, hashed, and never echoed back or logged.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { formList, formString } from '../admin/forms.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { sendAdminPage } from '../admin/reply.tsx';
import { listModeratorScopeRows } from '../commenters/moderator-scope-edit.queries.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { messagesIn, type MessageKey } from '../i18n/catalog.ts';
import { listSites } from '../sites/site.queries.ts';
import { listAllUserSites, listUserSiteIds } from '../sites/user-site.queries.ts';
import { createStaffUser, setStaffPassword, updateStaffUser } from './manage-users.ts';
import { requireStaff, staffOf } from './require-staff.ts';
import { findUserById, listUsers, type StaffUser } from './user.queries.ts';
import { UserList } from './UserList.tsx';
import { EditUserPage, NewUserPage, type UserFormValues } from './UserForm.tsx';

const FLASH: Record<string, MessageKey<'adminUsers'>> = { created: 'userCreated', saved: 'changesSaved', password: 'passwordChanged' };

type IdParams = { Params: { id: string } };

function rawPassword(request: FastifyRequest): string {
  // Not trimmed: spaces are part of a passphrase.
  const value = (request.body as Record<string, unknown> | undefined)?.password;
  return typeof value === 'string' ? value : '';
}

/** The interface language posted; undefined when the form had no such field (a form older than it), which keeps the stored one. */
function postedUiLocale(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  return body && Object.hasOwn(body, 'ui_locale') ? formString(body, 'ui_locale') : undefined;
}

function flashOf(request: FastifyRequest): string | undefined {
  const key = FLASH[String((request.query as Record<string, unknown>).done ?? '')];
  return key && messagesIn(adminLocaleOf(request), 'adminUsers')[key];
}

async function findTarget(db: Db, id: string): Promise<StaffUser> {
  const target = await findUserById(db, id);
  if (!target) throw notFound('user');
  return target;
}

/** The sites a moderator can be limited to (user form), with their languages. */
async function scopeSites(db: Db) {
  return (await listSites(db)).map((site) => ({ id: site.id, name: site.name, locales: site.locales }));
}

async function storedScopes(db: Db, userId: string): Promise<string[]> {
  return (await listModeratorScopeRows(db, userId)).map((r) => `${r.siteId}:${r.locale}`);
}

/** The form's values for a stored user. */
async function storedValues(db: Db, target: StaffUser): Promise<UserFormValues> {
  return {
    email: target.email, displayName: target.displayName, role: target.role, disabled: target.disabled, uiLocale: target.uiLocale ?? '',
    scopes: await storedScopes(db, target.id), sites: await listUserSiteIds(db, target.id),
  };
}

export async function userRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('user.manage') };
  const common = async (request: FastifyRequest) => ({ user: staffOf(request), csrfToken: request.staff!.csrfToken, sites: await scopeSites(deps.db) });

  app.get('/admin/users', guard, async (request, reply) =>
    sendAdminPage(reply, <UserList {...(await common(request))} users={await listUsers(deps.db)} userSites={await listAllUserSites(deps.db)} flash={flashOf(request)} />));

  app.get('/admin/users/new', guard, async (request, reply) =>
    sendAdminPage(reply, <NewUserPage {...(await common(request))} values={{ email: '', displayName: '', role: 'contributor', disabled: false, scopes: [], sites: [], uiLocale: '' }} />));

  app.post('/admin/users', guard, async (request, reply) => {
    const values = {
      email: formString(request.body, 'email'), displayName: formString(request.body, 'display_name'), role: formString(request.body, 'role'),
      disabled: false, scopes: formList(request.body, 'scope'), sites: formList(request.body, 'sites'), uiLocale: formString(request.body, 'ui_locale'),
    };
    const result = await createStaffUser(deps, { ...values, password: rawPassword(request) }, adminLocaleOf(request));
    if (result.kind === 'invalid') return sendAdminPage(reply, <NewUserPage {...(await common(request))} values={values} errors={result.errors} />, 400);
    return reply.redirect('/admin/users?done=created', 303);
  });

  app.get<IdParams>('/admin/users/:id', guard, async (request, reply) => {
    const target = await findTarget(deps.db, request.params.id);
    return sendAdminPage(reply, <EditUserPage {...(await common(request))} id={target.id} values={await storedValues(deps.db, target)} flash={flashOf(request)} />);
  });

  app.post<IdParams>('/admin/users/:id', guard, async (request, reply) => {
    const target = await findTarget(deps.db, request.params.id);
    const changes = {
      displayName: formString(request.body, 'display_name'), role: formString(request.body, 'role'), disabled: formString(request.body, 'disabled') === '1',
      scopes: formList(request.body, 'scope'), sites: formList(request.body, 'sites'), uiLocale: postedUiLocale(request),
    };
    const result = await updateStaffUser(deps, target.id, changes, adminLocaleOf(request));
    if (result.kind === 'not-found') throw notFound('user');
    if (result.kind === 'invalid') {
      return sendAdminPage(reply, <EditUserPage {...(await common(request))} id={target.id} values={{ ...changes, email: target.email, uiLocale: changes.uiLocale ?? target.uiLocale ?? '' }} errors={result.errors} />, 400);
    }
    return reply.redirect(`/admin/users/${encodeURIComponent(target.id)}?done=saved`, 303);
  });

  app.post<IdParams>('/admin/users/:id/password', guard, async (request, reply) => {
    const target = await findTarget(deps.db, request.params.id);
    const result = await setStaffPassword(deps, target.id, rawPassword(request), request.staff!.sessionId, adminLocaleOf(request));
    if (result.kind === 'not-found') throw notFound('user');
    if (result.kind === 'invalid') {
      return sendAdminPage(reply, <EditUserPage {...(await common(request))} id={target.id} values={await storedValues(deps.db, target)} passwordErrors={result.errors} />, 400);
    }
    return reply.redirect(`/admin/users/${encodeURIComponent(target.id)}?done=password`, 303);
  });
}
