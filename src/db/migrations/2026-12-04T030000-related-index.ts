// Related articles (src/readership/related.queries.ts) take only the newest few articles per tag.
// (tag_id, article_id) answers "how many articles carry this tag" and "which" from the index alone
// (SQLite's tag_id index held only rowids, PostgreSQL's needed the heap); it supersedes
// article_tags_tag_idx, whose every use it serves, so that one is dropped.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('article_tags_tag_article_idx').on('article_tags').columns(['tag_id', 'article_id']).execute();
  await db.schema.dropIndex('article_tags_tag_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('article_tags_tag_idx').on('article_tags').column('tag_id').execute();
  await db.schema.dropIndex('article_tags_tag_article_idx').execute();
}
