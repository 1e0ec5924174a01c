// SQL of the media library: uploaded images and their resized variants.
import type { Db } from '../db/database.ts';

export interface MediaItem {
  id: string;
  siteId: string;
  storageKey: string;
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  /** Widths of the resized variants, ascending. */
  widths: number[];
  alt: string;
  createdBy: string | null;
  createdAt: string;
}

const COLUMNS = ['id', 'site_id', 'storage_key', 'original_name', 'mime_type', 'width', 'height', 'widths', 'alt', 'created_by', 'created_at'] as const;

type Row = { id: string; site_id: string; storage_key: string; original_name: string; mime_type: string; width: number; height: number; widths: string; alt: string; created_by: string | null; created_at: string };

function toItem(r: Row): MediaItem {
  return {
    id: r.id, siteId: r.site_id, storageKey: r.storage_key, originalName: r.original_name, mimeType: r.mime_type,
    width: r.width, height: r.height, widths: r.widths.split(',').filter(Boolean).map(Number), alt: r.alt,
    createdBy: r.created_by, createdAt: r.created_at,
  };
}

export async function insertMedia(db: Db, item: MediaItem): Promise<void> {
  await db.insertInto('media').values({
    id: item.id, site_id: item.siteId, storage_key: item.storageKey, original_name: item.originalName,
    mime_type: item.mimeType, width: item.width, height: item.height, widths: item.widths.join(','), alt: item.alt,
    created_by: item.createdBy, created_at: item.createdAt,
  }).execute();
}

export async function findMedia(db: Db, siteId: string, id: string): Promise<MediaItem | undefined> {
  const row = await db.selectFrom('media').select(COLUMNS).where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** Newest first. */
export async function listMedia(db: Db, siteId: string, page: { limit: number; offset: number }): Promise<MediaItem[]> {
  const rows = await db.selectFrom('media').select(COLUMNS).where('site_id', '=', siteId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc')
    .limit(page.limit).offset(page.offset).execute();
  return rows.map(toItem);
}

export async function countMedia(db: Db, siteId: string): Promise<number> {
  const row = await db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', siteId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateMediaAlt(db: Db, siteId: string, id: string, alt: string): Promise<boolean> {
  const result = await db.updateTable('media').set({ alt }).where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
