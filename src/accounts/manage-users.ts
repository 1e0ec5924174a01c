// Creating and changing staff accounts: used by /admin/users and `serai user create`,
// so both apply the same rules (unique e-mail, known role, password length, and
// never leaving the newsroom without an active admin).
import type { AppDeps } from '../app-deps.ts';
import type { FieldErrors } from '../admin/forms.tsx';
import { ROLES, type Role } from '../db/database.ts';
import { isUniqueViolation } from '../db/constraint-violations.ts';
import { replaceModeratorScopes, type ScopeRow } from '../commenters/moderator-scope-edit.queries.ts';
import { listSites } from '../sites/site.queries.ts';
import { replaceUserSites } from '../sites/user-site.queries.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { deleteSessionsOfUser, deleteSessionsOfUserExcept } from './session.queries.ts';
import {
  countActiveAdmins, findUserByEmail, findUserById, insertUser, normaliseEmail, updateUser, updateUserPassword, type StaffUser,
} from './user.queries.ts';

/**
 * `scopes`: for moderators, the sites and locales they may moderate, as `siteId:locale` values
 * (`siteId:*` = every locale of that site; none ticked = every site and locale). Undefined leaves
 * the stored scope as it is (the CLI); other roles never keep a scope.
 */
/**
 * `sites`: the sites the person works on (issue 5); none = every site. Admins always work on
 * every site, so nothing is stored for them. Undefined leaves the stored sites as they are (the CLI).
 */
export interface NewUserInput { email: string; displayName: string; role: string; password: string; scopes?: string[]; sites?: string[] }
export interface UserChanges { displayName: string; role: string; disabled: boolean; scopes?: string[]; sites?: string[] }

export type CreateUserResult = { kind: 'created'; user: StaffUser } | { kind: 'invalid'; errors: FieldErrors };
export type UpdateUserResult = { kind: 'saved' } | { kind: 'not-found' } | { kind: 'invalid'; errors: FieldErrors };
export type SetPasswordResult = { kind: 'saved' } | { kind: 'not-found' } | { kind: 'invalid'; errors: FieldErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_NAME_LENGTH = 100;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

function nameAndRoleErrors(displayName: string, role: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!displayName) errors.display_name = 'Enter the name to show for this person.';
  else if (displayName.length > MAX_NAME_LENGTH) errors.display_name = `Use at most ${MAX_NAME_LENGTH} characters.`;
  if (!isRole(role)) errors.role = `Choose a role: ${ROLES.join(', ')}.`;
  return errors;
}

const SCOPE_ERROR = 'Choose sites and languages from the list.';

/** Reads `siteId:locale` values against the sites that exist; `*` for a site wins over its single locales. */
export async function parseModeratorScopes(db: AppDeps['db'], values: readonly string[]): Promise<ScopeRow[] | undefined> {
  const sites = new Map((await listSites(db)).map((site) => [site.id, site.locales]));
  const rows = new Map<string, Set<string>>();
  for (const value of values) {
    const cut = value.lastIndexOf(':');
    const siteId = value.slice(0, cut);
    const locale = value.slice(cut + 1);
    const locales = sites.get(siteId);
    if (cut < 1 || !locales || (locale !== '*' && !locales.includes(locale))) return undefined;
    rows.set(siteId, (rows.get(siteId) ?? new Set()).add(locale));
  }
  return [...rows].flatMap(([siteId, locales]) => (locales.has('*') ? ['*'] : [...locales].sort()).map((locale) => ({ siteId, locale })));
}

const SITES_ERROR = 'Choose sites from the list.';
const SCOPE_OUTSIDE_SITES = 'A moderator can only moderate sites they work on: tick those sites under “Works on” too, or untick them here.';

/** The site ids to store for this role (undefined: leave as stored), or an error for the form. */
async function siteRowsFor(db: AppDeps['db'], role: string, values: string[] | undefined): Promise<{ rows?: string[]; error?: string }> {
  if (values === undefined) return role === 'admin' ? { rows: [] } : {};
  if (role === 'admin') return { rows: [] };
  const known = new Set((await listSites(db)).map((site) => site.id));
  const rows = [...new Set(values)];
  return rows.every((id) => known.has(id)) ? { rows } : { error: SITES_ERROR };
}

/** Site limits and moderator scopes for the form: errors on either, and a scope naming a site outside the person's sites. */
async function accessFor(db: AppDeps['db'], role: string, input: { scopes?: string[]; sites?: string[] }, errors: FieldErrors) {
  const scope = await scopeRowsFor(db, role, input.scopes);
  const sites = await siteRowsFor(db, role, input.sites);
  if (scope.error) errors.scope = scope.error;
  if (sites.error) errors.sites = sites.error;
  if (sites.rows?.length && scope.rows?.some((row) => !sites.rows!.includes(row.siteId))) errors.scope = SCOPE_OUTSIDE_SITES;
  return { scope, sites };
}

/** The scope rows to store for this role, or an error for the form. */
async function scopeRowsFor(db: AppDeps['db'], role: string, values: string[] | undefined): Promise<{ rows?: ScopeRow[]; error?: string }> {
  if (values === undefined) return role === 'moderator' ? {} : { rows: [] };
  if (role !== 'moderator') return { rows: [] };
  const rows = await parseModeratorScopes(db, values);
  return rows ? { rows } : { error: SCOPE_ERROR };
}

export async function createStaffUser(deps: Pick<AppDeps, 'db' | 'ids' | 'clock'>, input: NewUserInput): Promise<CreateUserResult> {
  const email = normaliseEmail(input.email);
  const errors: FieldErrors = {};
  if (!EMAIL.test(email) || email.length > 254) errors.email = 'Enter an e-mail address like name@example.org.';
  else if (await findUserByEmail(deps.db, email)) errors.email = 'Another account already uses this e-mail address.';
  Object.assign(errors, nameAndRoleErrors(input.displayName.trim(), input.role));
  const weak = passwordProblem(input.password);
  if (weak) errors.password = weak;
  const { scope, sites } = await accessFor(deps.db, input.role, input, errors);
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const user = {
    id: deps.ids.next(), email, displayName: input.displayName.trim(), role: input.role as Role,
    passwordHash: await hashPassword(input.password), createdAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertUser(trx, user);
      if (scope.rows?.length) await replaceModeratorScopes(trx, user.id, scope.rows);
      if (sites.rows?.length) await replaceUserSites(trx, user.id, sites.rows);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'invalid', errors: { email: 'Another account already uses this e-mail address.' } };
    throw error;
  }
  return { kind: 'created', user: { id: user.id, email, displayName: user.displayName, role: user.role, disabled: false, createdAt: user.createdAt } };
}

/** Changes name, role and disabled state. Disabling ends the person's sessions at once. */
export async function updateStaffUser(deps: Pick<AppDeps, 'db'>, userId: string, changes: UserChanges): Promise<UpdateUserResult> {
  const user = await findUserById(deps.db, userId);
  if (!user) return { kind: 'not-found' };
  const displayName = changes.displayName.trim();
  const errors = nameAndRoleErrors(displayName, changes.role);
  const { scope, sites } = await accessFor(deps.db, changes.role, changes, errors);
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const role = changes.role as Role;
  const losesAdmin = user.role === 'admin' && !user.disabled && (role !== 'admin' || changes.disabled);
  if (losesAdmin && (await countActiveAdmins(deps.db)) <= 1) {
    const field = role !== 'admin' ? 'role' : 'disabled';
    return { kind: 'invalid', errors: { [field]: 'This is the only active admin. Make someone else an admin first.' } };
  }
  await deps.db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { displayName, role, disabled: changes.disabled });
    if (scope.rows) await replaceModeratorScopes(trx, userId, scope.rows);
    if (sites.rows) await replaceUserSites(trx, userId, sites.rows);
  });
  if (changes.disabled) await deleteSessionsOfUser(deps.db, userId);
  return { kind: 'saved' };
}

/** Sets a new password and signs the person out everywhere except the session that made the change. */
export async function setStaffPassword(deps: Pick<AppDeps, 'db'>, userId: string, password: string, keepSessionId?: string): Promise<SetPasswordResult> {
  if (!(await findUserById(deps.db, userId))) return { kind: 'not-found' };
  const weak = passwordProblem(password);
  if (weak) return { kind: 'invalid', errors: { password: weak } };
  await updateUserPassword(deps.db, userId, await hashPassword(password));
  await deleteSessionsOfUserExcept(deps.db, userId, keepSessionId);
  return { kind: 'saved' };
}
