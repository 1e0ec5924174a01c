// Writing sites from /admin/sites. Reading them for requests goes through the site
// directory (deps.sites), which holds them in memory: after writing, the caller reloads it.
import type { Db } from '../db/database.ts';

export interface SiteFields {
  slug: string;
  name: string;
  host: string | null;
  defaultLocale: string;
  isDefault: boolean;
  logoMediaId: string | null;
}

export async function updateSite(db: Db, id: string, fields: SiteFields): Promise<void> {
  await db.updateTable('sites').set({
    slug: fields.slug, name: fields.name, host: fields.host, default_locale: fields.defaultLocale,
    is_default: fields.isDefault ? 1 : 0, logo_media_id: fields.logoMediaId,
  }).where('id', '=', id).execute();
}

/** Makes every site but `id` a non-default site: exactly one default, the one just saved. */
export async function clearDefaultExcept(db: Db, id: string): Promise<void> {
  await db.updateTable('sites').set({ is_default: 0 }).where('id', '!=', id).where('is_default', '=', 1).execute();
}

/** The site's locales in order (the first listed is not necessarily the default). */
export async function replaceSiteLocales(db: Db, siteId: string, locales: readonly string[]): Promise<void> {
  await db.deleteFrom('site_locales').where('site_id', '=', siteId).execute();
  if (locales.length === 0) return;
  await db.insertInto('site_locales').values(locales.map((locale, position) => ({ site_id: siteId, locale, position }))).execute();
}

/** How many articles (in any status) the site has in each of these locales; locales without any are left out. */
export async function countArticlesByLocale(db: Db, siteId: string, locales: readonly string[]): Promise<Map<string, number>> {
  if (locales.length === 0) return new Map();
  const rows = await db.selectFrom('articles').select(['locale', (eb) => eb.fn.countAll().as('n')])
    .where('site_id', '=', siteId).where('locale', 'in', [...locales]).groupBy('locale').execute();
  return new Map(rows.map((r) => [r.locale, Number(r.n)]));
}

export async function findSiteIdBySlug(db: Db, slug: string): Promise<string | undefined> {
  return (await db.selectFrom('sites').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
}

export async function findSiteIdByHost(db: Db, host: string): Promise<string | undefined> {
  return (await db.selectFrom('sites').select('id').where('host', '=', host).executeTakeFirst())?.id;
}
