import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_START, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale, createMediaRow } from '../../test/public-fixtures.ts';

describe.each(engines)('article page on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: 'https://news.example.test' });
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
  });
  afterAll(async () => { await t.close(); });

  const get = (url: string) => t.app.inject({ url });

  it('carries every element of a reader page', async () => {
    const first = await createAuthor(t.deps, { name: 'Nurlan Abenov' });
    const second = await createAuthor(t.deps, { name: 'Olga Petrenko' });
    const tag = await createTag(t.deps, { name: 'Water rights' });
    const media = await createMediaRow(t.deps, { width: 2000, height: 1125 });
    await createArticle(t.deps, {
      sectionId, headline: 'Canal repairs finish ahead of planting season', summary: 'Farmers downstream get water two weeks early.',
      authorIds: [first.id, second.id], tagIds: [tag.id], dateline: 'OSH', leadMediaId: media.id,
      leadCaption: 'Workers close the last sluice gate on Tuesday.', leadCredit: 'Aida Sultanova', leadAlt: 'Men in orange vests at a concrete gate',
      bodyMd: 'Water reached the fields on Monday.\n\n## Who benefits\n\nSeven villages.\n\n> We waited three years for this.\n\nThe work cost less than planned.',
    });
    const res = await get('/en/articles/canal-repairs-finish-ahead-of-planting-season');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toMatch(/<a class="site-name" href="\/en\/">Newsroom<\/a>/);
    expect(html).toContain('<p class="kicker"><a href="/en/sections/economy">Economy</a></p>');
    expect(html).toContain('<a href="/en/sections/economy" aria-current="true">Economy</a>'); // inside the section, not the section page
    expect(html).toContain('<h1>Canal repairs finish ahead of planting season</h1>');
    expect(html).toContain('<p class="standfirst">Farmers downstream get water two weeks early.</p>');
    expect(html).toContain('<p class="byline">By <a href="/en/authors/nurlan-abenov" rel="author"><bdi>Nurlan Abenov</bdi></a> and <a href="/en/authors/olga-petrenko" rel="author"><bdi>Olga Petrenko</bdi></a></p>');
    expect(html).toMatch(/<figure class="lead-figure"><picture><source type="image\/webp" srcset="[^"]*-480\.webp 480w, [^"]*-960\.webp 960w, [^"]*-1600\.webp 1600w"/);
    expect(html).toMatch(/<img src="\/media\/2026\/06\/[\w-]+-960\.jpg" srcset="[^"]*-480\.jpg 480w[^"]*" sizes="[^"]+" width="1600" height="900" alt="Men in orange vests at a concrete gate" decoding="async" fetchpriority="high"\/>/);
    expect(html).not.toContain('loading="lazy"');
    expect(html).toContain('<figcaption>Workers close the last sluice gate on Tuesday. <span class="credit">[<bdi>Aida Sultanova</bdi>]</span></figcaption>');
    expect(html).toMatch(/<div class="article-body"><p><span class="dateline">OSH —<\/span> Water reached the fields on Monday\.<\/p>/);
    expect(html).toContain('<h2>Who benefits</h2>');
    expect(html).toMatch(/<blockquote>\s*<p>We waited three years for this\.<\/p>/);
    expect(html).toContain(`<time datetime="${TEST_START}">June 8, 2026 at 9:00 AM UTC</time>`);
    expect(html).not.toContain('Updated');
    expect(html).toContain('<a href="/en/tags/water-rights" rel="tag"><bdi>Water rights</bdi></a>');
    // The engagement block: the vote, then the comments with their heading and the form.
    expect(html).toMatch(/<section id="reactions" class="reactions-slot" aria-label="[^"]+"><div class="vote">/);
    expect(html).toMatch(/<section id="comments" class="comments-slot" aria-label="[^"]+">[\s\S]*id="comments-heading"/);
    expect(html.indexOf('id="reactions"')).toBeLessThan(html.indexOf('id="comments"'));
    expect(html).toContain('<link rel="canonical" href="https://news.example.test/en/articles/canal-repairs-finish-ahead-of-planting-season"/>');
    expect(html).toContain('<meta name="description" content="Farmers downstream get water two weeks early."/>');
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/site-[0-9a-f]{12}\.css"\/>/);
    // No third-party requests: absolute URLs name the site itself (canonical, social cards, structured data),
    // besides schema.org's vocabulary identifier, which nothing fetches.
    const foreign = (html.match(/https?:\/\/[^"' )]+/g) ?? []).filter((url) => !url.startsWith('https://news.example.test/') && url !== 'https://schema.org');
    expect(foreign).toEqual([]);
  });

  it('joins three authors naturally and shows the update time', async () => {
    const names = ['Amir Khodjaev', 'Bella Ten', 'Chingiz Aliev'];
    const authors = [];
    for (const name of names) authors.push(await createAuthor(t.deps, { name }));
    const article = await createArticle(t.deps, { sectionId, headline: 'Three reporters one story', authorIds: authors.map((a) => a.id) });
    await t.deps.db.updateTable('articles').set({ content_updated_at: '2026-06-09T15:30:00.000Z' }).where('id', '=', article.id).execute();
    const html = (await get('/en/articles/three-reporters-one-story')).body;
    expect(html).toMatch(/By <a[^>]*><bdi>Amir Khodjaev<\/bdi><\/a>, <a[^>]*><bdi>Bella Ten<\/bdi><\/a> and <a[^>]*><bdi>Chingiz Aliev<\/bdi><\/a>/);
    expect(html).toContain('Updated <time datetime="2026-06-09T15:30:00.000Z">June 9, 2026 at 3:30 PM UTC</time>');
  });

  it('renders without a lead image, caption or byline', async () => {
    await createArticle(t.deps, { sectionId, headline: 'Plain brief', dateline: '' , bodyMd: 'Only text.' });
    const html = (await get('/en/articles/plain-brief')).body;
    expect(html).not.toContain('<figure');
    expect(html).not.toContain('class="byline"');
    expect(html).toContain('<div class="article-body"><p>Only text.</p>');
  });

  it.each(['draft', 'review', 'scheduled', 'unpublished'] as const)('answers 404 for a %s article', async (status) => {
    await createArticle(t.deps, { sectionId, headline: `Hidden ${status} piece`, status, publishedAt: status === 'unpublished' ? TEST_START : null });
    const res = await get(`/en/articles/hidden-${status}-piece`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(`Hidden ${status} piece`);
  });

  it('answers 404 for a locale the site does not publish, or the wrong locale for the article', async () => {
    await createArticle(t.deps, { sectionId, headline: 'Only in English' });
    expect((await get('/fr/articles/only-in-english')).statusCode).toBe(404);
    expect((await get('/ru/articles/only-in-english')).statusCode).toBe(404);
    expect((await get('/en/articles/only-in-english')).statusCode).toBe(200);
  });

  it('answers an old slug with 301 to the current address', async () => {
    const article = await createArticle(t.deps, { sectionId, headline: 'New title after edit', slug: 'new-title-after-edit' });
    await t.deps.db.insertInto('article_slug_history').values({ site_id: await defaultSiteId(t.deps), locale: 'en', slug: 'old-title', article_id: article.id }).execute();
    const res = await get('/en/articles/old-title');
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/en/articles/new-title-after-edit');
    const again = await get('/en/articles/old-title');
    expect(again.statusCode).toBe(301);
  });

  it('does not redirect an old slug of an article that is no longer published', async () => {
    const article = await createArticle(t.deps, { sectionId, headline: 'Pulled story', status: 'unpublished', publishedAt: TEST_START });
    await t.deps.db.insertInto('article_slug_history').values({ site_id: await defaultSiteId(t.deps), locale: 'en', slug: 'pulled-old', article_id: article.id }).execute();
    expect((await get('/en/articles/pulled-old')).statusCode).toBe(404);
  });

  it('renders hostile text in every field as text', async () => {
    const evil = '<script>alert(1)</script>';
    const author = await createAuthor(t.deps, { name: `Eve ${evil}`, slug: 'eve' });
    const media = await createMediaRow(t.deps);
    await createArticle(t.deps, {
      sectionId, slug: 'hostile', headline: `Head ${evil}`, summary: `Sum ${evil}`, dateline: `CITY ${evil}`, authorIds: [author.id],
      leadMediaId: media.id, leadCaption: `Cap ${evil}`, leadCredit: `Cred ${evil}`, leadAlt: `Alt "${evil}`, bodyMd: `Body ${evil}\n\n<img src=x onerror=alert(1)>`,
    });
    const html = (await get('/en/articles/hostile')).body;
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<img[^>]*onerror/);
    for (const label of ['Head', 'Sum', 'CITY', 'Eve', 'Cap', 'Cred']) expect(html).toMatch(new RegExp(`${label} &lt;script(>|&gt;)alert\\(1\\)&lt;/script`));
  });

  it('answers the reply form opened without JavaScript privately and keeps it out of search engines', async () => {
    const article = await createArticle(t.deps, { sectionId, headline: 'Reply views stay out of caches', slug: 'reply-views' });
    const comment = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    const res = await t.app.inject({ url: `/en/articles/reply-views?reply_to=${comment.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    const plain = await t.app.inject({ url: '/en/articles/reply-views' });
    expect(plain.headers['cache-control']).toMatch(/^public/);
    expect(plain.body).not.toContain('noindex');
  });

  it('shows a Russian article with Russian interface strings', async () => {
    const author = await createAuthor(t.deps, { name: 'Айгуль Мамбетова' });
    await createArticle(t.deps, {
      sectionId, locale: 'ru', headline: 'Ремонт канала завершён', slug: 'remont-kanala', dateline: 'ОШ', authorIds: [author.id],
      bodyMd: 'Вода пришла на поля в понедельник.',
    });
    const res = await get('/ru/articles/remont-kanala');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="ru" dir="ltr">');
    expect(res.body).toContain('Перейти к содержанию');
    expect(res.body).toMatch(/<p class="byline">Автор: <a href="\/ru\/authors\/[^"]+" rel="author"><bdi>Айгуль Мамбетова<\/bdi><\/a><\/p>/);
    expect(res.body).toContain('8 июня 2026');
    expect(res.body).toContain('<span class="dateline">ОШ —</span> Вода');
  });
});
