import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale, createMediaRow } from '../../test/public-fixtures.ts';

describe.each(engines)('home page on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    const politics = await createSection(t.deps, { name: 'Politics', position: 1 });
    const economy = await createSection(t.deps, { name: 'Economy', position: 2 });
    await createSection(t.deps, { name: 'Culture', position: 3 }); // nothing published: no block
    await t.deps.db.insertInto('section_labels').values({ section_id: economy.id, locale: 'ru', name: 'Экономика' }).execute();
    const media = await createMediaRow(t.deps);
    // Six politics and six economy articles an hour apart; the newest is economy with a photo.
    for (let i = 1; i <= 12; i++) {
      t.deps.clock.set(new Date(Date.UTC(2026, 5, 8, i)));
      const section = i % 2 === 0 ? economy : politics;
      await createArticle(t.deps, { sectionId: section.id, headline: `Story number ${i}`, leadMediaId: i === 12 ? media.id : null, leadAlt: 'A wheat field' });
    }
    await createArticle(t.deps, { sectionId: politics.id, headline: 'Draft never shown', status: 'draft' });
    await createArticle(t.deps, { sectionId: economy.id, locale: 'ru', headline: 'Русская новость', slug: 'russkaya' });
  });
  afterAll(async () => { await t.close(); });

  it('sends / to the default locale', async () => {
    const res = await t.app.inject({ url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/en/');
    const campaign = await t.app.inject({ url: '/?utm_source=newsletter&utm_medium=email' });
    expect(campaign.headers.location).toBe('/en/?utm_source=newsletter&utm_medium=email');
    const landed = await t.app.inject({ url: campaign.headers.location as string });
    expect(landed.statusCode).toBe(200);
  });

  it('follows the site default locale', async () => {
    await t.deps.db.updateTable('sites').set({ default_locale: 'ru' }).where('id', '=', await defaultSiteId(t.deps)).execute();
    t.deps.sites.reload();
    expect((await t.app.inject({ url: '/' })).headers.location).toBe('/ru/');
    await t.deps.db.updateTable('sites').set({ default_locale: 'en' }).where('id', '=', await defaultSiteId(t.deps)).execute();
    t.deps.sites.reload();
  });

  it('shows the lead story with its photo, the latest list and a block per section', async () => {
    const res = await t.app.inject({ url: '/en/' });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<meta name="description" content="The latest articles from Newsroom, by section."/>');
    const lead = /<article class="lead-story" lang="en" dir="ltr">(.*?)<\/article>/s.exec(html)?.[1] ?? '';
    expect(lead).toContain('Story number 12');
    expect(lead).toMatch(/<picture>.*<img [^>]*alt="A wheat field"[^>]*fetchpriority="high"/s);
    const latest = /<section class="home-latest"(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(latest).toContain('Latest');
    expect([...latest.matchAll(/<h3 class="teaser-headline">/g)]).toHaveLength(8);
    expect(latest).toContain('Story number 11');
    expect(latest).not.toContain('Story number 12');
    expect(latest).toContain('<p class="kicker"><a href="/en/sections/politics">Politics</a></p>');
    expect(html).toMatch(/<section class="section-block" aria-labelledby="section-politics">.*Story number 11.*Story number 5.*<\/section>/s);
    expect(html).not.toMatch(/aria-labelledby="section-politics">((?!<\/section>).)*Story number 3</s);
    expect(html).toMatch(/<section class="section-block" aria-labelledby="section-economy">.*Story number 12/s);
    expect(html).not.toContain('aria-labelledby="section-culture"');
    expect(html.indexOf('section-politics')).toBeLessThan(html.indexOf('section-economy'));
    expect(html).not.toContain('Draft never shown');
    expect(html).not.toContain('Русская новость');
  });

  it('shows the Russian home in Russian, with Russian section labels', async () => {
    const res = await t.app.inject({ url: '/ru/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="ru" dir="ltr">');
    expect(res.body).toContain('Русская новость');
    expect(res.body).toContain('>Экономика</a>');
    expect(res.body).not.toContain('Story number');
  });

  it('answers 404 for a locale the site does not publish', async () => {
    expect((await t.app.inject({ url: '/de/' })).statusCode).toBe(404);
  });
});
