// Which sites a staff user works on (user_sites). No rows: every site, as before issue 5.
import type { Db } from '../db/database.ts';

export async function listUserSiteIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('user_sites').select('site_id').where('user_id', '=', userId).orderBy('site_id').execute();
  return rows.map((r) => r.site_id);
}

/** Every limited user's sites, for the user list. Users absent from the map work on every site. */
export async function listAllUserSites(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('user_sites').select(['user_id', 'site_id']).orderBy('user_id').orderBy('site_id').execute();
  const byUser = new Map<string, string[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.site_id]);
  return byUser;
}

/** Replaces the user's sites with `siteIds` (none: every site). Pass a transaction to keep it with the user's other changes. */
export async function replaceUserSites(db: Db, userId: string, siteIds: readonly string[]): Promise<void> {
  await db.deleteFrom('user_sites').where('user_id', '=', userId).execute();
  if (siteIds.length === 0) return;
  await db.insertInto('user_sites').values(siteIds.map((siteId) => ({ user_id: userId, site_id: siteId }))).execute();
}
