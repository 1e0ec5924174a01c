// Public reads of sections: the navigation list and one section by slug,
// named in the reader's locale when a label exists.
import type { Db } from '../db/database.ts';
import type { SectionLink } from '../public/public-content.ts';

function sectionsWithLabels(db: Db, siteId: string, locale: string) {
  return db.selectFrom('sections')
    .leftJoin('section_labels', (join) => join
      .onRef('section_labels.section_id', '=', 'sections.id')
      .on('section_labels.locale', '=', locale))
    .select((eb) => ['sections.id', 'sections.slug', eb.fn.coalesce('section_labels.name', 'sections.name').as('name')])
    .where('sections.site_id', '=', siteId);
}

export async function listSectionLinks(db: Db, siteId: string, locale: string): Promise<SectionLink[]> {
  return sectionsWithLabels(db, siteId, locale).orderBy('sections.position').orderBy('sections.name').execute();
}

export async function findSectionBySlug(db: Db, siteId: string, locale: string, slug: string): Promise<SectionLink | undefined> {
  return sectionsWithLabels(db, siteId, locale).where('sections.slug', '=', slug).executeTakeFirst();
}
