// Staff users. E-mail addresses are stored lower-cased, and looked up
// case-insensitively too, so rows written by older code or by hand still match.
import type { Db, Role } from '../db/database.ts';

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** The admin interface's language (admin-locale.ts); null follows their browser. */
  uiLocale: string | null;
  createdAt: string;
}

const COLUMNS = ['id', 'email', 'display_name', 'role', 'disabled', 'ui_locale', 'created_at'] as const;

function toUser(row: { id: string; email: string; display_name: string; role: Role; disabled: number; ui_locale: string | null; created_at: string }): StaffUser {
  return {
    id: row.id, email: row.email, displayName: row.display_name, role: row.role, disabled: row.disabled === 1, uiLocale: row.ui_locale, createdAt: row.created_at,
  };
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserById(db: Db, id: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom('users').select(COLUMNS).where((eb) => eb(eb.fn('lower', ['email']), '=', normaliseEmail(email))).executeTakeFirst();
  return row && toUser(row);
}

/** The user and password hash for a login attempt. */
export async function findLoginByEmail(db: Db, email: string): Promise<{ user: StaffUser; passwordHash: string } | undefined> {
  const row = await db.selectFrom('users').select([...COLUMNS, 'password_hash']).where((eb) => eb(eb.fn('lower', ['email']), '=', normaliseEmail(email))).executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export async function listUsers(db: Db): Promise<StaffUser[]> {
  const rows = await db.selectFrom('users').select(COLUMNS).orderBy('disabled').orderBy('display_name').orderBy('email').execute();
  return rows.map(toUser);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin').where('disabled', '=', 0).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: Db, user: { id: string; email: string; displayName: string; role: Role; passwordHash: string; createdAt: string; uiLocale?: string | null }): Promise<void> {
  await db.insertInto('users').values({
    id: user.id, email: normaliseEmail(user.email), display_name: user.displayName, role: user.role,
    password_hash: user.passwordHash, disabled: 0, ui_locale: user.uiLocale ?? null, created_at: user.createdAt,
  }).execute();
}

export async function updateUser(db: Db, id: string, fields: { displayName: string; role: Role; disabled: boolean }): Promise<void> {
  await db.updateTable('users')
    .set({ display_name: fields.displayName, role: fields.role, disabled: fields.disabled ? 1 : 0 })
    .where('id', '=', id).execute();
}

export async function updateUserPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}
