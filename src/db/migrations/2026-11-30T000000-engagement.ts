// Reader engagement: comment settings on sites, sections and articles; comments
// with threading and moderation status; votes; per-article counters; the comment
// policy page per site and locale. Portable types only, as in the foundation.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // 'pre' | 'post' | 'closed'; sections and articles inherit when null.
  await db.schema.alterTable('sites').addColumn('comment_mode', 'text', (c) => c.notNull().defaultTo('pre')).execute();
  await db.schema.alterTable('sites').addColumn('comments_close_after_days', 'integer').execute();
  await db.schema.alterTable('sections').addColumn('comment_mode', 'text').execute();
  await db.schema.alterTable('articles').addColumn('comment_mode', 'text').execute();

  await db.schema.createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.references('comments.id').onDelete('cascade'))
    .addColumn('thread_id', 'text', (c) => c.notNull()) // the top-level comment; itself when top-level
    .addColumn('depth', 'integer', (c) => c.notNull()) // 0 for top-level, real depth (display caps at 3)
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull()) // moderators only: never rendered to readers
    .addColumn('email_hash', 'text', (c) => c.notNull()) // keyed hash of the normalised email
    .addColumn('ip_hash', 'text', (c) => c.notNull()) // keyed hash: no raw addresses kept
    .addColumn('reader_id', 'text', (c) => c.notNull()) // from the signed reader cookie
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('submission_key', 'text', (c) => c.notNull().unique()) // idempotency: one comment per form token + content
    .addColumn('status', 'text', (c) => c.notNull()) // 'pending' | 'approved' | 'rejected' | 'spam'
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('moderated_at', 'text')
    .addColumn('moderated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('comments_top_level_idx').on('comments').columns(['article_id', 'status', 'depth', 'created_at', 'id']).execute();
  await db.schema.createIndex('comments_thread_idx').on('comments').columns(['thread_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('comments_queue_idx').on('comments').columns(['site_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('comments_duplicate_idx').on('comments').columns(['email_hash', 'body_hash', 'created_at']).execute();
  await db.schema.createIndex('comments_reader_idx').on('comments').columns(['reader_id', 'article_id']).execute();

  await db.schema.createTable('article_votes')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('reader_id', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull()) // 1 yes, -1 no
    .addColumn('ip_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_votes_pk', ['article_id', 'reader_id'])
    .execute();

  // Kept in the same transaction as the change they count, so a page never counts rows.
  await db.schema.createTable('article_counters')
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('comments_visible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comments_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('votes_yes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('votes_no', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.createTable('comment_policies')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_md', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('comment_policies_pk', ['site_id', 'locale'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['comment_policies', 'article_counters', 'article_votes', 'comments']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('articles').dropColumn('comment_mode').execute();
  await db.schema.alterTable('sections').dropColumn('comment_mode').execute();
  await db.schema.alterTable('sites').dropColumn('comments_close_after_days').execute();
  await db.schema.alterTable('sites').dropColumn('comment_mode').execute();
}
