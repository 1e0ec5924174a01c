// Where a screened comment goes, from the verdict and the article's mode (pure: the
// commenter's standing arrives as a function, asked only when screening approved).
import { describe, expect, it } from 'vitest';
import type { ScreeningResult } from '../screening/pipeline.ts';
import { placementOf, strongestVerdict } from './screen-submission.ts';

const result = (outcome: ScreeningResult['outcome'], verdicts: Array<[string, number]>): ScreeningResult => ({
  outcome, score: verdicts.reduce((s, [, v]) => Math.max(s, v), 0), verdicts: verdicts.map(([reason, score]) => ({ phase: reason, reason, score })),
});

describe('placementOf', () => {
  it('rejects with the policy reason of the strongest verdict, and logs codes only', async () => {
    const placed = await placementOf(result('reject', [['profanity', 0.6], ['threat', 0.95], ['shouting', 0.3]]), 'post', async () => false);
    expect(placed).toEqual({
      status: 'rejected', queue: null, rejectReason: 'incitement',
      log: { action: 'screening_reject', reason: 'incitement', detail: 'score 0.95: profanity, threat, shouting' },
    });
  });

  it('holds in the held queue whatever the mode, and never asks about the commenter', async () => {
    let asked = false;
    for (const mode of ['pre', 'post'] as const) {
      const placed = await placementOf(result('hold', [['phone_number', 0.6]]), mode, async () => { asked = true; return false; });
      expect(placed).toMatchObject({ status: 'pending', queue: 'held', rejectReason: null, log: { action: 'screening_hold', reason: 'phone_number' } });
    }
    expect(asked).toBe(false);
  });

  it('approves by mode, unless the commenter needs review', async () => {
    const clean = result('approve', []);
    expect(await placementOf(clean, 'post', async () => false)).toEqual({ status: 'approved', queue: null, rejectReason: null });
    expect(await placementOf(clean, 'post', async () => true)).toEqual({ status: 'pending', queue: 'pending', rejectReason: null });
    expect(await placementOf(clean, 'pre', async () => false)).toEqual({ status: 'pending', queue: 'pending', rejectReason: null });
  });

  it('takes the first of equally strong verdicts (phases run in order of importance)', () => {
    expect(strongestVerdict(result('hold', [['email_address', 0.6], ['profanity', 0.6]]))?.reason).toBe('email_address');
    expect(strongestVerdict(result('approve', []))).toBeUndefined();
  });
});
