import { describe, expect, it } from 'vitest';
import { counterState, crossesThreshold, spokenCount, tooLongPhrase } from './comment-counter.ts';
import { tooLongMessage } from './comment-form.messages.ts';
import { counterMessages } from './CommentForm.tsx';

describe('comment counter', () => {
  it('shows characters left over the limit, one per grapheme', () => {
    expect(counterState('', 1500)).toEqual({ remaining: 1500, over: false, exact: true, display: '1500 / 1500' });
    expect(counterState('👨‍👩‍👧‍👦'.repeat(3), 1500).display).toBe('1497 / 1500');
    expect(counterState('e\u0301', 10).remaining).toBe(9);
    expect(counterState('x'.repeat(1501), 1500)).toEqual({ remaining: -1, over: true, exact: true, display: '-1 / 1500' });
  });

  it('measures a long flood far past the limit in one quick pass, without the slow exact count', () => {
    const flood = 'ж'.repeat(60_000);
    const started = performance.now();
    expect(counterState(flood, 1500)).toEqual({ remaining: -58_500, over: true, exact: false, display: '-58500 / 1500' });
    expect(performance.now() - started).toBeLessThan(200);
    const emoji = '👨‍👩‍👧‍👦'.repeat(1500);
    expect(counterState(emoji, 1500)).toMatchObject({ remaining: 0, exact: true });
    expect(counterState(emoji + 'ж'.repeat(4000), 1500).remaining).toBe(-4000);
  });

  it('speaks the count with the plural of the locale', () => {
    const en = counterMessages('en');
    const ru = counterMessages('ru');
    expect(spokenCount(en, 1)).toBe('1 character left');
    expect(spokenCount(en, 1500)).toBe('1,500 characters left');
    expect(spokenCount(en, -3)).toBe('3 characters too many');
    expect(spokenCount(ru, 1)).toBe('Остался 1 символ');
    expect(spokenCount(ru, 3)).toBe('Осталось 3 символа');
    expect(spokenCount(ru, 5)).toBe('Осталось 5 символов');
    expect(spokenCount(ru, -21)).toBe('21 символ сверх лимита');
  });

  it('writes both numbers of the too-long message the locale\'s way, in the browser and on the server alike', () => {
    const en = counterMessages('en');
    const ru = counterMessages('ru');
    const english = 'Your comment is 1,501 characters too long. Please shorten it to 1,500 characters or fewer.';
    expect(tooLongPhrase(en.tooLong, 1501, 1500)).toBe(english);
    expect(tooLongMessage('en', 1501, 1500)).toBe(english);
    const russian = 'Комментарий длиннее допустимого на 1\u00a0501 символ. Сократите его до 1\u00a0500 символов.';
    expect(tooLongPhrase(ru.tooLong, 1501, 1500)).toBe(russian);
    expect(tooLongMessage('ru', 1501, 1500)).toBe(russian);
    // A language without its own words speaks English, numbers included.
    expect(tooLongMessage('de', 1501, 1500)).toBe(english);
    expect(tooLongPhrase(counterMessages('de').tooLong, 1501, 1500)).toBe(english);
    expect(tooLongPhrase(counterMessages('fa-AF').tooLong, 1501, 1500)).toBe(english);
  });

  it('gives the island each phrase with the locale it is written in, key by key', () => {
    const kazakh = counterMessages('kk-Cyrl');
    // Kazakh has its own "characters left" (a starter catalog), not yet "too many": that one is English, English digits.
    expect(spokenCount(kazakh, 1500)).toBe('1\u00a0500 таңба қалды');
    expect(kazakh.over.locale).toMatch(/^en\b/);
    expect(spokenCount(kazakh, -1200)).toBe('1,200 characters too many');
    expect(counterMessages('ru').replyingTo).toBe('Ответ пользователю {name}');
  });

  it('announces at once only when nearing, reaching or crossing the limit', () => {
    expect(crossesThreshold(1500, 1499)).toBe(false);
    expect(crossesThreshold(101, 100)).toBe(true);
    expect(crossesThreshold(100, 99)).toBe(false);
    expect(crossesThreshold(99, 101)).toBe(false);
    expect(crossesThreshold(21, 20)).toBe(true);
    expect(crossesThreshold(1, 0)).toBe(true);
    expect(crossesThreshold(0, -1)).toBe(true);
    expect(crossesThreshold(-1, -2)).toBe(false);
    expect(crossesThreshold(-1, 0)).toBe(true);
    expect(crossesThreshold(150, 5)).toBe(true);
  });
});
