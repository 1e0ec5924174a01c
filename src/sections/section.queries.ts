// Admin reads and writes of sections. Public reads live in section-page.queries.ts.
import type { CommentMode, Db } from '../db/database.ts';

export interface SectionRow {
  id: string; siteId: string; slug: string; name: string; position: number;
  /** Overrides the site's comment moderation; null inherits it. */
  commentMode: CommentMode | null;
}
export interface SectionWithCount extends SectionRow { articleCount: number }

const toSection = (r: { id: string; site_id: string; slug: string; name: string; position: number; comment_mode: CommentMode | null }): SectionRow =>
  ({ id: r.id, siteId: r.site_id, slug: r.slug, name: r.name, position: Number(r.position), commentMode: r.comment_mode });

export async function listSectionsWithCounts(db: Db, siteId: string): Promise<SectionWithCount[]> {
  const rows = await db.selectFrom('sections').select(['id', 'site_id', 'slug', 'name', 'position', 'comment_mode'])
    .where('site_id', '=', siteId).orderBy('position').orderBy('name').execute();
  const counts = await db.selectFrom('articles').select(['section_id', (eb) => eb.fn.countAll().as('n')])
    .where('site_id', '=', siteId).groupBy('section_id').execute();
  const bySection = new Map(counts.map((c) => [c.section_id, Number(c.n)]));
  return rows.map((r) => ({ ...toSection(r), articleCount: bySection.get(r.id) ?? 0 }));
}

export async function findSection(db: Db, siteId: string, id: string): Promise<SectionRow | undefined> {
  const row = await db.selectFrom('sections').select(['id', 'site_id', 'slug', 'name', 'position', 'comment_mode'])
    .where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  return row && toSection(row);
}

/** The id of the site's section with this slug, if any. */
export async function findSectionIdBySlug(db: Db, siteId: string, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('sections').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

/** Per-locale names, by locale. */
export async function listSectionLabels(db: Db, sectionId: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('section_labels').select(['locale', 'name']).where('section_id', '=', sectionId).execute();
  return Object.fromEntries(rows.map((r) => [r.locale, r.name]));
}

export async function countArticlesInSection(db: Db, sectionId: string): Promise<number> {
  const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('section_id', '=', sectionId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertSection(db: Db, row: SectionRow & { createdAt: string }): Promise<void> {
  await db.insertInto('sections').values({
    id: row.id, site_id: row.siteId, slug: row.slug, name: row.name, position: row.position, comment_mode: row.commentMode,
    created_at: row.createdAt,
  }).execute();
}

export async function updateSection(db: Db, id: string, fields: { slug: string; name: string; position: number; commentMode: CommentMode | null }): Promise<void> {
  await db.updateTable('sections').set({ slug: fields.slug, name: fields.name, position: fields.position, comment_mode: fields.commentMode })
    .where('id', '=', id).execute();
}

/** Replaces every label of the section; empty names are dropped (the section's name is used instead). */
export async function replaceSectionLabels(db: Db, sectionId: string, labels: Record<string, string>): Promise<void> {
  await db.deleteFrom('section_labels').where('section_id', '=', sectionId).execute();
  const rows = Object.entries(labels).filter(([, name]) => name !== '').map(([locale, name]) => ({ section_id: sectionId, locale, name }));
  if (rows.length > 0) await db.insertInto('section_labels').values(rows).execute();
}

export async function deleteSection(db: Db, id: string): Promise<void> {
  await db.deleteFrom('section_labels').where('section_id', '=', id).execute();
  await db.deleteFrom('sections').where('id', '=', id).execute();
}
