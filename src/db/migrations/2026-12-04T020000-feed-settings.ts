// Issue 6 (feeds): whether a site's feeds carry each article's full text or only its
// summary. Summary by default: a newsroom opts in to giving its whole text to readers'
// feed apps (and to anyone who republishes feeds). Portable types only.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sites')
    .addColumn('feed_full_content', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sites').dropColumn('feed_full_content').execute();
}
