import type { CommentMode, Db } from '../db/database.ts';

export interface Site {
  id: string;
  slug: string;
  name: string;
  host: string | null;
  defaultLocale: string;
  isDefault: boolean;
  locales: string[];
  commentMode: CommentMode;
  /** Comments close this many days after publication; null never. */
  commentsCloseAfterDays: number | null;
}

export async function listSites(db: Db): Promise<Site[]> {
  const sites = await db.selectFrom('sites')
    .select(['id', 'slug', 'name', 'host', 'default_locale', 'is_default', 'comment_mode', 'comments_close_after_days'])
    .orderBy('is_default', 'desc').orderBy('created_at')
    .execute();
  const locales = await db.selectFrom('site_locales').select(['site_id', 'locale']).orderBy('position').execute();
  return sites.map((s) => ({
    id: s.id, slug: s.slug, name: s.name, host: s.host, defaultLocale: s.default_locale, isDefault: s.is_default === 1,
    commentMode: s.comment_mode, commentsCloseAfterDays: s.comments_close_after_days,
    locales: locales.filter((l) => l.site_id === s.id).map((l) => l.locale),
  }));
}

export async function insertSite(db: Db, site: { id: string; slug: string; name: string; host: string | null; defaultLocale: string; isDefault: boolean; locales: string[]; createdAt: string }): Promise<void> {
  await db.insertInto('sites').values({
    id: site.id, slug: site.slug, name: site.name, host: site.host, default_locale: site.defaultLocale,
    is_default: site.isDefault ? 1 : 0, created_at: site.createdAt,
  }).execute();
  if (site.locales.length > 0) {
    await db.insertInto('site_locales').values(site.locales.map((locale, position) => ({ site_id: site.id, locale, position }))).execute();
  }
}

export async function countSites(db: Db): Promise<number> {
  const row = await db.selectFrom('sites').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Inserts unless another node got there first; returns the value that won. */
export async function insertSettingIfAbsent(db: Db, key: string, value: string): Promise<string> {
  await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await findSetting(db, key))!;
}
