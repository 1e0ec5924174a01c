import IntlMessageFormat from 'intl-messageformat';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argumentNames, compileMessage, parseMessage, pluralElements, pluralFormsOf } from './message-format.ts';

const MESSAGES = [
  'Plain text, with an apostrophe: don\'t',
  "Quoted '{braces}' and ''doubled'' apostrophes",
  'Page {n, number} of {total, number}',
  'Replying to {name}',
  '{count, plural, one {# Comment} other {# Comments}}',
  'Your comment is {over, plural, one {# character} other {# characters}} too long. Shorten it to {limit, number}.',
  '{n, plural, =0 {none} one {# item for {who}} other {# items for {who}}}',
  '{count, plural, zero {لا شيء} one {واحد} two {اثنان} few {# قليل} many {# كثير} other {# آخر}}',
  'Hi {who}: {reason, select, spam {spam} other {something else}}.',
];

describe('compiled messages', () => {
  it('format exactly as intl-messageformat does, fast paths included', () => {
    fc.assert(fc.property(
      fc.constantFrom(...MESSAGES), fc.constantFrom('en', 'ru', 'ar', 'fa-AF', 'kk-Cyrl'),
      fc.oneof(fc.nat(2_000_000), fc.constant(1.5)), fc.nat(5000), fc.string(), fc.constantFrom('spam', 'other'),
      (message, locale, n, m, text, reason) => {
        const values = { n, count: n, over: n, total: m, limit: m, name: text, who: text, reason };
        const expected = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format(values);
        expect(compileMessage(message, locale).format(values)).toBe(expected);
      },
    ));
  });

  it('know their arguments, nested ones included (# is not one)', () => {
    expect(compileMessage(MESSAGES[6]!, 'en').args).toEqual(['n', 'who']);
    expect(argumentNames(parseMessage(MESSAGES[8]!, 'en').getAst())).toEqual(['reason', 'who']);
    expect(pluralElements(parseMessage(MESSAGES[7]!, 'ar').getAst())).toEqual([{ arg: 'count', categories: ['zero', 'one', 'two', 'few', 'many', 'other'] }]);
  });

  it('return parts with values left as they are, for views that wrap one', () => {
    const node = { tag: 'bdi' };
    expect(compileMessage('Replying to {name}.', 'en').formatToParts({ name: node })).toEqual(['Replying to ', node, '.']);
    expect(compileMessage(MESSAGES[6]!, 'en').formatToParts({ n: 2, who: node }).filter((p) => p === node)).toHaveLength(1);
  });

  it('refuse malformed ICU with intl-messageformat\'s error', () => {
    expect(() => compileMessage('Hello {name', 'en')).toThrow();
    expect(() => compileMessage('{n, plural, one {#}}', 'en')).toThrow(/OTHER/);
  });
});

describe('plural forms for the islands', () => {
  it('spell each form out with the text around the plural, # for the count and {name} for the rest', () => {
    expect(pluralFormsOf(parseMessage(MESSAGES[5]!, 'en').getAst())).toEqual({
      one: 'Your comment is # character too long. Shorten it to {limit}.',
      other: 'Your comment is # characters too long. Shorten it to {limit}.',
    });
    expect(pluralFormsOf(parseMessage(MESSAGES[6]!, 'en').getAst())).toMatchObject({ '=0': 'none', one: '# item for {who}' });
  });

  it('refuse what an island could not fill in', () => {
    expect(() => pluralFormsOf(parseMessage('Page {n, number}', 'en').getAst())).toThrow(/one cardinal plural/);
    expect(() => pluralFormsOf(parseMessage('{n, plural, one {{r, select, a {x} other {y}}} other {z}}', 'en').getAst())).toThrow(/select/);
  });
});
