import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog, catalog, formatMessage, messagesIn, pluralPhrase, t, tParts, writtenIn } from './catalog.ts';
import { pluralPhraseText } from './plural-phrase.ts';

const count = (locale: string, n: number) => formatMessage(locale, 'commentThread', 'commentCount', { count: n });
const left = (locale: string, n: number) => formatMessage(locale, 'commentForm', 'charactersLeft', { count: n });
/** Left-to-right isolate and pop directional isolate (locale-format.ts isolatedIn). */
const LRI = '\u2066';
const PDI = '\u2069';

describe('plurals from the catalogs', () => {
  it.each([
    [1, '1 комментарий'], [2, '2 комментария'], [5, '5 комментариев'], [11, '11 комментариев'], [21, '21 комментарий'],
    [22, '22 комментария'], [25, '25 комментариев'], [111, '111 комментариев'], [1.5, '1,5 комментария'], [0, '0 комментариев'],
    [1000, '1\u00a0000 комментариев'],
  ])('Russian: %s → %s', (n, expected) => {
    expect(count('ru', n)).toBe(expected);
  });

  it.each([
    [1, 'Остался 1 символ'], [2, 'Осталось 2 символа'], [5, 'Осталось 5 символов'], [11, 'Осталось 11 символов'],
    [21, 'Остался 21 символ'], [22, 'Осталось 22 символа'], [25, 'Осталось 25 символов'], [111, 'Осталось 111 символов'], [1.5, 'Осталось 1,5 символа'],
  ])('Russian characters left: %s → %s', (n, expected) => {
    expect(left('ru', n)).toBe(expected);
  });

  it.each([
    [0, 'لا تعليقات'], [1, 'تعليق واحد'], [2, 'تعليقان'], [3, '3 تعليقات'], [11, '11 تعليقًا'], [100, '100 تعليق'], [101, '101 تعليق'],
    [102, '102 تعليق'], [103, '103 تعليقات'], [111, '111 تعليقًا'],
  ])('Arabic (zero, one, two, few, many, other): %s → %s', (n, expected) => {
    expect(count('ar', n)).toBe(expected);
  });

  it('Arabic counts use the digits CLDR gives ar, as the rest of an Arabic page does', () => {
    expect(left('ar', 1500)).toBe(`تبقّى ${new Intl.NumberFormat('ar').format(1500)} حرف`);
    expect(left('ar', 3)).toBe('تبقّت 3 أحرف');
    expect(left('ar', 11)).toBe('تبقّى 11 حرفًا');
  });

  it.each([
    ['kk-Cyrl', 1, '1 пікір', '1 таңба қалды'],
    ['kk-Cyrl', 2, '2 пікір', '2 таңба қалды'],
    ['kk-Cyrl', 1500, '1\u00a0500 пікір', '1\u00a0500 таңба қалды'],
    ['uz-Latn', 1, '1 ta izoh', '1 ta belgi qoldi'],
    ['uz-Latn', 5, '5 ta izoh', '5 ta belgi qoldi'],
    ['uz-Latn', 1500, '1\u00a0500 ta izoh', '1\u00a0500 ta belgi qoldi'],
  ])('%s: %s → "%s", "%s"', (locale, n, comments, characters) => {
    expect(count(locale, n)).toBe(comments);
    expect(left(locale, n)).toBe(characters);
  });

  it('English: one and other', () => {
    expect([0, 1, 2, 1500].map((n) => count('en', n))).toEqual(['0 Comments', '1 Comment', '2 Comments', '1,500 Comments']);
  });
});

describe('fallback, key by key', () => {
  it('takes each key from the most specific catalog that has it, else English', () => {
    const kazakh = messagesIn('kk-Cyrl', 'commentThread');
    expect(t(kazakh, 'commentCount', { count: 3 })).toBe('3 пікір');
    expect(kazakh.noComments).toBe('Әзірге пікір жоқ.');
    expect(messagesIn('mr', 'commentThread').noComments).toBe('No comments yet.');
    expect(messagesIn('uz-Latn-UZ', 'commentThread')).toBe(messagesIn('uz-Latn-UZ', 'commentThread'));
    expect(count('uz-Latn-UZ', 5)).toBe('5 ta izoh');
    expect(messagesIn('ru-KG', 'votes').yes).toBe('Да');
    expect(messagesIn('RU', 'votes').yes).toBe('Да');
  });

  it('never crosses scripts: Cyrillic Uzbek has its own catalog, Arabic-script Uzbek reads English, not Latin', () => {
    expect(count('uz-Cyrl', 5)).toBe('5 та изоҳ');
    expect(count('uz-Latn', 5)).toBe('5 ta izoh');
    expect(catalog.chain('uz-Cyrl')).toEqual(['uz-Cyrl', 'en']);
    expect(catalog.chain('uz-Arab')).toEqual(['en']);
  });

  it('English text keeps English plural rules and digits, whatever the page', () => {
    // Marathi writes Devanagari digits and has no catalog: English, English digits, not isolated (both left to right).
    expect(count('mr', 1234)).toBe('1,234 Comments');
    expect(count('mr', 1)).toBe('1 Comment');
    expect(formatMessage('mr', 'common', 'pageOf', { n: 2, total: 12 })).toBe('Page 2 of 12');
    expect(formatMessage('mr', 'commentForm', 'charactersOver', { count: 1200 })).toBe('1,200 characters too many');
    expect(writtenIn(messagesIn('mr', 'commentForm'), 'charactersOver')).toBe('en');
    expect(writtenIn(messagesIn('kk-Cyrl', 'commentForm'), 'charactersLeft')).toBe('kk-Cyrl');
    // Dari has its own words, and writes them with Persian digits.
    expect(count('fa-AF', 1234)).toBe('۱٬۲۳۴ نظر');
  });

  it('isolates English fallback text on a right-to-left page, so its punctuation and numbers stay in place', () => {
    // Sindhi and Hebrew have no catalog and are written right to left.
    const votes = messagesIn('he', 'votes');
    expect(votes.question).toBe(`${LRI}Do you like this article?${PDI}`);
    expect(formatMessage('sd', 'commentThread', 'commentCount', { count: 4 })).toBe(`${LRI}4 Comments${PDI}`);
    expect(t(messagesIn('he', 'common'), 'pageOf', { n: 2, total: 12 })).toBe(`${LRI}Page 2 of 12${PDI}`);
    const name = { wrapped: 'יעל' };
    expect(tParts(messagesIn('he', 'reports'), 'commentBy', { name })).toEqual([LRI, 'Comment by ', name, PDI]);
    // The page's own text, and English on a left-to-right page, are left alone.
    expect(messagesIn('ar', 'votes').question).toBe('هل أعجبك هذا المقال؟');
    expect(messagesIn('ur', 'votes').question).toBe('کیا آپ کو یہ مضمون پسند آیا؟');
    expect(messagesIn('mr', 'votes').question).toBe('Do you like this article?');
    expect(messagesIn('en', 'votes').question).toBe('Do you like this article?');
  });

  it('isolates the plural forms it hands the browser the same way', () => {
    const phrase = pluralPhrase('sd', 'commentThread', 'commentCount');
    expect(phrase.forms).toEqual({ one: `${LRI}# Comment${PDI}`, other: `${LRI}# Comments${PDI}` });
    expect(pluralPhraseText(phrase, 1500)).toBe(`${LRI}1,500 Comments${PDI}`);
    expect(pluralPhrase('mr', 'commentThread', 'commentCount').forms).toEqual({ one: '# Comment', other: '# Comments' });
  });

  it('an unknown or malformed tag reads English', () => {
    expect(messagesIn('not a tag', 'common').by).toBe('By');
    expect(count('de', 2)).toBe('2 Comments');
  });
});

describe('formatting', () => {
  const en = messagesIn('en', 'common');

  it('messages without arguments are finished properties; those with arguments hold their source', () => {
    expect(en.nothingYet).toBe('Nothing has been published here yet.');
    expect(en.pageOf).toBe('Page {n, number} of {total, number}');
    expect(t(en, 'pageOf', { n: 2, total: 1500 })).toBe('Page 2 of 1,500');
  });

  it('inserts reader text as text, braces and apostrophes included', () => {
    expect(t(en, 'moreIn', { section: "Don't {panic} #1" })).toBe("More in Don't {panic} #1");
  });

  it('keeps a missing value visible rather than failing the page', () => {
    expect(t(en, 'page')).toBe('Page {n}');
    expect(formatMessage('en', 'commentThread', 'commentCount', {})).toBe('{count, plural, one {# Comment} other {# Comments}}');
  });

  it('selects and nested plurals go through intl-messageformat', () => {
    expect(formatMessage('en', 'commentForm', 'rejected', { reason: 'spam' })).toMatch(/^Your comment was not published: it looks like spam \(/);
    expect(formatMessage('ru', 'commentForm', 'rejected', { reason: 'other' })).toMatch(/^Комментарий не опубликован: похоже, он нарушает правила комментирования\./);
  });

  it('keeps values that are not text, for a view that wraps a name', () => {
    const bdi = { wrapped: 'Ann' };
    expect(tParts(messagesIn('en', 'reports'), 'commentBy', { name: bdi })).toEqual(['Comment by ', bdi]);
    expect(tParts(messagesIn('ar', 'commentForm'), 'replyingTo', { name: bdi })).toEqual(['ردًّا على ', bdi]);
  });

  it('gives the browser the forms of a plural, which pick and write as the server does', () => {
    for (const locale of ['en', 'ru', 'ar', 'kk-Cyrl', 'fa-AF', 'ur', 'sd']) {
      const phrase = JSON.parse(JSON.stringify(pluralPhrase(locale, 'commentForm', 'bodyTooLong'))) as ReturnType<typeof pluralPhrase>;
      for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1501]) {
        expect(pluralPhraseText(phrase, n, { limit: 1500 }), `${locale} ${n}`).toBe(formatMessage(locale, 'commentForm', 'bodyTooLong', { over: n, limit: 1500 }));
      }
    }
    expect(pluralPhrase('ar', 'commentThread', 'commentCount').forms).toMatchObject({ zero: 'لا تعليقات', two: 'تعليقان', many: '# تعليقًا' });
    expect(() => pluralPhrase('en', 'commentForm', 'rejected')).toThrow(/one cardinal plural/);
  });
});

describe('the cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-catalog-'));
  const write = (tag: string, data: Record<string, string>) => {
    fs.mkdirSync(path.join(dir, tag), { recursive: true });
    fs.writeFileSync(path.join(dir, tag, 'demo.json'), JSON.stringify(data));
  };
  write('en', { hello: 'Hello', greet: 'Hello, {name}', items: '{n, plural, one {# item} other {# items}}', only: 'English only' });
  write('ru', { hello: 'Привет', greet: 'Привет, {name}', items: '{n, plural, one {# предмет} few {# предмета} many {# предметов} other {# предмета}}' });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads each file once and compiles each message once per locale', () => {
    const catalog = new Catalog(dir);
    const ru = catalog.messages('ru', 'demo');
    const compiled = catalog.compilations;
    expect(compiled).toBe(4);
    expect(catalog.messages('ru', 'demo')).toBe(ru);
    for (let i = 0; i < 100; i++) catalog.format(ru, 'items', { n: i });
    expect(catalog.format(ru, 'items', { n: 22 })).toBe('22 предмета');
    expect(catalog.format(ru, 'greet', { name: 'Аня' })).toBe('Привет, Аня');
    expect(ru).toEqual({ hello: 'Привет', greet: 'Привет, {name}', items: expect.stringContaining('plural'), only: 'English only' });
    expect(catalog.compilations).toBe(compiled);
    catalog.messages('ru-KG', 'demo');
    expect(catalog.compilations).toBe(compiled + 4);
  });

  it('falls back key by key, and formats the English key as English', () => {
    const catalog = new Catalog(dir);
    expect(catalog.chain('ru-KG')).toEqual(['ru', 'en']);
    expect(catalog.chain('de')).toEqual(['en']);
    const ru = catalog.messages('ru', 'demo');
    expect(catalog.writtenIn(ru, 'only')).toBe('en');
    expect(catalog.writtenIn(ru, 'hello')).toBe('ru');
  });

  it('refuses an object it did not make, and a namespace English lacks', () => {
    const catalog = new Catalog(dir);
    expect(() => catalog.format({ hello: 'x' }, 'hello')).toThrow(/not a Messages object/);
    expect(() => catalog.messages('en', 'nothing')).toThrow(/no English catalog/);
  });
});
