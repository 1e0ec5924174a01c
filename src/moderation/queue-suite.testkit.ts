// The setup both moderation queue suites share: a fresh app per engine, a section, a signed-in
// moderator, and small helpers to read pages, rows and log entries. Call inside `describe`.
import type { LightMyRequestResponse } from 'fastify';
import type { Selectable } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import type { DatabaseEngine } from '../config.ts';
import type { CommentsTable, ModerationLogTable } from '../db/database.ts';

export interface QueueSuite {
  readonly t: TestContext;
  readonly moderator: SignedIn;
  readonly siteId: string;
  newArticle(fields?: { headline?: string; locale?: string }): ReturnType<typeof createArticle>;
  get(agent: SignedIn, url: string): Promise<LightMyRequestResponse>;
  later(): void;
  row(id: string): Promise<Selectable<CommentsTable>>;
  logOf(id: string): Promise<Array<Selectable<ModerationLogTable>>>;
  postJson(agent: SignedIn, url: string, fields: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** The comment ids a queue page lists, in order. */
export const shown = (html: string) => [...html.matchAll(/data-comment-id="([^"]+)"/g)].map((m) => m[1]);

export function queueSuite(engine: DatabaseEngine): QueueSuite {
  let t: TestContext;
  let moderator: SignedIn;
  let siteId: string;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps)).id;
    moderator = await signInAs(t, 'moderator');
  });
  afterAll(async () => { await t.close(); });
  return {
    get t() { return t; },
    get moderator() { return moderator; },
    get siteId() { return siteId; },
    newArticle: (fields = {}) => createArticle(t.deps, { sectionId, slug: `queue-article-${++n}`, ...fields }),
    get: (agent, url) => t.app.inject({ url, headers: { cookie: agent.cookie } }),
    later: () => { t.deps.clock.advance(1000); },
    row: (id) => t.deps.db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    logOf: (id) => t.deps.db.selectFrom('moderation_log').selectAll().where('target_id', '=', id).orderBy('created_at').orderBy('id').execute(),
    postJson: (agent, url, fields) => t.app.inject({
      method: 'POST', url, payload: new URLSearchParams({ _csrf: agent.csrf, ...fields }).toString(),
      headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    }),
  };
}
