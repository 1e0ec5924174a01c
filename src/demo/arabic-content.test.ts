// The Arabic sister site's demo data: shaped like real articles, in the right scripts and
// digits, within the product's limits, its comments on its own published stories.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../articles/article-validation.ts';
import { COMMENT_MAX_GRAPHEMES, NAME_MAX_GRAPHEMES } from '../comments/comment-limits.ts';
import { countGraphemes } from '../lib/graphemes.ts';
import { slugify } from '../lib/slug.ts';
import { ARABIC_DISCUSSIONS } from './content/arabic-comments.ts';
import { ARABIC_AUTHORS, ARABIC_POLICY, ARABIC_SECTIONS, ARABIC_SITE } from './content/arabic-newsroom.ts';
import { ARABIC_STORIES } from './content/arabic-stories.ts';
import type { DemoText } from './content/types.ts';

const ARABIC = /\p{Script=Arabic}{4}/u;
const versions = ARABIC_STORIES.flatMap((s) => [
  { key: s.key, locale: 'ar', text: s.ar }, ...(s.dari ? [{ key: s.key, locale: 'fa-AF', text: s.dari }] : []),
]);

describe('Arabic sister site content', () => {
  it('has 4 to 6 stories over every desk, two of them also in Dari', () => {
    expect(ARABIC_STORIES.length).toBeGreaterThanOrEqual(4);
    expect(ARABIC_STORIES.length).toBeLessThanOrEqual(6);
    expect(new Set(ARABIC_STORIES.map((s) => s.section))).toEqual(new Set(ARABIC_SECTIONS.map((s) => s.key)));
    expect(ARABIC_STORIES.filter((s) => s.dari)).toHaveLength(2);
    expect(ARABIC_SITE.locales).toEqual(['ar', 'fa-AF']);
    for (const section of ARABIC_SECTIONS) for (const label of Object.values(section.labels)) expect(label).toMatch(/\p{Script=Arabic}/u);
  });

  it('names only its own authors, and keeps keys and slugs unique', () => {
    const authors = new Set(ARABIC_AUTHORS.map((a) => a.key));
    for (const story of ARABIC_STORIES) for (const key of story.authors) expect(authors).toContain(key);
    expect(new Set(ARABIC_STORIES.map((s) => s.key)).size).toBe(ARABIC_STORIES.length);
    for (const locale of ['ar', 'fa-AF']) {
      const slugs = versions.filter((v) => v.locale === locale).map((v) => slugify(v.text.headline, locale));
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it.each(versions.map((v) => [`${v.key} (${v.locale})`, v.locale, v.text] as [string, string, DemoText]))('%s reads like an article', (_name, locale, text) => {
    const parts = text.bodyMd.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    expect(parts.filter((b) => !b.startsWith('#') && !b.startsWith('>')).length).toBeGreaterThanOrEqual(4);
    expect(parts.some((b) => /^## \S/.test(b))).toBe(true);
    expect(parts.some((b) => /^> \S/.test(b))).toBe(true);
    expect([...text.headline].length).toBeLessThanOrEqual(LIMITS.headline);
    expect([...text.summary].length).toBeLessThanOrEqual(LIMITS.summary);
    expect(text.headline + text.bodyMd + text.dateline + text.caption + text.alt).toMatch(ARABIC);
    // Numbers as each locale's newsrooms write them: Latin digits in Arabic, Persian digits in Dari.
    if (locale === 'ar') expect(text.bodyMd).toMatch(/\d/);
    else {
      expect(text.bodyMd).toMatch(/[۰-۹]/);
      expect(text.bodyMd).not.toMatch(/[0-9]/);
    }
  });

  it('names Serai and UNESCO in Latin letters inside Arabic text, with dates', () => {
    const culture = ARABIC_STORIES.find((s) => s.key === 'bukhara-manuscripts')!.ar.bodyMd;
    expect(culture).toMatch(/\p{Script=Arabic} \(UNESCO\)/u);
    expect(culture).toMatch(/\p{Script=Arabic}+ Serai\./u);
    expect(culture).toMatch(/30 يونيو\/حزيران 2026/);
  });

  it('comments only on its published Arabic stories, replies after what they answer, within the limits', () => {
    for (const d of ARABIC_DISCUSSIONS) {
      expect(ARABIC_STORIES.some((s) => s.key === d.story), d.story).toBe(true);
      const seen = new Map<string, number>();
      for (const c of d.comments) {
        if (c.replyTo) expect(seen.get(c.replyTo), c.key).toBeLessThan(c.minutes);
        seen.set(c.key, c.minutes);
        expect(c.state).toBe('approved');
        expect(c.body).toMatch(ARABIC);
        expect(countGraphemes(c.body)).toBeLessThanOrEqual(COMMENT_MAX_GRAPHEMES);
        expect(countGraphemes(c.name)).toBeLessThanOrEqual(NAME_MAX_GRAPHEMES);
        expect(c.email).toMatch(/@example\.(com|net|org)$/);
      }
    }
    expect(ARABIC_POLICY.bodyMd.match(/^## /gm)?.length).toBeGreaterThanOrEqual(5);
  });
});
