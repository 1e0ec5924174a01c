// Issue 6: page views per article and UTC day, for the most-read lists. Only a count:
// no IP, cookie, user agent or time of day is kept (src/readership/CONTEXT.md).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('article_views')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    // UTC calendar day, 'YYYY-MM-DD': sorts and compares as text on both engines.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_views_pk', ['article_id', 'day'])
    .execute();
  // Most-read reads a window of days and sums per article.
  await db.schema.createIndex('article_views_day_idx').on('article_views').columns(['day', 'article_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article_views').ifExists().execute();
}
