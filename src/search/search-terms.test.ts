import { describe, expect, it } from 'vitest';
import { ftsMatch } from './search-index.sqlite.queries.ts';
import { tsQueryText } from './search-index.postgres.queries.ts';
import { indexText, MAX_TERMS, parseQuery, termOf } from './search-terms.ts';
import { highlight, snippet } from './snippet.ts';

describe('search terms', () => {
  it.each([
    ['ru', ['граница', 'границы', 'границе', 'границей', 'Граница']],
    ['ru', ['выборы', 'выборов', 'выборах']],
    ['ru', ['ёлка', 'елки', 'Ёлкой']],
    ['en', ['election', 'elections']],
    ['en', ['city', 'cities']],
    ['en', ['running', 'runs', 'run']],
  ])('one term for the forms of a word in %s: %j', (locale, forms) => {
    expect(new Set(forms.map((w) => termOf(w.toLocaleLowerCase(locale).replace(/ё/g, 'е'), locale))).size).toBe(1);
  });

  it('indexes normalised words: case, ё, Uzbek apostrophes and alphabets, accents folded', () => {
    expect(indexText('Ёлка у Границы', 'ru')).toBe(indexText('елка у границе', 'ru'));
    expect(indexText("O'zbekiston", 'uz-Latn')).toBe(indexText('Ўзбекистон', 'uz-Cyrl'));
    expect(indexText('Café', 'tk-Latn')).toBe('cafe');
  });

  it('marks prefix matching only for locales without a stemmer', () => {
    expect(parseQuery('border', 'en').prefix).toBe(false);
    expect(parseQuery('граница', 'ru').prefix).toBe(false);
    expect(parseQuery('чек', 'kk-Cyrl').prefix).toBe(true);
  });

  const hostile: Array<[string, string]> = [
    ['', ''], ['   ', ''], ['"', ''], ['""""', ''], ['*', ''], ['border*', 'border'], ['"border', 'border'],
    ['NEAR(border crossing)', 'near border cross'], ['border OR crossing', 'border or cross'], ['border AND NOT x', 'border and not x'],
    ['-border', 'border'], ['headline:border', 'headlin border'], ['^border', 'border'], ['{a b}', 'a b'],
    ["border'); drop table articles; --", 'border drop tabl articl'], ['\u0000border\u0000', 'border'],
    ['<script>alert(1)</script>', 'script alert 1 script'], ['a:* & !b | c <-> d', 'a b c d'],
  ];
  it.each(hostile)('reduces %j to plain terms', (raw, expected) => {
    const terms = parseQuery(raw, 'en').terms;
    expect(terms.join(' ')).toBe([...new Set(expected.split(' ').filter(Boolean))].join(' '));
    for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
  });

  it('caps the number of terms and the length read', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(33 + (i * 7) % 90)).join('');
    const parsed = parseQuery(junk, 'en');
    expect(parsed.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(parsed.truncated).toBe(true);
    expect(parseQuery('a b c d e f g h i j', 'en')).toMatchObject({ terms: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], truncated: true });
  });

  it('quotes every term for both engines so no operator survives', () => {
    expect(ftsMatch(['border', 'near'], false)).toBe('"border" "near"');
    expect(ftsMatch(['чек'], true)).toBe('"чек"*');
    expect(tsQueryText(['borders', 'near'], 'en')).toBe("'borders' & 'near'");
    expect(tsQueryText(['чек'], 'kk-Cyrl')).toBe("'чек':*");
  });
});

describe('snippets', () => {
  const text = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  it('marks every form of the query word', () => {
    expect(text(highlight('На границе и у границы', parseQuery('граница', 'ru'), 'ru'))).toBe('На [границе] и у [границы]');
    expect(text(highlight('Elections: the election day', parseQuery('elections', 'en'), 'en'))).toBe('[Elections]: the [election] day');
    expect(text(highlight('Чекара чекте', parseQuery('чек', 'ky-Cyrl'), 'ky-Cyrl'))).toBe('[Чекара] [чекте]');
  });

  it('shows the window around the first match, from the summary or else the body', () => {
    const body = `${'word '.repeat(100)}the border opens ${'tail '.repeat(100)}`;
    const parts = snippet(['A summary.', body], parseQuery('border', 'en'), 'en');
    expect(text(parts)).toContain('[border] opens');
    expect(text(parts).startsWith('… ')).toBe(true);
    expect(text(parts).endsWith(' …')).toBe(true);
    expect(text(snippet(['A summary.', 'Body.'], parseQuery('absent', 'en'), 'en'))).toBe('A summary.');
  });
});
