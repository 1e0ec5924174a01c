// Extra test data for the public pages: lead image rows, more locales, other sites.
import type { AppDeps } from '../src/app-deps.ts';
import { insertSite } from '../src/sites/site.queries.ts';
import { defaultSiteId } from './factories.ts';

type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'sites'>;

/** A media row as the upload use case leaves it (the files themselves are not needed to render pages). */
export async function createMediaRow(deps: Deps, fields: { width?: number; height?: number; widths?: number[]; siteId?: string } = {}) {
  const id = deps.ids.next();
  const row = {
    id, site_id: fields.siteId ?? (await defaultSiteId(deps)), storage_key: `2026/06/${id}`, original_name: 'photo.jpg',
    mime_type: 'image/jpeg', width: fields.width ?? 2000, height: fields.height ?? 1125, widths: (fields.widths ?? [480, 960, 1600]).join(','),
    alt: '', created_by: null, created_at: deps.clock.now().toISOString(),
  };
  await deps.db.insertInto('media').values(row).execute();
  return row;
}

/** Adds a locale to the default site and makes the site directory see it. */
export async function addSiteLocale(deps: Deps, locale: string, position = 1): Promise<void> {
  await deps.db.insertInto('site_locales').values({ site_id: await defaultSiteId(deps), locale, position }).execute();
  deps.sites.reload();
}

export async function createOtherSite(deps: Deps, fields: { host: string; name?: string; locales?: string[] }) {
  const id = deps.ids.next();
  const locales = fields.locales ?? ['en'];
  await insertSite(deps.db, {
    id, slug: fields.host.replace(/\W+/g, '-'), name: fields.name ?? 'Other Desk', host: fields.host, defaultLocale: locales[0]!,
    isDefault: false, locales, createdAt: deps.clock.now().toISOString(),
  });
  deps.sites.reload();
  return { id };
}
