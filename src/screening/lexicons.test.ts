import { describe, expect, it } from 'vitest';
import { LEXICON_LANGUAGES, LexiconError, lexiconFor, parseLexicon } from './lexicons.ts';

const FILE = 'src/screening/lexicons/xx.json';
const goodEntry = { term: 'bad', category: 'profanity', severity: 2, match: 'word' };

/** Repeated letters collapse before matching ("shiitake" → "shitake"), so allow words are compared that way too. */
const collapseRepeats = (word: string): string => word.replace(/(.)\1+/gu, '$1');

/**
 * Allow words kept although no current term is inside them: the issue's own examples of innocent words
 * ("сукно" next to "сука"), which must stay safe when an admin adds a shorter stem such as "сук".
 */
const ISSUE_EXAMPLES = new Set(['сукно', 'сукна', 'сукном', 'сукне', 'сукновальня']);

describe('lexicon files', () => {
  describe.each(LEXICON_LANGUAGES)('%s', (language) => {
    const lexicon = lexiconFor(language);

    it('loads, validates and names its language', () => {
      expect(lexicon.language).toBe(language);
      expect(lexicon.entries.length).toBeGreaterThanOrEqual(['en', 'ru'].includes(language) ? 40 : 8);
    });

    it('never lists a term in its own allow list', () => {
      const terms = new Set(lexicon.entries.map((entry) => entry.term));
      expect(lexicon.allow.filter((word) => terms.has(word))).toEqual([]);
    });

    it('allows only words that contain one of its terms (an allow word that cannot be hit is a typo)', () => {
      const terms = lexicon.entries.map((entry) => collapseRepeats(entry.term));
      const unreachable = lexicon.allow.filter(
        (word) => !ISSUE_EXAMPLES.has(word) && !terms.some((term) => collapseRepeats(word).includes(term)),
      );
      expect(unreachable).toEqual([]);
    });
  });

  it('has the issue examples of innocent look-alikes in the allow lists', () => {
    expect(lexiconFor('en').allow).toEqual(expect.arrayContaining(['scunthorpe', 'assessment', 'cocktail', 'grape']));
    expect(lexiconFor('ru').allow).toEqual(expect.arrayContaining(['сукно', 'употреблять', 'хлебать', 'команда', 'страх']));
  });

  it('parses each file once per process', () => {
    expect(lexiconFor('ru')).toBe(lexiconFor('ru'));
  });

  it('refuses a language without a file', () => {
    expect(() => lexiconFor('de')).toThrow(/No lexicon for language "de"/);
  });
});

describe('parseLexicon', () => {
  const lexiconWith = (entry: unknown, allow: unknown[] = []) => ({ language: 'xx', entries: [goodEntry, entry], allow });

  it('accepts a well-formed lexicon', () => {
    expect(parseLexicon(FILE, 'xx', lexiconWith({ ...goodEntry, term: 'worse', match: 'stem' }, ['abadd']))).toEqual({
      language: 'xx',
      entries: [goodEntry, { ...goodEntry, term: 'worse', match: 'stem' }],
      allow: ['abadd'],
    });
  });

  it.each([
    ['a missing term', { category: 'hate', severity: 1, match: 'word' }, /entry 1: term must be/],
    ['an uppercase term', { ...goodEntry, term: 'Worse' }, /entry 1 \("Worse"\): term must be a non-empty lowercase/],
    ['a term with a space', { ...goodEntry, term: 'kill you' }, /entry 1 \("kill you"\): term must be/],
    ['an empty term', { ...goodEntry, term: '' }, /entry 1 \(""\): term must be/],
    ['a decomposed term (not NFC)', { ...goodEntry, term: 'и\u0306' }, /term must be a non-empty lowercase NFC/],
    ['an unknown category', { ...goodEntry, term: 'worse', category: 'spam' }, /entry 1 \("worse"\): category must be one of/],
    ['severity 0', { ...goodEntry, term: 'worse', severity: 0 }, /entry 1 \("worse"\): severity must be 1, 2 or 3/],
    ['severity as text', { ...goodEntry, term: 'worse', severity: '2' }, /severity must be 1, 2 or 3/],
    ['an unknown match mode', { ...goodEntry, term: 'worse', match: 'regex' }, /match must be "word" or "stem"/],
    ['an unknown field', { ...goodEntry, term: 'worse', weight: 3 }, /entry 1 \("worse"\): unknown field "weight"/],
    ['a duplicate term', goodEntry, /entry 1 \("bad"\): duplicate term/],
    ['a string instead of an entry', 'worse', /entry 1: expected an object/],
  ])('rejects %s, naming the file and the entry', (_case, entry, message) => {
    const parse = () => parseLexicon(FILE, 'xx', lexiconWith(entry));
    expect(parse).toThrow(LexiconError);
    expect(parse).toThrow(message);
    expect(parse).toThrow(FILE);
  });

  it.each([
    ['the wrong language', { language: 'en', entries: [], allow: [] }, /"language" is "en", expected "xx"/],
    ['no entries array', { language: 'xx', entries: {}, allow: [] }, /"entries" must be an array/],
    ['no allow array', { language: 'xx', entries: [] }, /"allow" must be an array/],
    ['an array', [], /expected an object/],
    ['an uppercase allow word', { language: 'xx', entries: [], allow: ['Scunthorpe'] }, /allow 0 \("Scunthorpe"\)/],
    ['a term in its own allow list', { language: 'xx', entries: [goodEntry], allow: ['bad'] }, /allow word "bad" is also a lexicon term/],
  ])('rejects %s', (_case, json, message) => {
    expect(() => parseLexicon(FILE, 'xx', json)).toThrow(message);
  });
});
