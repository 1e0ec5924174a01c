// Duplicate comments (the same text from the same email within 24 hours) are refused.
// Checking the comments table and then inserting lets two concurrent submissions with
// different form tokens both pass on PostgreSQL; a guard row per (email hash, body hash),
// claimed by one upsert before storing, makes the check and the claim one atomic step on
// both engines (src/comments/duplicate-guard.queries.ts). Portable types only.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('comment_duplicate_guards')
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('submission_key', 'text', (c) => c.notNull()) // the submission holding the guard
    .addColumn('expires_at', 'text', (c) => c.notNull()) // ISO time: after it, the same text may be posted again
    .addPrimaryKeyConstraint('comment_duplicate_guards_pk', ['email_hash', 'body_hash'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comment_duplicate_guards').ifExists().execute();
}
