// Issue 7, live comments: what readers of an open article page are told over Server-Sent
// Events, kept as a per-article log so a reconnecting page (Last-Event-ID) gets exactly the
// events it missed. `seq` comes from article_counters.live_seq, bumped in the same
// transaction as the visibility change: the counters row lock orders it per article.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article_counters')
    .addColumn('live_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createTable('live_events')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    // 'comment' (a comment became visible) | 'count' (the visible count changed otherwise).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('comment_id', 'text')
    .addColumn('visible_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_events_pk', ['article_id', 'seq'])
    .execute();
  // Pruning deletes by age across articles.
  await db.schema.createIndex('live_events_created_idx').on('live_events').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('live_events').ifExists().execute();
  await db.schema.alterTable('article_counters').dropColumn('live_seq').execute();
}
