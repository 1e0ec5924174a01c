// The moderation desk (issue 4): screening results and work queues on comments, reader
// reports, bans, per-commenter pre-moderation, per-site screening settings and terms,
// moderators limited to sites and locales, and the append-only moderation log.
// Portable types only; the log's append-only guard is a trigger per engine.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

async function addCommentColumns(db: Kysely<any>): Promise<void> {
  const add = (name: string, type: 'text' | 'integer', build?: (c: any) => any) =>
    db.schema.alterTable('comments').addColumn(name, type, build ?? ((c) => c)).execute();
  await add('risk', 'integer', (c) => c.notNull().defaultTo(0)); // screening score × 10,000: orders the queues
  await add('screening', 'text'); // JSON: { outcome, score, lang, reasons: [{ code, phase, category?, score, evidence }] }
  await add('queue', 'text'); // 'pending' | 'held' | 'reported' | null: the work queue it waits in
  await add('reject_reason', 'text'); // a REJECT_REASONS code
  await add('report_count', 'integer', (c) => c.notNull().defaultTo(0)); // open (unresolved) reader reports
  await add('featured_at', 'text');
  await add('featured_by', 'text');
  await db.schema.createIndex('comments_work_queue_idx').on('comments').columns(['site_id', 'queue', 'risk', 'created_at', 'id']).execute();
  await db.schema.createIndex('comments_article_queue_idx').on('comments').columns(['article_id', 'queue', 'risk', 'created_at', 'id']).execute();
  await db.schema.createIndex('comments_commenter_idx').on('comments').columns(['site_id', 'email_hash', 'created_at']).execute();
  await db.schema.createIndex('comments_same_text_idx').on('comments').columns(['site_id', 'body_hash', 'created_at']).execute();
  await db.schema.createIndex('comments_featured_idx').on('comments').columns(['article_id', 'featured_at']).execute();
}

async function createReaderTables(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('comment_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('reader_id', 'text', (c) => c.notNull())
    .addColumn('ip_hash', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull()) // a REPORT_REASONS code
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolution', 'text') // the moderator's action that closed it
    .addUniqueConstraint('comment_reports_once_idx', ['comment_id', 'reader_id'])
    .execute();
  await db.schema.createIndex('comment_reports_open_idx').on('comment_reports').columns(['comment_id', 'resolved_at']).execute();

  await db.schema.createTable('commenter_bans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('email_hash', 'text')
    .addColumn('ip_hash', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('comment_id', 'text', (c) => c.references('comments.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text') // null: until lifted
    .addColumn('lifted_at', 'text')
    .addColumn('lifted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('commenter_bans_email_idx').on('commenter_bans').columns(['site_id', 'email_hash']).execute();
  await db.schema.createIndex('commenter_bans_ip_idx').on('commenter_bans').columns(['site_id', 'ip_hash']).execute();

  await db.schema.createTable('commenter_premoderation')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('until', 'text') // null: until a moderator ends it
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('commenter_premoderation_pk', ['site_id', 'email_hash'])
    .execute();
}

async function createSettingsTables(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('screening_settings')
    .addColumn('site_id', 'text', (c) => c.primaryKey().references('sites.id').onDelete('cascade'))
    .addColumn('hold_threshold', 'integer', (c) => c.notNull()) // × 10,000
    .addColumn('reject_threshold', 'integer', (c) => c.notNull()) // × 10,000
    .addColumn('report_threshold', 'integer', (c) => c.notNull()) // open reports that hide a comment
    .addColumn('new_commenter_approvals', 'integer', (c) => c.notNull()) // 0: new commenters are not pre-moderated
    .addColumn('blocked_domains', 'text', (c) => c.notNull()) // one per line
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema.createTable('screening_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull()) // a LEXICON_LANGUAGES tag
    .addColumn('kind', 'text', (c) => c.notNull()) // 'block' | 'allow'
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('category', 'text') // block only: profanity | slur | hate | threat
    .addColumn('severity', 'integer') // block only: 1 | 2 | 3
    .addColumn('match', 'text') // block only: word | stem
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('screening_terms_once_idx', ['site_id', 'language', 'kind', 'term'])
    .execute();

  await db.schema.createTable('moderator_scopes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull()) // '*': every locale of the site
    .addPrimaryKeyConstraint('moderator_scopes_pk', ['user_id', 'site_id', 'locale'])
    .execute();
}

/** No foreign keys: deleting a user, comment or site never removes or rewrites history. */
async function createModerationLog(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('moderation_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull()) // 'staff' | 'screening' | 'readers'
    .addColumn('actor_id', 'text') // the user, for staff
    .addColumn('actor_name', 'text', (c) => c.notNull()) // as it was then
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull()) // 'comment' | 'commenter' | 'site'
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_log_site_idx').on('moderation_log').columns(['site_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('moderation_log_target_idx').on('moderation_log').columns(['target_kind', 'target_id', 'created_at']).execute();
  await db.schema.createIndex('moderation_log_actor_idx').on('moderation_log').columns(['site_id', 'actor_id', 'created_at']).execute();
  await db.schema.createIndex('moderation_log_action_idx').on('moderation_log').columns(['site_id', 'action', 'created_at']).execute();
  await guardAppendOnly(db);
}

/** The product never updates or deletes log rows; the database refuses to as well. */
async function guardAppendOnly(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`CREATE FUNCTION moderation_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'moderation_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER moderation_log_no_change BEFORE UPDATE OR DELETE ON moderation_log
      FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only()`.execute(db);
    return;
  }
  for (const event of ['UPDATE', 'DELETE']) {
    await sql.raw(`CREATE TRIGGER moderation_log_no_${event.toLowerCase()} BEFORE ${event} ON moderation_log
      BEGIN SELECT RAISE(ABORT, 'moderation_log is append-only'); END`).execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await addCommentColumns(db);
  await createReaderTables(db);
  await createSettingsTables(db);
  await createModerationLog(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['moderation_log', 'moderator_scopes', 'screening_terms', 'screening_settings', 'commenter_premoderation', 'commenter_bans', 'comment_reports']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`DROP FUNCTION IF EXISTS moderation_log_append_only()`.execute(db);
  for (const index of ['comments_work_queue_idx', 'comments_article_queue_idx', 'comments_commenter_idx', 'comments_same_text_idx', 'comments_featured_idx']) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  for (const column of ['risk', 'screening', 'queue', 'reject_reason', 'report_count', 'featured_at', 'featured_by']) {
    await db.schema.alterTable('comments').dropColumn(column).execute();
  }
}
