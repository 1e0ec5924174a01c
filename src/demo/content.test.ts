// The demo data itself: enough stories in every desk and both languages, each
// shaped like a real article (dateline, subheadings, a quote, image texts).
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../articles/article-validation.ts';
import { slugify } from '../lib/slug.ts';
import { COMMENT_MAX_GRAPHEMES, NAME_MAX_GRAPHEMES } from '../comments/comment-limits.ts';
import { countGraphemes } from '../lib/graphemes.ts';
import { DEMO_AUTHORS, DEMO_DISCUSSIONS, DEMO_POLICIES, DEMO_SECTIONS, DEMO_STAFF, DEMO_STORIES, type DemoText } from './content/index.ts';
import { newsroomCreatedAt, seedAnchor, storyTimes } from './timeline.ts';

const versions = DEMO_STORIES.flatMap((s) => [{ story: s, locale: 'en', text: s.en }, ...(s.ru ? [{ story: s, locale: 'ru', text: s.ru }] : [])]);

function blocks(bodyMd: string): string[] {
  return bodyMd.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
}

describe('demo content', () => {
  it('has at least 12 stories over the 4 sections, with Russian translations of several', () => {
    expect(DEMO_STORIES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_STORIES.map((s) => s.section))).toEqual(new Set(DEMO_SECTIONS.map((s) => s.key)));
    expect(DEMO_STORIES.filter((s) => s.ru).length).toBeGreaterThanOrEqual(5);
    expect(new Set(DEMO_STORIES.map((s) => s.state))).toEqual(new Set(['published', 'draft', 'review', 'scheduled']));
  });

  it('gives every section a Russian label', () => {
    for (const section of DEMO_SECTIONS) expect(section.labels.ru).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('names only authors and staff that exist, and has exactly one admin', () => {
    const authorKeys = new Set(DEMO_AUTHORS.map((a) => a.key));
    const staffKeys = new Set(DEMO_STAFF.map((s) => s.key));
    for (const story of DEMO_STORIES) {
      for (const key of story.authors) expect(authorKeys).toContain(key);
      expect(staffKeys).toContain(story.createdBy);
    }
    for (const author of DEMO_AUTHORS) if (author.staffKey) expect(staffKeys).toContain(author.staffKey);
    expect(DEMO_AUTHORS.some((a) => !a.staffKey)).toBe(true);
    expect(DEMO_STAFF.filter((s) => s.role === 'admin')).toHaveLength(1);
  });

  it('keeps story keys and headline slugs unique per language', () => {
    expect(new Set(DEMO_STORIES.map((s) => s.key)).size).toBe(DEMO_STORIES.length);
    for (const locale of ['en', 'ru']) {
      const slugs = versions.filter((v) => v.locale === locale).map((v) => slugify(v.text.headline, locale));
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it.each(versions.map((v) => [`${v.story.key} (${v.locale})`, v.locale, v.text] as [string, string, DemoText]))('%s reads like an article', (_name, locale, text) => {
    const parts = blocks(text.bodyMd);
    const paragraphs = parts.filter((b) => !b.startsWith('#') && !b.startsWith('>'));
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(paragraphs.length).toBeLessThanOrEqual(8);
    expect(parts.some((b) => /^## \S/.test(b))).toBe(true);
    expect(parts.some((b) => /^> \S/.test(b))).toBe(true);
    expect(text.dateline).toMatch(/^[\p{Lu} -]+$/u);
    expect([...text.headline].length).toBeLessThanOrEqual(LIMITS.headline);
    expect([...text.summary].length).toBeLessThanOrEqual(LIMITS.summary);
    expect(text.caption.length).toBeGreaterThan(10);
    expect(text.alt.length).toBeGreaterThan(10);
    expect(text.tags.length).toBeGreaterThan(0);
    if (locale === 'ru') expect(text.headline + text.bodyMd).toMatch(/\p{Script=Cyrillic}{4}/u);
  });
});

describe('demo timeline', () => {
  const anchor = seedAnchor(new Date('2026-06-08T09:07:31Z'));

  it('rounds the seed time down to five minutes', () => {
    expect(anchor.toISOString()).toBe('2026-06-08T09:05:00.000Z');
  });

  it('publishes in the past over several days, schedules in the future, and sets up the newsroom first', () => {
    const start = newsroomCreatedAt(DEMO_STORIES, anchor).getTime();
    const live: number[] = [];
    for (const story of DEMO_STORIES) {
      const t = storyTimes(story, anchor);
      expect(t.createdAt.getTime()).toBeGreaterThan(start);
      expect(t.createdAt.getTime()).toBeLessThan(anchor.getTime());
      if (story.state === 'published') {
        expect(t.goesLiveAt!.getTime()).toBeGreaterThan(t.createdAt.getTime());
        expect(t.translationLiveAt!.getTime()).toBeLessThan(anchor.getTime());
        live.push(t.goesLiveAt!.getTime());
      } else if (story.state === 'scheduled') {
        expect(t.goesLiveAt!.getTime()).toBeGreaterThan(anchor.getTime());
      } else {
        expect(t.goesLiveAt).toBeNull();
        expect(t.submittedAt === null).toBe(story.state === 'draft');
      }
    }
    expect(Math.max(...live) - Math.min(...live)).toBeGreaterThan(48 * 3600_000);
  });

  it('comments only on published stories in their languages, replies after what they answer, within the limits', () => {
    for (const d of DEMO_DISCUSSIONS) {
      const story = DEMO_STORIES.find((s) => s.key === d.story);
      expect(story?.state, d.story).toBe('published');
      expect(d.locale === 'en' || story?.ru !== undefined).toBe(true);
      const seen = new Map<string, number>();
      for (const c of d.comments) {
        if (c.replyTo) expect(seen.get(c.replyTo), c.key).toBeLessThan(c.minutes);
        seen.set(c.key, c.minutes);
        expect(countGraphemes(c.body)).toBeLessThanOrEqual(COMMENT_MAX_GRAPHEMES);
        expect(countGraphemes(c.name)).toBeLessThanOrEqual(NAME_MAX_GRAPHEMES);
        expect(c.email).toMatch(/@example\.(com|net|org)$/);
        if (d.locale === 'ru') expect(c.body).toMatch(/\p{Script=Cyrillic}{4}/u);
      }
      expect(seen.size, 'unique keys').toBe(d.comments.length);
    }
    expect(new Set(DEMO_DISCUSSIONS.map((d) => d.story)).size).toBeGreaterThanOrEqual(3);
  });

  it('writes the Comment Policy in both languages with a section per rule', () => {
    for (const policy of Object.values(DEMO_POLICIES)) expect(policy.bodyMd.match(/^## /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(DEMO_POLICIES.ru.bodyMd).toMatch(/\p{Script=Cyrillic}{4}/u);
  });
});
