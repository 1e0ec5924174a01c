// Writing a moderator's scope (the sites and locales they may moderate) from the user
// form. Reading it for a request is findModeratorScope (moderator-scope.queries.ts).
import type { Db } from '../db/database.ts';

export interface ScopeRow { siteId: string; locale: string }

export async function listModeratorScopeRows(db: Db, userId: string): Promise<ScopeRow[]> {
  const rows = await db.selectFrom('moderator_scopes').select(['site_id', 'locale'])
    .where('user_id', '=', userId).orderBy('site_id').orderBy('locale').execute();
  return rows.map((r) => ({ siteId: r.site_id, locale: r.locale }));
}

/** Replaces the user's scope with `rows` (none: unrestricted). Pass a transaction to keep it with the user's other changes. */
export async function replaceModeratorScopes(db: Db, userId: string, rows: readonly ScopeRow[]): Promise<void> {
  await db.deleteFrom('moderator_scopes').where('user_id', '=', userId).execute();
  if (rows.length === 0) return;
  await db.insertInto('moderator_scopes').values(rows.map((r) => ({ user_id: userId, site_id: r.siteId, locale: r.locale }))).execute();
}
