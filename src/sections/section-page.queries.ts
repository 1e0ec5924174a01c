// Public reads of sections: the navigation list and one section by slug,
// named in the reader's locale when a label exists.
import type { Db } from '../db/database.ts';
import type { SectionLink } from '../public/public-content.ts';
import { reusableQuery } from '../public/reusable-query.ts';

function sectionsWithLabels(db: Db, siteId: string, locale: string) {
  return db.selectFrom('sections')
    .leftJoin('section_labels', (join) => join
      .onRef('section_labels.section_id', '=', 'sections.id')
      .on('section_labels.locale', '=', locale))
    .select((eb) => ['sections.id', 'sections.slug', eb.fn.coalesce('section_labels.name', 'sections.name').as('name')])
    .where('sections.site_id', '=', siteId);
}

// Every public page that misses the cache lists the sections: compiled once, not per request.
const sectionLinks = reusableQuery((db: Db, siteId: string, locale: string) =>
  sectionsWithLabels(db, siteId, locale).orderBy('sections.position').orderBy('sections.name'));

const sectionBySlug = reusableQuery((db: Db, siteId: string, locale: string, slug: string) =>
  sectionsWithLabels(db, siteId, locale).where('sections.slug', '=', slug));

export async function listSectionLinks(db: Db, siteId: string, locale: string): Promise<SectionLink[]> {
  return sectionLinks(db, siteId, locale);
}

export async function findSectionBySlug(db: Db, siteId: string, locale: string, slug: string): Promise<SectionLink | undefined> {
  const [section] = await sectionBySlug(db, siteId, locale, slug);
  return section;
}
