// The site's comment settings. Reading goes through the site directory (deps.sites),
// which holds sites in memory: after writing, the caller reloads it.
import type { CommentMode, Db } from '../db/database.ts';

export interface SiteCommentSettings {
  mode: CommentMode;
  /** Comments close this many days after publication; null never. */
  closeAfterDays: number | null;
}

export async function updateSiteCommentSettings(db: Db, siteId: string, settings: SiteCommentSettings): Promise<void> {
  await db.updateTable('sites')
    .set({ comment_mode: settings.mode, comments_close_after_days: settings.closeAfterDays })
    .where('id', '=', siteId)
    .execute();
}
