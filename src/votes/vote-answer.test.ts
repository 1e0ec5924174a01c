import { describe, expect, it } from 'vitest';
import { readVoteAnswer, readVoteChoice } from './vote-answer.ts';

describe('readVoteAnswer (what the island makes of the answer)', () => {
  it('reads a counted vote', () => {
    expect(readVoteAnswer(200, { vote: 'no', counts: { yes: 3, no: 4 } })).toEqual({ kind: 'voted', vote: 'no', counts: { yes: 3, no: 4 } });
  });

  it('reads a refusal with its message', () => {
    expect(readVoteAnswer(429, { error: { code: 'rate_limited', message: 'Please try again in 5 minutes.', retryAfterSeconds: 300 } }))
      .toEqual({ kind: 'refused', code: 'rate_limited', message: 'Please try again in 5 minutes.' });
    expect(readVoteAnswer(403, { error: { code: 'csrf_failed', message: 'No.' } })).toEqual({ kind: 'refused', code: 'csrf_failed', message: 'No.' });
  });

  it.each([
    [200, undefined],
    [200, null],
    [200, 'yes'],
    [200, { vote: 'maybe', counts: { yes: 1, no: 0 } }],
    [200, { vote: 'yes', counts: { yes: -1, no: 0 } }],
    [200, { vote: 'yes', counts: { yes: 1.5, no: 0 } }],
    [200, { vote: 'yes' }],
    [201, { vote: 'yes', counts: { yes: 1, no: 0 } }],
    [502, { message: 'Bad gateway' }],
    [500, { error: { code: 7, message: 'x' } }],
    [200, { error: { code: 'x', message: 'y' } }],
  ])('anything else (%i, %j) is unknown, so the browser posts the form itself', (status, body) => {
    expect(readVoteAnswer(status, body)).toEqual({ kind: 'unknown' });
  });
});

describe('readVoteChoice', () => {
  it.each([
    [{ value: 'yes' }, 'yes'],
    [{ value: 'no' }, 'no'],
    [{ value: 'Yes' }, undefined],
    [{ value: ' yes' }, undefined],
    [{ value: ['yes', 'no'] }, undefined],
    [{ value: ['yes'] }, undefined],
    [{ other: 'yes' }, undefined],
    [{}, undefined],
    [undefined, undefined],
    [null, undefined],
    ['value=yes', undefined],
  ])('%j → %s', (body, expected) => {
    expect(readVoteChoice(body)).toBe(expected);
  });
});
