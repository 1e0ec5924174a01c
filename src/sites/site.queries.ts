import type { CommentMode, Db } from '../db/database.ts';

/** The image a site shows in its masthead instead of its name (a media library upload). */
export interface SiteLogo {
  mediaId: string;
  storageKey: string;
  /** Upright size of the upload. */
  width: number;
  height: number;
  /** Widths of its resized variants, ascending. */
  widths: number[];
  /** The media library's description; the masthead uses the site's name instead. */
  alt: string;
}

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
  logo: SiteLogo | null;
  /** Feeds carry each article's full text (true) or its summary (false); issue 6. */
  feedFullContent: boolean;
}

export async function listSites(db: Db): Promise<Site[]> {
  const sites = await db.selectFrom('sites')
    .leftJoin('media', 'media.id', 'sites.logo_media_id')
    .select([
      'sites.id', 'sites.slug', 'sites.name', 'sites.host', 'sites.default_locale', 'sites.is_default', 'sites.comment_mode',
      'sites.comments_close_after_days', 'sites.feed_full_content', 'media.id as logo_id', 'media.storage_key as logo_key', 'media.width as logo_width',
      'media.height as logo_height', 'media.widths as logo_widths', 'media.alt as logo_alt',
    ])
    .orderBy('sites.is_default', 'desc').orderBy('sites.created_at').orderBy('sites.id')
    .execute();
  const locales = await db.selectFrom('site_locales').select(['site_id', 'locale']).orderBy('position').execute();
  return sites.map((s) => ({
    id: s.id, slug: s.slug, name: s.name, host: s.host, defaultLocale: s.default_locale, isDefault: s.is_default === 1,
    commentMode: s.comment_mode, commentsCloseAfterDays: s.comments_close_after_days, feedFullContent: Number(s.feed_full_content) === 1,
    locales: locales.filter((l) => l.site_id === s.id).map((l) => l.locale),
    logo: s.logo_id && s.logo_key ? {
      mediaId: s.logo_id, storageKey: s.logo_key, width: s.logo_width ?? 0, height: s.logo_height ?? 0,
      widths: (s.logo_widths ?? '').split(',').filter(Boolean).map(Number), alt: s.logo_alt ?? '',
    } : null,
  }));
}

export interface NewSite {
  id: string; slug: string; name: string; host: string | null; defaultLocale: string; isDefault: boolean; locales: string[]; createdAt: string;
  logoMediaId?: string | null;
}

export async function insertSite(db: Db, site: NewSite): Promise<void> {
  await db.insertInto('sites').values({
    id: site.id, slug: site.slug, name: site.name, host: site.host, default_locale: site.defaultLocale,
    is_default: site.isDefault ? 1 : 0, created_at: site.createdAt, logo_media_id: site.logoMediaId ?? null,
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
