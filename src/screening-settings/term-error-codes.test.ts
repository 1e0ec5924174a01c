// checkSiteTerm words its problems in English for the CLI and the lexicon tests; the admin page maps each
// sentence to a message key. Every rule is run here, so a sentence reworded there shows up as unmapped.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/catalog.ts';
import { checkSiteTerm, type SiteTermInput } from '../screening/site-lexicons.ts';
import { termErrorCodes, termErrorOf } from './term-error-codes.ts';

const FLAGGED = { kind: 'block', language: 'en', term: 'blorf', category: 'profanity', severity: '2', match: 'word' };

const errorsOf = (input: SiteTermInput) => {
  const checked = checkSiteTerm(input);
  if (checked.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return checked.errors;
};

describe('termErrorCodes', () => {
  it.each([
    [{ ...FLAGGED, term: '' }, 'termMissing', {}],
    [{ ...FLAGGED, term: 'two words' }, 'termHasSpaces', {}],
    [{ ...FLAGGED, term: 'a'.repeat(65) }, 'termTooLong', { max: 64 }],
    [{ ...FLAGGED, term: '***' }, 'termNotLetters', {}],
    [{ ...FLAGGED, term: 'x' }, 'termTooShort', { min: 2 }],
    [{ ...FLAGGED, term: 'ko', match: 'stem' }, 'termTooShort', { min: 3 }],
  ])('maps the word’s problem in %j to %s', (input, key, values) => {
    const codes = termErrorCodes(errorsOf(input));
    expect(codes.term).toEqual(Object.keys(values).length > 0 ? { key, values } : { key });
  });

  it('maps every other field’s problem, and never leaves a field out', () => {
    const errors = errorsOf({ kind: 'block', language: 'xx', term: 'blorf', category: 'rude', severity: '7', match: 'any' });
    expect(termErrorCodes(errors)).toEqual({
      language: { key: 'termLanguageInvalid' }, category: { key: 'termCategoryInvalid' },
      severity: { key: 'termSeverityInvalid' }, match: { key: 'termMatchInvalid' },
    });
    expect(termErrorCodes(errorsOf({ ...FLAGGED, kind: 'maybe' })).kind).toEqual({ key: 'termKindInvalid' });
  });

  it('words an unknown sentence in general terms rather than in English', () => {
    expect(termErrorOf('Some new rule.')).toEqual({ key: 'termInvalid' });
    expect(formatMessage('ru', 'adminSettings', 'termTooShort', { min: 3 })).toBe(
      'В нежелательном слове должно быть не меньше 3 букв: более короткие встречаются внутри безобидных слов и фраз.');
  });
});
