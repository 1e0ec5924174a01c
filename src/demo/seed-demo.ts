// The demo newsroom: created by `npm start` on an empty database and by
// `serai seed-demo --force`. Never touches a database that has articles or staff
// unless forced. Staff passwords are random and exist only in the printed output.
import { createLocalEventBus } from '../cluster/event-bus.ts';
import type { AppDeps } from '../app-deps.ts';
import type { ArticleStatus } from '../db/database.ts';
import { manualClock } from '../lib/clock.ts';
import { idGenerator } from '../lib/ids.ts';
import { DEMO_DISCUSSIONS, DEMO_SECTIONS, DEMO_SITE, DEMO_STORIES } from './content/index.ts';
import { seedArabicSite } from './arabic-site.ts';
import { countArticlesAndUsers } from './demo.queries.ts';
import { seedCommentPolicies, seedComments } from './seed-comments.ts';
import { seedNewsroom, type DemoLogin } from './seed-newsroom.ts';
import { seedStories } from './seed-stories.ts';
import { newsroomCreatedAt, seedAnchor } from './timeline.ts';
import { wipeContent } from './wipe-content.ts';

export type SeedDemoDeps = Pick<AppDeps, 'db' | 'clock' | 'pageCache' | 'sites' | 'mediaDir' | 'secret'>;

export type SeedOutcome =
  | {
    kind: 'seeded'; siteId: string; siteName: string; articles: number; images: number; sections: number;
    byStatus: Partial<Record<ArticleStatus, number>>; logins: DemoLogin[];
    /** Readers' comments, and how many of them wait in the moderation queue. */
    comments: number; pendingComments: number;
    /** The second, right-to-left site (issue 5). */
    sisterSite: { name: string; host: string; articles: number; comments: number };
  }
  | { kind: 'not_empty'; articles: number; users: number };

/** Seeds the demo; on a database with articles or staff only when `force` (which wipes all content first). */
export async function seedDemo(deps: SeedDemoDeps, options: { force: boolean }): Promise<SeedOutcome> {
  const counts = await countArticlesAndUsers(deps.db);
  if (!options.force && (counts.articles > 0 || counts.users > 0)) return { kind: 'not_empty', ...counts };
  // An "empty" database may still hold the bootstrap site: the demo site replaces it as the default.
  await wipeContent(deps);
  const anchor = seedAnchor(deps.clock.now());
  // The seed runs on its own clock, moved to each event's moment, so publication
  // times are spread over the last days; ids follow the same clock.
  const clock = manualClock(newsroomCreatedAt(DEMO_STORIES, anchor));
  const seedDeps = { db: deps.db, clock, ids: idGenerator(() => clock.now().getTime()), pageCache: deps.pageCache, mediaDir: deps.mediaDir, secret: deps.secret,
    // Nobody is watching a page yet: the live notices of seeded comments go nowhere.
    events: createLocalEventBus() };
  const room = await seedNewsroom(seedDeps);
  await seedCommentPolicies(seedDeps, room);
  const { articleIds, ...stories } = await seedStories(seedDeps, DEMO_STORIES, room, anchor);
  const comments = await seedComments(seedDeps, room, DEMO_DISCUSSIONS, articleIds, anchor);
  const sister = await seedArabicSite({ ...seedDeps, sites: deps.sites }, anchor);
  deps.sites.reload();
  deps.pageCache.invalidateSite(room.siteId);
  return {
    kind: 'seeded', siteId: room.siteId, siteName: DEMO_SITE.name, sections: DEMO_SECTIONS.length, ...stories, logins: [...room.logins, sister.login],
    comments: comments.comments, pendingComments: comments.pending,
    sisterSite: { name: sister.name, host: sister.host, articles: sister.articles, comments: sister.comments },
  };
}

const STATUS_WORDS: Record<ArticleStatus, string> = {
  published: 'published', draft: 'draft', review: 'in review', scheduled: 'scheduled', unpublished: 'unpublished',
};

/** What to tell the person who ran the seed. Contains the passwords: print it once, log it nowhere else. */
export function describeOutcome(outcome: SeedOutcome): string[] {
  if (outcome.kind === 'not_empty') {
    return [`The database already has content (${outcome.articles} articles, ${outcome.users} staff accounts): the demo was not created.`,
      'Run `serai seed-demo --force` to delete ALL articles, sections, authors, media, sites and staff accounts and re-create the demo.'];
  }
  const states = Object.entries(outcome.byStatus).map(([status, n]) => `${n} ${STATUS_WORDS[status as ArticleStatus]}`).join(', ');
  const width = Math.max(...outcome.logins.map((l) => l.email.length));
  const admin = outcome.logins.find((l) => l.role === 'admin');
  return [
    `Created the demo newsroom "${outcome.siteName}": ${outcome.articles} articles (${states}) in English and Russian, ${outcome.sections} sections, ${outcome.images} lead images.`,
    `Readers' comments: ${outcome.comments}, of which ${outcome.pendingComments} wait for moderation at /admin/moderation.`,
    `Second site "${outcome.sisterSite.name}" (Arabic and Dari, right to left): ${outcome.sisterSite.articles} articles, ${outcome.sisterSite.comments} readers' comments,`
      + ` at http://${outcome.sisterSite.host}:<port>/ (with the default port: http://${outcome.sisterSite.host}:3000/).`,
    'Staff accounts (the passwords are shown only this once; change them under /admin/users):',
    ...outcome.logins.map((l) => `  ${l.role.padEnd(12)} ${l.email.padEnd(width)}  ${l.password}`),
    ...(admin ? [`Admin login: ${admin.email} / password: ${admin.password}`] : []),
  ];
}

/** Used by `serai serve --demo-if-empty` (npm start): quiet on a database that has content. */
export async function seedDemoIfEmpty(deps: AppDeps, print: (line: string) => void): Promise<void> {
  const outcome = await seedDemo(deps, { force: false });
  if (outcome.kind === 'seeded') for (const line of describeOutcome(outcome)) print(line);
}
