// Moderators limited to sites and locales (issue 4 part 4). A user with no scope rows
// may moderate everything; with rows, only the sites named, and on each site only the
// locales named ('*' = all of that site's locales).
import type { Db } from '../db/database.ts';

export type ModeratorScope =
  | { kind: 'everything' }
  /** Not allowed on this site at all. */
  | { kind: 'none' }
  | { kind: 'all_locales' }
  | { kind: 'locales'; locales: string[] };

export async function findModeratorScope(db: Db, userId: string, siteId: string): Promise<ModeratorScope> {
  const rows = await db.selectFrom('moderator_scopes').select(['site_id', 'locale']).where('user_id', '=', userId).execute();
  if (rows.length === 0) return { kind: 'everything' };
  const here = rows.filter((r) => r.site_id === siteId).map((r) => r.locale);
  if (here.length === 0) return { kind: 'none' };
  return here.includes('*') ? { kind: 'all_locales' } : { kind: 'locales', locales: here.sort() };
}

export function scopeAllows(scope: ModeratorScope, locale: string): boolean {
  if (scope.kind === 'none') return false;
  return scope.kind !== 'locales' || scope.locales.includes(locale);
}
