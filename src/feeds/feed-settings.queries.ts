// The site's feed setting (full text or summaries). Read through the site directory
// (Site.feedFullContent); after writing, the caller reloads it and drops cached pages.
import type { Db } from '../db/database.ts';

export async function updateSiteFeedFullContent(db: Db, siteId: string, fullContent: boolean): Promise<void> {
  await db.updateTable('sites').set({ feed_full_content: fullContent ? 1 : 0 }).where('id', '=', siteId).execute();
}
