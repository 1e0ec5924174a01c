// Request logs: one JSON line per request with its id, and nothing personal in any line
// (issue 7, part 4: no names, emails, comment text, addresses, query strings or cookies).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { buildApp } from '../app.ts';
import { postComment, tokenFor } from '../comments/comment-submit.testkit.ts';
import { articleUrl } from '../lib/urls.ts';
import { loggerOptions } from './request-log.ts';

const NAME = 'Zebediah Quillfeather';
const EMAIL = 'zeb.quill.7731@example.org';
const TEXT = 'Marmalade-lighthouse-conjecture 4417';
const FORWARDED_FOR = '203.0.113.177';
const SOCKET_ADDRESS = '198.51.100.231';
const QUERY = 'utm_campaign=private-hint-9081';

describe.each(engines)('request logs on %s', (engine) => {
  let t: TestContext;
  let app: FastifyInstance;
  let path: string;
  let articleId: string;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await buildTestApp(engine, { trustProxy: true });
    // The same deps, an app that logs at info level into `lines`.
    app = await buildApp(t.deps, { logger: loggerOptions('info', { write: (line: string) => { lines.push(line); } }) });
    await app.ready();
    const section = await createSection(t.deps, { slug: 'log-section' });
    const article = await createArticle(t.deps, { sectionId: section.id, slug: 'log-story' });
    path = articleUrl('en', article.slug);
    articleId = article.id;
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('logs a comment POST once, with its id and route, and nothing the reader sent', async () => {
    lines.length = 0;
    const res = await postComment({ ...t, app }, path, { name: NAME, email: EMAIL, body: TEXT, token: tokenFor(t, articleId) }, {
      ip: SOCKET_ADDRESS, headers: { 'x-forwarded-for': FORWARDED_FOR, 'x-request-id': 'req-log-test-42', cookie: 'serai_reader=secret-cookie-55' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers['x-request-id']).toBe('req-log-test-42');
    const output = lines.join('');
    for (const secret of [NAME, EMAIL, 'zeb.quill', TEXT, 'Marmalade', FORWARDED_FOR, SOCKET_ADDRESS, 'secret-cookie-55']) expect(output).not.toContain(secret);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.reqId === 'req-log-test-42');
    expect(entries).toEqual([expect.objectContaining({ level: 30, method: 'POST', route: '/:locale/articles/:slug/comments', status: 303, durationMs: expect.any(Number) })]);
  });

  it('logs the route pattern, never the query string, and gives every answer a request id', async () => {
    lines.length = 0;
    const res = await app.inject({ url: `${path}?${QUERY}` });
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    const output = lines.join('');
    expect(output).not.toContain('private-hint');
    expect(output).toContain(String(res.headers['x-request-id']));
    const missing = await app.inject({ url: `/nowhere/${QUERY}?${QUERY}` });
    expect(missing.statusCode).toBe(404);
    expect(lines.join('')).not.toContain('private-hint');
    expect(lines.map((line) => JSON.parse(line) as { route?: string }).some((entry) => entry.route === 'unmatched')).toBe(true);
  });

  it('does not log health checks and scrapes at info level', async () => {
    lines.length = 0;
    for (const url of ['/healthz', '/readyz', '/metrics']) expect((await app.inject({ url })).statusCode).toBe(200);
    expect(lines).toEqual([]);
  });
});
