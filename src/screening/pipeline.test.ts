import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES } from './default-phases.ts';
import { combineScores, DEFAULT_THRESHOLDS, screen, type Phase, type PhaseVerdict } from './pipeline.ts';
import { inputOf, NOW } from './pipeline.testkit.ts';

const fixed = (score: number, action?: 'reject'): Phase => () =>
  ({ phase: `fixed-${score}`, reason: 'fixed', score, ...(action ? { action } : {}) }) satisfies PhaseVerdict;

describe('screen combines verdicts into an outcome', () => {
  it.each([
    { scores: [], outcome: 'approve', score: 0 },
    { scores: [0.3], outcome: 'approve', score: 0.3 },
    { scores: [0.3, 0.3], outcome: 'hold', score: 0.51 },
    { scores: [0.4], outcome: 'hold', score: 0.4 },
    { scores: [0.6, 0.6], outcome: 'hold', score: 0.84 },
    { scores: [0.6, 0.6, 0.6], outcome: 'reject', score: 0.936 },
    { scores: [0.95], outcome: 'reject', score: 0.95 },
    { scores: [0.9], outcome: 'reject', score: 0.9 },
  ] as const)('$scores → $outcome at the default thresholds', ({ scores, outcome, score }) => {
    const result = screen(inputOf('x'), scores.map((s) => fixed(s)), DEFAULT_THRESHOLDS);
    expect(result.score).toBeCloseTo(score, 4);
    expect(result.outcome).toBe(outcome);
    expect(result.verdicts).toHaveLength(scores.length);
  });

  it('uses per-site thresholds', () => {
    const phases = [fixed(0.6)];
    expect(screen(inputOf('x'), phases, { hold: 0.4, reject: 0.9 }).outcome).toBe('hold');
    expect(screen(inputOf('x'), phases, { hold: 0.7, reject: 0.9 }).outcome).toBe('approve');
    expect(screen(inputOf('x'), phases, { hold: 0.2, reject: 0.5 }).outcome).toBe('reject');
  });

  it('a reject action rejects and skips the phases after it', () => {
    let laterRan = false;
    const later: Phase = () => { laterRan = true; return undefined; };
    const result = screen(inputOf('x'), [fixed(0.1), fixed(0, 'reject'), later]);
    expect(result).toMatchObject({ outcome: 'reject', score: 1 });
    expect(result.verdicts.map((v) => v.phase)).toEqual(['fixed-0.1', 'fixed-0']);
    expect(laterRan).toBe(false);
  });

  it('combineScores is a noisy-OR, never below the largest score, clamped to 0..1', () => {
    expect(combineScores([0.5, 0.5])).toBe(0.75);
    expect(combineScores([2, -1])).toBe(1);
    expect(combineScores([Number.NaN])).toBe(1);
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true })), (scores) => {
      const combined = combineScores(scores);
      expect(combined).toBeGreaterThanOrEqual(0);
      expect(combined).toBeLessThanOrEqual(1);
      for (const score of scores) expect(combined).toBeGreaterThanOrEqual(Math.round(score * 10_000) / 10_000 - 1e-4);
    }));
  });
});

describe('DEFAULT_PHASES hard stops', () => {
  const abusive = 'ты сука, я тебя найду';

  it.each([
    { name: 'permanent ban', context: { banned: { until: null, reason: 'spam' } }, reason: 'banned_commenter' },
    { name: 'ban until tomorrow', context: { banned: { until: '2026-06-09T00:00:00Z', reason: 'abuse' } }, reason: 'banned_commenter' },
    { name: 'unreadable ban end (fail closed)', context: { banned: { until: 'soon', reason: 'abuse' } }, reason: 'banned_commenter' },
    { name: 'closed article', context: { articleClosed: true }, reason: 'article_closed' },
  ])('$name rejects with only that verdict', ({ context, reason }) => {
    const result = screen(inputOf(abusive, context), DEFAULT_PHASES);
    expect(result.outcome).toBe('reject');
    expect(result.verdicts.map((v) => v.reason)).toEqual([reason]);
    expect(result.verdicts[0]?.action).toBe('reject');
  });

  it.each([
    { until: '2026-06-08T08:59:59Z', outcome: 'approve' },
    { until: NOW.toISOString(), outcome: 'approve' },
    { until: '2026-06-08T09:00:01Z', outcome: 'reject' },
  ])('a ban ending $until is respected at now → $outcome', ({ until, outcome }) => {
    const result = screen(inputOf('Спасибо!', { banned: { until, reason: 'abuse' } }), DEFAULT_PHASES);
    expect(result.outcome).toBe(outcome);
  });
});

describe('screening never throws', () => {
  it('on arbitrary strings and contexts', () => {
    fc.assert(fc.property(
      fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })),
      fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
      fc.option(fc.integer({ min: -5, max: 50 }), { nil: undefined }),
      (text, blockedDomains, count) => {
        const context = { blockedDomains, recentFromSameAuthor: count, sameTextElsewhere: count };
        const result = screen(inputOf(text, context), DEFAULT_PHASES);
        expect(['approve', 'hold', 'reject']).toContain(result.outcome);
        for (const verdict of result.verdicts) {
          for (const span of verdict.evidence ?? []) expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      },
    ), { numRuns: 300 });
  });
});
