// Right-to-left text inside the left-to-right admin (issue 5, part 5): an Arabic article is
// listed and edited right to left (lang and dir from its locale), names are isolated, and the
// moderation queue shows Arabic comments and headlines with dir="auto".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection } from '../../test/factories.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';

const HEADLINE = 'افتتاح أول مخزن تبريد في الوادي';
const BODY = 'بدأ العمل يوم الاثنين.';

describe.each(engines)('right-to-left text in the admin on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let moderator: SignedIn;
  let arabicId: string;
  let englishId: string;

  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    await addSiteLocale(t.deps, 'ar', 1);
    const sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
    const author = await createAuthor(t.deps, { name: 'أحمد الراشد' });
    arabicId = (await createArticle(t.deps, { sectionId, locale: 'ar', headline: HEADLINE, summary: 'ملخص قصير.', bodyMd: BODY, authorIds: [author.id], slug: 'cold-store-ar' })).id;
    englishId = (await createArticle(t.deps, { sectionId, headline: 'Cold store opens', slug: 'cold-store' })).id;
    await createComment(t.deps, { articleId: arabicId, status: 'pending', authorName: 'John Smith', body: 'خبر جيد للمزارعين.' });
    editor = await signInAs(t, 'editor');
    moderator = await signInAs(t, 'moderator');
  });
  afterAll(async () => { await t.close(); });

  const get = async (agent: SignedIn, url: string) => {
    const res = await t.app.inject({ url, headers: { cookie: agent.cookie } });
    expect(res.statusCode, url).toBe(200);
    return res.body;
  };

  it('the article list shows each headline in its own language and direction, names isolated', async () => {
    const html = await get(editor, '/admin/articles');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain(`<a href="/admin/articles/${arabicId}" lang="ar" dir="rtl">${HEADLINE}</a>`);
    expect(html).toContain(`<a href="/admin/articles/${englishId}" lang="en" dir="ltr">Cold store opens</a>`);
    expect(html).toContain('<bdi>أحمد الراشد</bdi>');
    expect(html).toMatch(/<input type="search"[^>]* dir="auto"/);
  });

  it('the editor of an Arabic article writes right to left: its text fields and preview take lang="ar" dir="rtl"', async () => {
    const html = await get(editor, `/admin/articles/${arabicId}`);
    expect(html).toContain('<html lang="en" dir="ltr">');
    for (const name of ['headline', 'dateline', 'tags', 'leadCaption', 'leadAlt']) {
      expect(html, name).toMatch(new RegExp(`<input [^>]*name="${name}"[^>]* lang="ar" dir="rtl"`));
    }
    for (const name of ['summary', 'bodyMd']) {
      expect(html, name).toMatch(new RegExp(`<textarea [^>]*name="${name}"[^>]* lang="ar" dir="rtl"`));
    }
    // A photographer's name may be in any script.
    expect(html).toMatch(/<input [^>]*name="leadCredit"[^>]* dir="auto"/);
    expect(html).toMatch(/<div id="article-preview"[^>]* lang="ar" dir="rtl">/);
  });

  it('the editor of an English article stays left to right', async () => {
    const html = await get(editor, `/admin/articles/${englishId}`);
    expect(html).toMatch(/<input [^>]*name="headline"[^>]* lang="en" dir="ltr"/);
    expect(html).not.toContain('dir="rtl"');
  });

  it('the moderation queue shows the Arabic comment, its headline and a Latin name with dir="auto"', async () => {
    const html = await get(moderator, '/admin/moderation');
    expect(html).toMatch(/<strong class="moderation-author"[^>]* dir="auto">John Smith<\/strong>/);
    expect(html).toMatch(/<div class="moderation-body" dir="auto">خبر جيد للمزارعين.<\/div>/);
    expect(html).toContain(`dir="auto">${HEADLINE}</a>`);
  });
});
