// The newsroom around the stories: the default site with its languages, the four
// desks, the staff accounts and the byline authors (some linked to those accounts),
// each through the same use case as its admin page.
import type { AppDeps } from '../app-deps.ts';
import type { Role } from '../db/database.ts';
import { createStaffUser } from '../accounts/manage-users.ts';
import { generatePassword } from '../accounts/password.ts';
import { saveAuthor } from '../authors/save-author.ts';
import { saveSection } from '../sections/save-section.ts';
import { insertSite } from '../sites/site.queries.ts';
import { DEMO_AUTHORS, DEMO_SECTIONS, DEMO_SITE, DEMO_STAFF } from './content/index.ts';
import type { SectionKey } from './content/types.ts';

export type NewsroomDeps = Pick<AppDeps, 'db' | 'clock' | 'ids' | 'pageCache'>;

/** A staff account created by the seed; the password exists only in memory, to be printed once. */
export interface DemoLogin {
  key: string;
  userId: string;
  role: Role;
  email: string;
  displayName: string;
  password: string;
}

export interface Newsroom {
  siteId: string;
  sectionIds: Record<SectionKey, string>;
  authorIds: Record<string, string>;
  userIds: Record<string, string>;
  logins: DemoLogin[];
}

async function createSite(deps: NewsroomDeps): Promise<string> {
  const id = deps.ids.next();
  await insertSite(deps.db, {
    id, slug: DEMO_SITE.slug, name: DEMO_SITE.name, host: null, defaultLocale: DEMO_SITE.defaultLocale, isDefault: true,
    locales: [...DEMO_SITE.locales], createdAt: deps.clock.now().toISOString(),
  });
  return id;
}

/** Fails loudly: a refused demo record means the demo data is wrong. */
function expectSaved(result: { kind: string; errors?: unknown }, what: string): asserts result is { kind: 'saved'; id: string } {
  if (result.kind !== 'saved') throw new Error(`demo ${what} was refused: ${JSON.stringify(result)}`);
}

async function createSections(deps: NewsroomDeps, siteId: string): Promise<Record<SectionKey, string>> {
  const ids = {} as Record<SectionKey, string>;
  for (const [position, section] of DEMO_SECTIONS.entries()) {
    const result = await saveSection(deps, siteId, undefined, {
      name: section.name, slug: section.slug, position: String(position), labels: section.labels, commentMode: section.commentMode ?? '',
    });
    expectSaved(result, `section ${section.slug}`);
    ids[section.key] = result.id;
  }
  return ids;
}

async function createStaff(deps: NewsroomDeps): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const staff of DEMO_STAFF) {
    const password = generatePassword();
    const result = await createStaffUser(deps, { email: staff.email, displayName: staff.displayName, role: staff.role, password });
    if (result.kind !== 'created') throw new Error(`demo staff ${staff.email} was refused: ${JSON.stringify(result.errors)}`);
    logins.push({ key: staff.key, userId: result.user.id, role: staff.role, email: result.user.email, displayName: staff.displayName, password });
  }
  return logins;
}

async function createAuthors(deps: NewsroomDeps, siteId: string, userIds: Record<string, string>): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const author of DEMO_AUTHORS) {
    const userId = author.staffKey ? userIds[author.staffKey] ?? '' : '';
    const result = await saveAuthor(deps, siteId, undefined, { name: author.name, slug: '', bio: author.bio, userId });
    expectSaved(result, `author ${author.name}`);
    ids[author.key] = result.id;
  }
  return ids;
}

/** Creates the site, desks, staff and authors. Call on a database without any of them. */
export async function seedNewsroom(deps: NewsroomDeps): Promise<Newsroom> {
  const siteId = await createSite(deps);
  const sectionIds = await createSections(deps, siteId);
  const logins = await createStaff(deps);
  const userIds = Object.fromEntries(logins.map((l) => [l.key, l.userId]));
  const authorIds = await createAuthors(deps, siteId, userIds);
  return { siteId, sectionIds, authorIds, userIds, logins };
}
