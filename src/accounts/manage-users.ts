// Creating and changing staff accounts: used by /admin/users and `serai user create`,
// so both apply the same rules (unique e-mail, known role, password length, and
// never leaving the newsroom without an active admin). Problems come back as form
// messages in the caller's language: the admin's (adminLocaleOf), English for the CLI
// and the demo seed, which print them.
import type { AppDeps } from '../app-deps.ts';
import type { FieldErrors } from '../admin/forms.tsx';
import { ROLES, type Role } from '../db/database.ts';
import { messagesIn, t, type MessageKey } from '../i18n/catalog.ts';
import { isAdminLocale } from '../admin/admin-locale.ts';
import { isUniqueViolation } from '../db/constraint-violations.ts';
import { replaceModeratorScopes, type ScopeRow } from '../commenters/moderator-scope-edit.queries.ts';
import { listSites } from '../sites/site.queries.ts';
import { replaceUserSites } from '../sites/user-site.queries.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { deleteSessionsOfUser, deleteSessionsOfUserExcept, updateUserUiLocale } from './session.queries.ts';
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
/** `uiLocale`: the admin's language for this person ('' or null: their browser's); undefined leaves it as stored. */
export interface NewUserInput { email: string; displayName: string; role: string; password: string; scopes?: string[]; sites?: string[]; uiLocale?: string | null }
export interface UserChanges { displayName: string; role: string; disabled: boolean; scopes?: string[]; sites?: string[]; uiLocale?: string | null }

export type CreateUserResult = { kind: 'created'; user: StaffUser } | { kind: 'invalid'; errors: FieldErrors };
export type UpdateUserResult = { kind: 'saved' } | { kind: 'not-found' } | { kind: 'invalid'; errors: FieldErrors };
export type SetPasswordResult = { kind: 'saved' } | { kind: 'not-found' } | { kind: 'invalid'; errors: FieldErrors };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MAX_NAME_LENGTH = 100;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Role names as the header says them (adminCommon), for the list of roles in an error. */
const ROLE_NAMES = {
  admin: 'roleAdmin', editor: 'roleEditor', author: 'roleAuthor', contributor: 'roleContributor', moderator: 'roleModerator',
} as const satisfies Record<Role, MessageKey<'adminCommon'>>;

function nameAndRoleErrors(displayName: string, role: string, locale: string): FieldErrors {
  const m = messagesIn(locale, 'adminUsers');
  const errors: FieldErrors = {};
  if (!displayName) errors.display_name = m.nameMissing;
  else if (displayName.length > MAX_NAME_LENGTH) errors.display_name = t(m, 'atMostCharacters', { max: MAX_NAME_LENGTH });
  if (!isRole(role)) {
    const common = messagesIn(locale, 'adminCommon');
    errors.role = t(m, 'roleUnknown', { roles: ROLES.map((r) => common[ROLE_NAMES[r]]).join(', ') });
  }
  return errors;
}

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

/** The site ids to store for this role (undefined: leave as stored), or whether they were not all known. */
async function siteRowsFor(db: AppDeps['db'], role: string, values: string[] | undefined): Promise<{ rows?: string[]; invalid?: true }> {
  if (values === undefined) return role === 'admin' ? { rows: [] } : {};
  if (role === 'admin') return { rows: [] };
  const known = new Set((await listSites(db)).map((site) => site.id));
  const rows = [...new Set(values)];
  return rows.every((id) => known.has(id)) ? { rows } : { invalid: true };
}

/** Site limits and moderator scopes for the form: errors on either, and a scope naming a site outside the person's sites. */
async function accessFor(db: AppDeps['db'], role: string, input: { scopes?: string[]; sites?: string[] }, errors: FieldErrors, locale: string) {
  const m = messagesIn(locale, 'adminUsers');
  const scope = await scopeRowsFor(db, role, input.scopes);
  const sites = await siteRowsFor(db, role, input.sites);
  if (scope.invalid) errors.scope = m.scopeInvalid;
  if (sites.invalid) errors.sites = m.sitesInvalid;
  if (sites.rows?.length && scope.rows?.some((row) => !sites.rows!.includes(row.siteId))) errors.scope = m.scopeOutsideSites;
  return { scope, sites };
}

/** The scope rows to store for this role, or whether they named unknown sites or languages. */
async function scopeRowsFor(db: AppDeps['db'], role: string, values: string[] | undefined): Promise<{ rows?: ScopeRow[]; invalid?: true }> {
  if (values === undefined) return role === 'moderator' ? {} : { rows: [] };
  if (role !== 'moderator') return { rows: [] };
  const rows = await parseModeratorScopes(db, values);
  return rows ? { rows } : { invalid: true };
}

/** '' and null follow the browser; otherwise one of the admin's languages. Undefined: leave as stored. */
function uiLocaleOf(value: string | null | undefined): { value?: string | null; invalid?: true } {
  if (value === undefined) return {};
  if (value === null || value === '') return { value: null };
  return isAdminLocale(value) ? { value } : { invalid: true };
}

/** `locale`: the language of the form messages (the admin's; English for the CLI). */
export async function createStaffUser(deps: Pick<AppDeps, 'db' | 'ids' | 'clock'>, input: NewUserInput, locale = 'en'): Promise<CreateUserResult> {
  const m = messagesIn(locale, 'adminUsers');
  const email = normaliseEmail(input.email);
  const errors: FieldErrors = {};
  if (!EMAIL.test(email) || email.length > 254) errors.email = m.emailInvalid;
  else if (await findUserByEmail(deps.db, email)) errors.email = m.emailTaken;
  Object.assign(errors, nameAndRoleErrors(input.displayName.trim(), input.role, locale));
  const weak = passwordProblem(input.password, locale);
  if (weak) errors.password = weak;
  const { scope, sites } = await accessFor(deps.db, input.role, input, errors, locale);
  const uiLocale = uiLocaleOf(input.uiLocale);
  if (uiLocale.invalid) errors.ui_locale = m.uiLocaleUnknown;
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const user = {
    id: deps.ids.next(), email, displayName: input.displayName.trim(), role: input.role as Role, uiLocale: uiLocale.value ?? null,
    passwordHash: await hashPassword(input.password), createdAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertUser(trx, user);
      if (scope.rows?.length) await replaceModeratorScopes(trx, user.id, scope.rows);
      if (sites.rows?.length) await replaceUserSites(trx, user.id, sites.rows);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'invalid', errors: { email: m.emailTaken } };
    throw error;
  }
  return { kind: 'created', user: { id: user.id, email, displayName: user.displayName, role: user.role, disabled: false, uiLocale: user.uiLocale, createdAt: user.createdAt } };
}

/** Changes name, role, disabled state and interface language. Disabling ends the person's sessions at once. */
export async function updateStaffUser(deps: Pick<AppDeps, 'db'>, userId: string, changes: UserChanges, locale = 'en'): Promise<UpdateUserResult> {
  const user = await findUserById(deps.db, userId);
  if (!user) return { kind: 'not-found' };
  const m = messagesIn(locale, 'adminUsers');
  const displayName = changes.displayName.trim();
  const errors = nameAndRoleErrors(displayName, changes.role, locale);
  const { scope, sites } = await accessFor(deps.db, changes.role, changes, errors, locale);
  const uiLocale = uiLocaleOf(changes.uiLocale);
  if (uiLocale.invalid) errors.ui_locale = m.uiLocaleUnknown;
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const role = changes.role as Role;
  const losesAdmin = user.role === 'admin' && !user.disabled && (role !== 'admin' || changes.disabled);
  if (losesAdmin && (await countActiveAdmins(deps.db)) <= 1) {
    return { kind: 'invalid', errors: { [role !== 'admin' ? 'role' : 'disabled']: m.lastAdmin } };
  }
  await deps.db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { displayName, role, disabled: changes.disabled });
    if (scope.rows) await replaceModeratorScopes(trx, userId, scope.rows);
    if (sites.rows) await replaceUserSites(trx, userId, sites.rows);
    if (uiLocale.value !== undefined) await updateUserUiLocale(trx, userId, uiLocale.value);
  });
  if (changes.disabled) await deleteSessionsOfUser(deps.db, userId);
  return { kind: 'saved' };
}

/** Sets a new password and signs the person out everywhere except the session that made the change. */
export async function setStaffPassword(deps: Pick<AppDeps, 'db'>, userId: string, password: string, keepSessionId?: string, locale = 'en'): Promise<SetPasswordResult> {
  if (!(await findUserById(deps.db, userId))) return { kind: 'not-found' };
  const weak = passwordProblem(password, locale);
  if (weak) return { kind: 'invalid', errors: { password: weak } };
  await updateUserPassword(deps.db, userId, await hashPassword(password));
  await deleteSessionsOfUserExcept(deps.db, userId, keepSessionId);
  return { kind: 'saved' };
}
