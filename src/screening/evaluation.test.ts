import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES, EvaluationSetError, figuresOf, judge, loadEvaluationSet, missedTargets, valueOf,
} from './evaluation.ts';
import { LEXICON_LANGUAGES } from './lexicons.ts';

const set = loadEvaluationSet();
const count = (predicate: (item: (typeof set)[number]) => boolean) => set.filter(predicate).length;

describe('the labelled evaluation set (eval/moderation/*.jsonl)', () => {
  it('has at least 400 English and Russian comments, about half each', () => {
    const en = count((item) => item.lang === 'en');
    const ru = count((item) => item.lang === 'ru');
    expect(en + ru).toBeGreaterThanOrEqual(400);
    expect(Math.min(en, ru) / (en + ru)).toBeGreaterThan(0.4);
  });

  it.each(LEXICON_LANGUAGES.filter((language) => language !== 'en' && language !== 'ru'))('has at least 20 comments in %s', (language) => {
    expect(count((item) => item.lang === language)).toBeGreaterThanOrEqual(20);
  });

  it.each(LEXICON_LANGUAGES)('has innocent and abusive comments of %s in both splits', (language) => {
    for (const split of ['train', 'heldout'] as const) {
      expect(count((item) => item.lang === language && item.split === split && item.labels.length === 0)).toBeGreaterThan(0);
      expect(count((item) => item.lang === language && item.split === split && item.labels.length > 0)).toBeGreaterThan(0);
    }
  });

  it('is roughly a third abusive and split about 60/40 train/held-out', () => {
    const abusive = count((item) => item.labels.length > 0) / set.length;
    const heldout = count((item) => item.split === 'heldout') / set.length;
    expect(abusive).toBeGreaterThan(0.25);
    expect(abusive).toBeLessThan(0.45);
    expect(heldout).toBeGreaterThan(0.3);
    expect(heldout).toBeLessThan(0.5);
  });

  it('labels every category somewhere, and never lists a text twice', () => {
    for (const category of CATEGORIES) expect(count((item) => item.labels.includes(category))).toBeGreaterThan(5);
    const texts = set.map((item) => `${item.lang}\u0000${item.text}`);
    expect(texts.length - new Set(texts).size).toBe(0);
  });
});

describe('loadEvaluationSet', () => {
  const dirWith = (line: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'serai-eval-'));
    writeFileSync(join(dir, 'en.jsonl'), `{"text":"fine","lang":"en","labels":[],"split":"train"}\n${line}\n`);
    return dir;
  };

  it.each([
    ['not JSON', '{"text":', /en\.jsonl:2: not JSON/],
    ['an unknown label', '{"text":"x","lang":"en","labels":["spam"],"split":"train"}', /en\.jsonl:2: labels must be/],
    ['an unknown split', '{"text":"x","lang":"en","labels":[],"split":"test"}', /split must be train or heldout/],
    ['another language than the file', '{"text":"x","lang":"ru","labels":[],"split":"train"}', /lang must be "en"/],
    ['an empty text', '{"text":" ","lang":"en","labels":[],"split":"train"}', /text must be a non-empty string/],
  ])('refuses %s, naming the file and line', (_case, line, message) => {
    expect(() => loadEvaluationSet(dirWith(line))).toThrow(EvaluationSetError);
    expect(() => loadEvaluationSet(dirWith(line))).toThrow(message);
  });
});

describe('screening on the held-out split (issue 4 part 7 targets)', () => {
  const figures = figuresOf(set.filter((item) => item.split === 'heldout').map((item) => judge(item)));

  it('finds ≥ 95 % of profanity and of slurs, and holds ≤ 2 % of innocent comments', () => {
    expect(missedTargets(figures)).toEqual([]);
    expect(valueOf(figures.categories.profanity.recall)).toBeGreaterThanOrEqual(0.95);
    expect(valueOf(figures.categories.slur.recall)).toBeGreaterThanOrEqual(0.95);
    expect(valueOf(figures.falsePositiveRate)).toBeLessThanOrEqual(0.02);
  });
});
