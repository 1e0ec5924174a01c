import { describe, expect, it } from 'vitest';
import { counterDisplay, counterState, crossesThreshold, spokenCount, tooLongPhrase } from './comment-counter.ts';
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
    expect(tooLongPhrase(counterMessages('mr').tooLong, 1501, 1500)).toBe(english);
    // On a right-to-left page the English sentence is isolated, as the server's is.
    expect(tooLongPhrase(counterMessages('sd').tooLong, 1501, 1500)).toBe(`\u2066${english}\u2069`);
    expect(tooLongPhrase(counterMessages('fa-AF').tooLong, 1501, 1500)).toBe(tooLongMessage('fa-AF', 1501, 1500));
    expect(tooLongMessage('fa-AF', 1501, 1500)).toBe('نظر شما ۱٬۵۰۱ حرف درازتر از حد است. لطفاً آن را به ۱٬۵۰۰ حرف یا کمتر کوتاه کنید.');
  });

  it('gives the island each phrase with the locale it is written in, key by key', () => {
    const kazakh = counterMessages('kk-Cyrl');
    expect(spokenCount(kazakh, 1500)).toBe('1\u00a0500 таңба қалды');
    expect(kazakh.over.locale).toMatch(/^kk-Cyrl\b/);
    expect(spokenCount(kazakh, -1200)).toBe('1\u00a0200 таңба артық');
    // A locale without words of its own gets English phrases, with English rules and digits.
    const marathi = counterMessages('mr');
    expect(marathi.over.locale).toMatch(/^en\b/);
    expect(spokenCount(marathi, -1200)).toBe('1,200 characters too many');
    expect(counterMessages('ru').replyingTo).toBe('Ответ пользователю {name}');
  });

  it('writes "1500 / 1500" with the digits of the page\'s format tag, which the server passes the island', () => {
    const dari = counterMessages('fa-AF');
    expect(dari.locale).toBe('fa-AF-u-ca-gregory');
    expect(JSON.parse(JSON.stringify(dari)).locale).toBe(dari.locale);
    expect(counterState('', 1500, dari.locale).display).toBe('۱۵۰۰ / ۱۵۰۰');
    expect(counterState('سلام', 1500, dari.locale).display).toBe('۱۴۹۶ / ۱۵۰۰');
    expect(counterState('x'.repeat(1503), 1500, dari.locale)).toMatchObject({ remaining: -3, over: true });
    expect(counterDisplay(-3, 1500, dari.locale)).toMatch(/^\D*۳ \/ ۱۵۰۰$/);
    expect(counterDisplay(1500, 1500, counterMessages('ps').locale)).toBe('۱۵۰۰ / ۱۵۰۰');
    // Latin digits stay ungrouped, like a counter: no "1 500" or "1,500".
    expect(counterDisplay(1500, 1500, counterMessages('ru').locale)).toBe('1500 / 1500');
    expect(counterDisplay(1234, 1500, counterMessages('en').locale)).toBe('1234 / 1500');
    expect(counterDisplay(1234, 1500, counterMessages('ur').locale)).toBe('1234 / 1500');
    // Without a tag (or with one Intl refuses) the plain ASCII the server renders.
    expect(counterDisplay(1500, 1500)).toBe('1500 / 1500');
    expect(counterDisplay(7, 1500, 'not a tag!')).toBe('7 / 1500');
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
