// Issue 5: several sites from one install, each with its own logo; staff limited to
// sites; one article per locale in a translation group. Portable types only.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The masthead image of a site; null shows the site's name as text.
  await db.schema.alterTable('sites')
    .addColumn('logo_media_id', 'text', (c) => c.references('media.id').onDelete('set null'))
    .execute();

  // Staff with no rows here work on every site (the install's first admin, small
  // newsrooms); rows limit a user to those sites. Moderators' language scopes stay
  // in moderator_scopes.
  await db.schema.createTable('user_sites')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_sites_pk', ['user_id', 'site_id'])
    .execute();

  // The language of the admin interface for this user (en, ru, …); null follows the browser.
  await db.schema.alterTable('users').addColumn('ui_locale', 'text').execute();

  // A translation group holds at most one article per locale: the language switcher and
  // hreflang need exactly one answer for "this story in Kazakh".
  await db.schema.createIndex('articles_group_locale_uq').on('articles')
    .columns(['translation_group_id', 'locale']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_group_locale_uq').ifExists().execute();
  await db.schema.dropTable('user_sites').ifExists().execute();
  await db.schema.alterTable('users').dropColumn('ui_locale').execute();
  await db.schema.alterTable('sites').dropColumn('logo_media_id').execute();
}
