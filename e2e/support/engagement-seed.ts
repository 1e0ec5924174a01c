// A newsroom with one published article open for comments under pre-moderation (the
// default) and a moderator who can sign in: the set-up of the reader engagement journey.
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, prepareDeps } from '../../src/server.ts';
import { createComment } from '../../test/comment-factory.ts';
import { createArticle, createUser } from '../../test/factories.ts';
import { seedNewsroom, type SeededNewsroom } from './seed.ts';

export interface EngagementNewsroom extends SeededNewsroom {
  moderator: { email: string; password: string };
  article: { path: string; headline: string };
  /** An article whose first page shows 50 approved comments (10 threads of 5). */
  busyArticle: { path: string };
}

const OPINIONS = [
  'The cold store is the first good news for growers in years. Last season half my apricots went soft before the buyers came.',
  'Who pays for the electricity in summer? The article does not say, and the bills in our village doubled since spring.',
  'Холодильник — это хорошо, но дорогу к складу тоже надо чинить: грузовики еле проезжают после дождей.',
  'My cousin is a member of the cooperative. They saved for four years, one share per family, and nobody took a bank loan.',
  'Интересно, смогут ли туда сдавать урожай фермеры, которые не вступили в кооператив?',
];

/** A page of 10 top-level comments, each with a conversation four replies deep: 50 in all, every one approved. */
async function seedBusyThread(deps: Parameters<typeof createComment>[0], articleId: string): Promise<void> {
  for (let thread = 0; thread < 10; thread++) {
    const top = await createComment(deps, { articleId, status: 'approved', authorName: `Reader ${thread + 1}`, body: OPINIONS[thread % OPINIONS.length]! });
    let parentId = top.id;
    for (let r = 0; r < 4; r++) {
      const reply = await createComment(deps, { articleId, parentId, status: 'approved', authorName: `Neighbour ${thread + 1}.${r + 1}`, body: OPINIONS[(thread + r + 1) % OPINIONS.length]! });
      parentId = reply.id;
    }
  }
}

export async function seedEngagement(dataDir: string): Promise<EngagementNewsroom> {
  const newsroom = await seedNewsroom(dataDir);
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    const moderator = await createUser(deps, { email: 'moderator@example.test', password: 'e2e moderator lantern', role: 'moderator', displayName: 'Mira Moderator' });
    const headline = 'Orchard cooperative opens its first cold store';
    const article = await createArticle(deps, {
      sectionId: newsroom.section.id, headline, slug: 'orchard-cold-store', authorIds: [newsroom.authors[0]!.id],
      bodyMd: 'Growers in the valley can now keep apricots fresh for weeks.\n\nThe store was built with members\u2019 savings.',
    });
    const busy = await createArticle(deps, {
      sectionId: newsroom.section.id, headline: 'Valley growers debate the new cold store', slug: 'growers-debate', authorIds: [newsroom.authors[1]!.id],
      bodyMd: 'Readers had a lot to say about the cooperative\u2019s plans.\n\n## The questions\n\nWho pays, who may join, and what happens to the road.',
    });
    await seedBusyThread(deps, busy.id);
    return {
      ...newsroom, moderator: { email: moderator.email, password: moderator.password },
      article: { path: `/en/articles/${article.slug}`, headline }, busyArticle: { path: `/en/articles/${busy.slug}` },
    };
  } finally {
    await database.close();
  }
}

/** Rows the server stored, read straight from its SQLite file (read-only, beside the running server). */
export function commentsWithBody(dataDir: string, body: string): Array<{ id: string; status: string; parent_id: string | null }> {
  const db = new Database(path.join(dataDir, 'serai.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, status, parent_id FROM comments WHERE body = ?').all(body) as Array<{ id: string; status: string; parent_id: string | null }>;
  } finally {
    db.close();
  }
}
