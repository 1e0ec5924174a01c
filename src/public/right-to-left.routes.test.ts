// Right-to-left pages and mixed-direction text (issue 5, parts 5 and 7): an Arabic article with a
// Latin byline, tag, credit and commenter; a Dari article dated in Persian digits (Gregorian);
// a Russian date with its genitive month. What is pinned is the markup that makes the browser
// lay it out right: dir on <html>, <bdi> around names, dir="auto" on reader text, lang/dir on teasers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag } from '../../test/factories.ts';
import { addSiteLocale, createMediaRow } from '../../test/public-fixtures.ts';
import { reportUrlFor } from '../reports/report-url.ts';

const HEADLINE_AR = 'افتتاح أول مخزن تبريد في الوادي';
const HEADLINE_FA = 'نخستین سردخانه در دره گشایش یافت';
const LATIN_NAME = 'John Smith';
const ARABIC_NAME = 'أحمد الراشد';

/** Mixing two digit systems in one phrase is the one thing a phrase must never do. */
const mixesDigits = (text: string) => /[0-9]/.test(text) && /[۰-۹٠-٩]/.test(text);

describe.each(engines)('right-to-left and mixed-direction pages on %s', (engine) => {
  let t: TestContext;
  let commentId: string;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ar', 1);
    await addSiteLocale(t.deps, 'fa-AF', 2);
    await addSiteLocale(t.deps, 'ru', 3);
    const sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
    const author = await createAuthor(t.deps, { name: 'Aida Sultanova' });
    const tag = await createTag(t.deps, { name: 'COVID-19' });
    const media = await createMediaRow(t.deps);
    const ar = await createArticle(t.deps, {
      sectionId, locale: 'ar', headline: HEADLINE_AR, slug: 'cold-store-ar', summary: 'المزارعون يحفظون المشمش لأسابيع.',
      authorIds: [author.id], tagIds: [tag.id], leadMediaId: media.id, leadCaption: 'العمال أمام المخزن.', leadCredit: 'Reuters',
      leadAlt: 'مبنى أبيض', bodyMd: 'بدأ العمل يوم الاثنين.',
    });
    const top = await createComment(t.deps, { articleId: ar.id, status: 'approved', authorName: LATIN_NAME, body: 'خبر جيد للمزارعين.' });
    await createComment(t.deps, { articleId: ar.id, parentId: top.id, status: 'approved', authorName: ARABIC_NAME, body: 'I agree with John.' });
    commentId = top.id;
    const fa = await createArticle(t.deps, { sectionId, locale: 'fa-AF', headline: HEADLINE_FA, slug: 'cold-store-fa', bodyMd: 'کار از دوشنبه آغاز شد.' });
    await createComment(t.deps, { articleId: fa.id, status: 'approved', authorName: 'Farid', body: 'خوب است.' });
    await createComment(t.deps, { articleId: fa.id, status: 'approved', authorName: 'Zahra', body: 'Good news.' });
    await createArticle(t.deps, { sectionId, locale: 'ru', headline: 'Открылся первый холодильный склад', slug: 'cold-store-ru' });
  });
  afterAll(async () => { await t.close(); });

  const get = async (url: string) => {
    const res = await t.app.inject({ url });
    expect(res.statusCode, `${url}\n${res.body.slice(0, 300)}`).toBe(200);
    return res.body;
  };

  it('an Arabic page is lang="ar" dir="rtl"; Latin names in it are isolated', async () => {
    const html = await get('/ar/articles/cold-store-ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toMatch(/rel="author"><bdi>Aida Sultanova<\/bdi><\/a>/);
    expect(html).toMatch(/rel="tag"><bdi>COVID-19<\/bdi><\/a>/);
    expect(html).toContain('<span class="credit">[<bdi>Reuters</bdi>]</span>');
    expect(html).toContain(`<bdi class="comment-author" dir="auto">${LATIN_NAME}</bdi>`);
    expect(html).toContain(`<bdi class="comment-author" dir="auto">${ARABIC_NAME}</bdi>`);
    expect(html.match(/class="comment-body" dir="auto"/g)?.length).toBe(2);
    expect(html).toMatch(/<input id="comment-name" name="name" type="text"[^>]* dir="auto"/);
    expect(html).toMatch(/<textarea id="comment-body"[^>]* dir="auto"/);
  });

  it('"Replying to NAME" (the form opened under a comment, without JavaScript) isolates the name', async () => {
    const html = await get(`/ar/articles/cold-store-ar?reply_to=${commentId}`);
    expect(html).toMatch(new RegExp(`<p id="comment-form-reply" class="comment-form-reply">[^<]*<bdi>${LATIN_NAME}</bdi>`));
  });

  it('Arabic dates use the Gregorian month name', async () => {
    const html = await get('/ar/articles/cold-store-ar');
    const times = [...html.matchAll(/<time[^>]*>([^<]*)<\/time>/g)].map((m) => m[1]!);
    expect(times.length).toBeGreaterThan(0);
    for (const text of times) expect(text).toContain('يونيو');
  });

  it('teasers on the Arabic home carry the article’s language and direction', async () => {
    const html = await get('/ar/');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toMatch(/<article class="(lead-story|teaser)" lang="ar" dir="rtl">/);
    expect(html).toContain(HEADLINE_AR);
  });

  it('a Dari page: right to left, dated in the Gregorian year with Persian digits', async () => {
    const html = await get('/fa-AF/articles/cold-store-fa');
    expect(html).toContain('<html lang="fa-AF" dir="rtl">');
    const published = /<time datetime="[^"]+">([^<]*)<\/time>/.exec(html)![1]!;
    expect(published).toContain('۲۰۲۶');
    expect(published).not.toMatch(/[0-9]/);
    expect(published).not.toContain('۱۴۰۵');
    // The comment count: whatever language its words are in, its digits are of the same language.
    const heading = /<h2 id="comments-heading"[^>]*>([^<]*)<\/h2>/.exec(html)![1]!;
    expect(heading).toMatch(/[2۲]/);
    expect(mixesDigits(heading), heading).toBe(false);
    if (/[A-Za-z]/.test(heading)) expect(heading).toContain('2');
    // The comment form's counter, as the server writes it before any script runs.
    expect(html).toMatch(/<output id="comment-counter"[^>]*>۱۵۰۰ \/ ۱۵۰۰<\/output>/);
  });

  it('a Russian page dates with the genitive month', async () => {
    const html = await get('/ru/articles/cold-store-ru');
    expect(html).toContain('8 июня 2026 г.');
  });

  it('the report page names the commenter inside the sentence, isolated', async () => {
    const html = await get(reportUrlFor('ar', 'cold-store-ar', commentId));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toMatch(new RegExp(`<figcaption>[^<]*<bdi>${LATIN_NAME}</bdi>`));
    expect(html).toContain('<blockquote class="comment-kept-text" dir="auto">');
  });
});
