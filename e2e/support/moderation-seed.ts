// The moderation desk's browser tests start from this newsroom: two moderators, an article
// whose pending comments wait in the routine queue with different risks (the keyboard
// test clears them), and another where readers post and one comment screening held
// waits (with the stored screening the Held tab shows). Written before `serai serve` starts; read back read-only.
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config.ts';
import type { WorkQueue } from '../../src/db/database.ts';
import { storeComment } from '../../src/comments/comment-store.ts';
import { defaultSiteScreening, screenText, screeningLanguage } from '../../src/screening-settings/site-screening.ts';
import { riskOf, toStoredScreening } from '../../src/screening/stored-screening.ts';
import { openDatabase, prepareDeps } from '../../src/server.ts';
import { commentRow } from '../../test/comment-factory.ts';
import { createArticle, createUser } from '../../test/factories.ts';
import { seedNewsroom } from './seed.ts';

type Deps = Awaited<ReturnType<typeof prepareDeps>>;

export interface SeededComment { id: string; body: string; authorName: string }

export interface ModerationNewsroom {
  moderators: [{ email: string; password: string }, { email: string; password: string }];
  /** The routine queue, highest risk first (the order the Pending tab shows). */
  pending: SeededComment[];
  /** Held by screening, the one two moderators race for. */
  contested: SeededComment;
  /** Held by screening, approved while the network fails the island's request. */
  offline: SeededComment;
  /** The article readers post on (its comments are held when screening says so). */
  heatedArticlePath: string;
}

/** Routine comments, highest risk first: the keyboard test walks them in this order. */
const ROUTINE: Array<[string, string, number]> = [
  ['Nurlan', 'Call me on +996 555 010 203 if you want apricots cheaper than at the bazaar.', 6200],
  ['Aigerim', 'The council promised the road in spring. It is December and the potholes are still there.', 3100],
  ['Bolot', 'Who paid for the cold store? The article does not say and I would like to know.', 2400],
  ['Dinara', 'Only an idiot like the author would write this. Go back to school.', 1800],
  ['Erlan', 'Good news for growers, thank you for the report.', 200],
];

const CONTESTED: [string, string] = ['Farida', 'This shit decision will cost the valley a whole harvest, mark my words.'];
const OFFLINE: [string, string] = ['Kanat', 'Same old story with this damn tender, the same firm wins every year.'];

async function storeQueued(deps: Deps, articleId: string, page: { siteId: string; locale: string; slug: string }, authorName: string, body: string, queue: WorkQueue, risk?: number): Promise<SeededComment> {
  const row = await commentRow(deps, { articleId, status: 'pending', authorName, body, authorEmail: `${authorName.toLowerCase()}@example.test` });
  const result = screenText(defaultSiteScreening(page.siteId), { text: body, authorName, now: deps.clock.now() });
  const screening = toStoredScreening(result, screeningLanguage(body));
  const outcome = await storeComment(deps, { ...row, queue, risk: risk ?? riskOf(result.score), screening: JSON.stringify(screening) }, page);
  if (outcome.kind !== 'stored') throw new Error(`seed comment not stored: ${outcome.kind}`);
  return { id: row.id, body, authorName };
}

export async function seedModeration(dataDir: string): Promise<ModerationNewsroom> {
  const newsroom = await seedNewsroom(dataDir);
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    const first = await createUser(deps, { email: 'mira@example.test', password: 'e2e moderator lantern', role: 'moderator', displayName: 'Mira Moderator' });
    const second = await createUser(deps, { email: 'marat@example.test', password: 'e2e moderator compass', role: 'moderator', displayName: 'Marat Moderator' });
    const routine = await createArticle(deps, { sectionId: newsroom.section.id, headline: 'Orchard cooperative opens its first cold store', slug: 'orchard-cold-store', authorIds: [newsroom.authors[0]!.id] });
    const heated = await createArticle(deps, { sectionId: newsroom.section.id, headline: 'Council awards the road tender', slug: 'road-tender', authorIds: [newsroom.authors[1]!.id] });
    const pageOf = (a: { site_id: string; locale: string; slug: string }) => ({ siteId: a.site_id, locale: a.locale, slug: a.slug });
    const pending: SeededComment[] = [];
    for (const [name, body, risk] of ROUTINE) pending.push(await storeQueued(deps, routine.id, pageOf(routine), name, body, 'pending', risk));
    const contested = await storeQueued(deps, heated.id, pageOf(heated), CONTESTED[0], CONTESTED[1], 'held');
    const offline = await storeQueued(deps, heated.id, pageOf(heated), OFFLINE[0], OFFLINE[1], 'held', 100);
    return {
      moderators: [{ email: first.email, password: first.password }, { email: second.email, password: second.password }],
      pending, contested, offline, heatedArticlePath: `/${heated.locale}/articles/${heated.slug}`,
    };
  } finally {
    await database.close();
  }
}

export interface StoredState { id: string; status: string; queue: string | null; reject_reason: string | null; version: number }
export interface LogRow { action: string; actor_id: string | null; reason: string | null; from_status: string | null; to_status: string | null }

function readOnly<T>(dataDir: string, use: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, 'serai.db'), { readonly: true, fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** A comment's moderation state as the server stored it (read-only, beside the running server). */
export function commentState(dataDir: string, id: string): StoredState | undefined {
  return readOnly(dataDir, (db) => db.prepare('SELECT id, status, queue, reject_reason, version FROM comments WHERE id = ?').get(id) as StoredState | undefined);
}

/** The comments stored with this text (a reader's, posted through the form). */
export function commentsWithBody(dataDir: string, body: string): StoredState[] {
  return readOnly(dataDir, (db) => db.prepare('SELECT id, status, queue, reject_reason, version FROM comments WHERE body = ?').all(body) as StoredState[]);
}

/** The moderation log's rows about one comment, oldest first. */
export function logRowsFor(dataDir: string, commentId: string): LogRow[] {
  return readOnly(dataDir, (db) => db.prepare(
    "SELECT action, actor_id, reason, from_status, to_status FROM moderation_log WHERE target_kind = 'comment' AND target_id = ? ORDER BY created_at, id",
  ).all(commentId) as LogRow[]);
}

/** A user's id by email, to check who the log says acted. */
export function userIdByEmail(dataDir: string, email: string): string {
  return readOnly(dataDir, (db) => (db.prepare('SELECT id FROM users WHERE email = ?').get(email) as { id: string }).id);
}
