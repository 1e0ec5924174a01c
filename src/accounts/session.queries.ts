import type { AdminSiteChoice } from '../admin/site-choice.ts';
import type { Db, Role } from '../db/database.ts';

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  user: {
    id: string; email: string; displayName: string; role: Role;
    /** The admin interface's language they chose; null follows the browser (admin-locale.ts). */
    uiLocale: string | null;
    /** The header's site picker, filled for /admin pages of people with more than one site (admin-site.ts). */
    siteChoice?: AdminSiteChoice;
  };
}

export async function findActiveSession(db: Db, sessionId: string, nowIso: string): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.csrf_token', 'sessions.expires_at', 'users.id as user_id', 'users.email', 'users.display_name', 'users.role', 'users.ui_locale'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', nowIso)
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role, uiLocale: row.ui_locale },
  };
}

export async function insertSession(db: Db, row: { id: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db.insertInto('sessions').values({
    id: row.id, user_id: row.userId, csrf_token: row.csrfToken, created_at: row.createdAt, expires_at: row.expiresAt,
  }).execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, nowIso: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
}

/** Ends every session of a user but one (the person changing their own password stays signed in). */
export async function deleteSessionsOfUserExcept(db: Db, userId: string, keepSessionId: string | undefined): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  await query.execute();
}

export async function updateUserUiLocale(db: Db, userId: string, uiLocale: string | null): Promise<void> {
  await db.updateTable('users').set({ ui_locale: uiLocale }).where('id', '=', userId).execute();
}
