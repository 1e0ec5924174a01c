// The article page with a 10,000-comment thread against the same page with 10 comments,
// both rendered from the database (page cache off, so the thread's cost shows): the
// first page of a huge thread must cost what a small thread costs.
import fs from 'node:fs';
import path from 'node:path';
import { connect } from '../src/db/connect.ts';
import type { Db } from '../src/db/database.ts';
import { bumpCounters } from '../src/engagement/counters.queries.ts';
import { idGenerator } from '../src/lib/ids.ts';
import { makeDataDir, startSerai } from '../e2e/support/server.ts';
import { measure, type LoadOptions, type LoadResult } from './load.ts';

export interface ThreadPageResult { small: LoadResult; large: LoadResult; smallPath: string; largePath: string }

const BATCH = 500;

interface Article { id: string; site_id: string; locale: string; slug: string }

/** `count` approved top-level comments, oldest first, written in batches. */
async function seedThread(db: Db, article: Article, count: number): Promise<void> {
  const ids = idGenerator();
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let done = 0; done < count; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - done) }, (_, i) => {
      const n = done + i;
      const id = ids.next();
      const at = new Date(start + n * 1000).toISOString();
      return {
        id, site_id: article.site_id, article_id: article.id, parent_id: null, thread_id: id, depth: 0, locale: article.locale,
        author_name: `Reader ${n}`, author_email: `reader-${n}@example.org`, email_hash: `e${n}`, ip_hash: 'bench', reader_id: `bench-reader-${n}`,
        body: `Comment number ${n}: a reader's view, a couple of sentences long, as most comments are.\nWith a second line.`,
        body_hash: `b${n}`, submission_key: `bench-${article.id}-${n}`, status: 'approved' as const, created_at: at, updated_at: at, version: 1,
      };
    });
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('comments').values(rows).execute();
      await bumpCounters(trx, article.id, { comments_visible: rows.length });
    });
  }
}

async function seedThreads(dataDir: string): Promise<{ small: Article; large: Article }> {
  const database = await connect({ engine: 'sqlite', filename: path.join(dataDir, 'serai.db') });
  try {
    const articles = await database.db.selectFrom('articles').select(['id', 'site_id', 'locale', 'slug'])
      .where('status', '=', 'published').where('locale', '=', 'en').orderBy('published_at', 'desc').limit(2).execute();
    if (articles.length < 2) throw new Error('the demo has fewer than two published English articles');
    const [small, large] = articles as [Article, Article];
    // The demo's own comments stay out of the comparison.
    await database.db.deleteFrom('comments').where('article_id', 'in', [small.id, large.id]).execute();
    await database.db.deleteFrom('article_counters').where('article_id', 'in', [small.id, large.id]).execute();
    await seedThread(database.db, small, 10);
    await seedThread(database.db, large, 10_000);
    return { small, large };
  } finally {
    await database.close();
  }
}

export async function measureThreadPages(load: LoadOptions): Promise<ThreadPageResult> {
  const dataDir = makeDataDir('serai-bench-thread-');
  // `serve --demo-if-empty` seeds the demo the way a reader's first start does.
  const seeding = await startSerai({ dataDir, args: ['--demo-if-empty'], env: { SERAI_LOG_LEVEL: 'warn' } });
  await seeding.stop();
  const { small, large } = await seedThreads(dataDir);
  const server = await startSerai({ dataDir, env: { SERAI_LOG_LEVEL: 'warn', SERAI_PAGE_CACHE: 'false' } });
  try {
    const smallPath = `/${small.locale}/articles/${small.slug}`;
    const largePath = `/${large.locale}/articles/${large.slug}`;
    console.log(`- article page from the database, 10 comments: ${load.seconds} s, ${load.connections} connections …`);
    const smallResult = await measure(`${server.url}${smallPath}`, server.pid, load);
    console.log(`- article page from the database, 10,000 comments: ${load.seconds} s, ${load.connections} connections …`);
    const largeResult = await measure(`${server.url}${largePath}`, server.pid, load);
    return { small: smallResult, large: largeResult, smallPath, largePath };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
