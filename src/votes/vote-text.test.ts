import { describe, expect, it } from 'vitest';
import { describeVoteResult, retryWhen, votePercents } from './vote-text.ts';
import { voteMessagesFor, voteWordsFor } from './vote.messages.ts';

describe('votePercents', () => {
  it.each([
    [{ yes: 0, no: 0 }, { yes: 0, no: 0 }],
    [{ yes: 1, no: 0 }, { yes: 100, no: 0 }],
    [{ yes: 1, no: 2 }, { yes: 33, no: 67 }],
    [{ yes: 2, no: 1 }, { yes: 67, no: 33 }],
    [{ yes: 1, no: 1 }, { yes: 50, no: 50 }],
    [{ yes: 1, no: 199 }, { yes: 1, no: 99 }],
    [{ yes: 12, no: 3 }, { yes: 80, no: 20 }],
  ])('%j → %j', (tally, expected) => {
    expect(votePercents(tally)).toEqual(expected);
  });

  it('always adds up to 100 once anyone voted', () => {
    for (let yes = 0; yes <= 60; yes++) for (let no = 0; no <= 60; no++) {
      if (yes + no === 0) continue;
      const p = votePercents({ yes, no });
      expect(p.yes + p.no).toBe(100);
    }
  });
});

describe('describeVoteResult', () => {
  it('writes English with plurals and percentages', () => {
    const text = describeVoteResult(voteWordsFor('en'), 'yes', { yes: 12, no: 3 });
    expect(text.mine).toBe('You voted Yes.');
    expect(text.canChange).toBe('You can change your vote.');
    expect(text.shares).toEqual([
      { choice: 'yes', text: '12 readers said yes', percent: 80, percentText: '80%' },
      { choice: 'no', text: '3 readers said no', percent: 20, percentText: '20%' },
    ]);
    expect(describeVoteResult(voteWordsFor('en'), 'no', { yes: 1, no: 1 }).shares.map((s) => s.text)).toEqual(['1 reader said yes', '1 reader said no']);
    expect(describeVoteResult(voteWordsFor('en'), 'no', { yes: 1234, no: 0 }).shares[0]!.text).toBe('1,234 readers said yes');
  });

  it.each([
    [1, '1 читатель ответил «да»'],
    [2, '2 читателя ответили «да»'],
    [5, '5 читателей ответили «да»'],
    [11, '11 читателей ответили «да»'],
    [21, '21 читатель ответил «да»'],
    [22, '22 читателя ответили «да»'],
    [0, '0 читателей ответили «да»'],
  ])('writes Russian plurals: %i', (n, expected) => {
    expect(describeVoteResult(voteWordsFor('ru'), 'no', { yes: n, no: 1 }).shares[0]!.text).toBe(expected);
  });

  it('writes Russian answers and percentages the Russian way', () => {
    const text = describeVoteResult(voteWordsFor('ru'), 'no', { yes: 1, no: 4 });
    expect(text.mine).toBe('Ваш ответ: «Нет».');
    expect(text.shares[1]).toEqual({ choice: 'no', text: '4 читателя ответили «нет»', percent: 80, percentText: '80\u00a0%' });
  });

  it('falls back to English for a locale without words', () => {
    expect(describeVoteResult(voteWordsFor('kk'), 'yes', { yes: 2, no: 0 }).shares[0]!.text).toBe('2 readers said yes');
    expect(voteMessagesFor('ru-RU').yes).toBe('Да');
    expect(voteMessagesFor('xx').question).toBe('Do you like this article?');
  });

  it('keeps English digits beside English words on a page whose own digits differ', () => {
    // Marathi writes Devanagari digits and has no catalog of its own.
    const shares = describeVoteResult(voteWordsFor('mr'), 'yes', { yes: 1234, no: 0 }).shares;
    expect(shares[0]).toMatchObject({ text: '1,234 readers said yes', percentText: '100%' });
  });

  it('gives the island plain data: the words survive JSON and describe the same result', () => {
    const words = JSON.parse(JSON.stringify(voteWordsFor('ru'))) as ReturnType<typeof voteWordsFor>;
    expect(describeVoteResult(words, 'no', { yes: 1, no: 4 })).toEqual(describeVoteResult(voteWordsFor('ru'), 'no', { yes: 1, no: 4 }));
  });
});

describe('retryWhen', () => {
  it.each([
    ['en', 1, 'in 1 second'],
    ['en', 59, 'in 59 seconds'],
    ['en', 60, 'in 1 minute'],
    ['en', 61, 'in 2 minutes'],
    ['en', 3600, 'in 60 minutes'],
    ['en', 0, 'in 1 second'],
    ['ru', 2700, 'через 45 минут'],
    ['ru', 120, 'через 2 минуты'],
    ['ru', 60, 'через 1 минуту'],
    ['not a locale!', 120, 'in 2 minutes'],
  ])('%s, %i s → %s', (locale, seconds, expected) => {
    expect(retryWhen(locale, seconds)).toBe(expected);
  });
});
