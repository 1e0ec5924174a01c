// The purge hook end to end: publishing through the admin and approving a comment through the
// moderation desk reach a (local, fake) CDN as PURGE requests naming the site and the article.
// The app is wired as production wires it: the page cache wrapped by withClusterDeps (helper A's
// distributed page cache fires the purges) and createHttpPurger as the purger.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, defaultSiteId } from '../../test/factories.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { buildApp } from '../app.ts';
import { withClusterDeps } from '../cluster/cluster-deps.ts';
import { multipartBody } from '../media/multipart.testkit.ts';
import { createHttpPurger, type HttpPurger } from './http-purger.ts';
import { articleKey, siteKey } from './surrogate-keys.ts';

const silent = { info: () => undefined, warn: () => undefined };

describe.each(engines)('CDN purge hook on %s', (engine) => {
  let base: TestContext;
  let t: TestContext;
  let app: FastifyInstance;
  let purger: HttpPurger;
  let server: http.Server;
  const purged: Array<{ method: string; url: string; key: string | undefined }> = [];
  let sectionId: string;
  let authorId: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      purged.push({ method: req.method!, url: req.url!, key: req.headers['surrogate-key'] as string | undefined });
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    base = await buildTestApp(engine, { loginRateLimit: 1000 });
    purger = createHttpPurger({ urlTemplate: `http://127.0.0.1:${port}/purge/{key}`, method: 'PURGE', log: silent });
    const deps = withClusterDeps({ ...base.deps, purger }, silent);
    app = await buildApp(deps);
    await app.ready();
    t = { ...base, app, deps: deps as TestContext['deps'] };
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
    authorId = (await createAuthor(t.deps, { name: 'Aru Bekova' })).id;
  });
  afterAll(async () => {
    await app.close();
    await base.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function purgedAfter(action: () => Promise<void>): Promise<string[]> {
    await purger.idle();
    purged.length = 0;
    await action();
    await new Promise((resolve) => setImmediate(resolve)); // the purger starts on the next turn
    await purger.idle();
    for (const request of purged) {
      expect(request.method).toBe('PURGE');
      expect(request.url).toBe(`/purge/${encodeURIComponent(request.key!)}`);
    }
    return purged.map((request) => request.key!);
  }

  it('purges the site key when an editor publishes', async () => {
    const editor: SignedIn = await signInAs(t, 'editor');
    const keys = await purgedAfter(async () => {
      const { payload, contentType } = multipartBody({
        headline: 'Border posts reopen', summary: 'Lorries waited.', sectionId, authorIds: [authorId], tags: '', dateline: 'BISHKEK',
        locale: 'en', bodyMd: 'Freight resumed.', intent: 'publish',
      });
      const res = await app.inject({
        method: 'POST', url: `/admin/articles?_csrf=${encodeURIComponent(editor.csrf)}`, payload,
        headers: { cookie: editor.cookie, 'content-type': contentType },
      });
      expect(res.statusCode, res.body.slice(0, 1000)).toBe(303);
      expect(res.headers.location).toMatch(/done=published$/);
    });
    expect(keys).toContain(siteKey(await defaultSiteId(t.deps)));
  });

  it('purges the article key when a moderator approves a comment', async () => {
    const moderator = await signInAs(t, 'moderator');
    const article = await createArticle(t.deps, { sectionId, slug: 'purge-approve' });
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const keys = await purgedAfter(async () => {
      const res = await app.inject({
        method: 'POST', url: '/admin/moderation',
        payload: new URLSearchParams({ _csrf: moderator.csrf, comment: comment.id, version: '1', to: 'approved' }).toString(),
        headers: { cookie: moderator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.statusCode, res.body.slice(0, 1000)).toBe(303);
    });
    expect(keys).toContain(articleKey(article.id));
    expect(keys).not.toContain(siteKey(await defaultSiteId(t.deps)));
  });
});
