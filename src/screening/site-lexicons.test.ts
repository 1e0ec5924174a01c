// A site's added terms and allow words merged into the shipped lexicons: matched by the real matcher, checked by
// the shipped lexicons' rules, and built once per language (match.ts compiles per Lexicon object).
import { describe, expect, it } from 'vitest';
import { lexiconFor } from './lexicons.ts';
import { findMatches } from './match.ts';
import { checkSiteTerm, mergeLexicon, siteLexicons, type SiteTerm } from './site-lexicons.ts';

const block = (language: string, term: string, match: 'word' | 'stem' = 'word', severity: 1 | 2 | 3 = 2): SiteTerm =>
  ({ kind: 'block', language, term, category: 'profanity', severity, match });

describe('siteLexicons', () => {
  it('gives the shipped lexicon objects when the site added nothing', () => {
    const lexicons = siteLexicons([]);
    expect(lexicons('en')).toBe(lexiconFor('en'));
    expect(siteLexicons([block('ru', 'козлина')])('en')).toBe(lexiconFor('en'));
  });

  it('builds each merged language once, so the matcher compiles it once', () => {
    const lexicons = siteLexicons([block('en', 'blorf')]);
    expect(lexicons('en')).toBe(lexicons('en'));
    expect(lexicons('en')).not.toBe(lexiconFor('en'));
    expect(lexiconFor('en').entries.some((entry) => entry.term === 'blorf')).toBe(false);
  });

  it('matches a site-added word, also disguised, and a stem with endings', () => {
    const lexicons = siteLexicons([block('en', 'blorf'), block('ru', 'козлин', 'stem')]);
    const matches = findMatches('You b.l.o.r.f, ты козлина', [lexicons('en'), lexicons('ru')]);
    expect(matches.map((m) => [m.term, m.language])).toEqual([['blorf', 'en'], ['козлин', 'ru']]);
  });

  it('lets a site allow word stop a shipped match and a site term replace a shipped entry', () => {
    const shipped = findMatches('what a bastard', [lexiconFor('en')]);
    expect(shipped).toHaveLength(1);
    const allowed = siteLexicons([{ kind: 'allow', language: 'en', term: 'bastard' }]);
    expect(findMatches('what a bastard', [allowed('en')])).toEqual([]);
    const milder = mergeLexicon(lexiconFor('en'), [block('en', 'bastard', 'word', 1)]);
    expect(milder.entries.filter((entry) => entry.term === 'bastard')).toEqual([{ term: 'bastard', category: 'profanity', severity: 1, match: 'word' }]);
  });
});

describe('checkSiteTerm', () => {
  it('cleans case and composition and accepts a block term and an allow word', () => {
    expect(checkSiteTerm({ kind: 'block', language: 'ru', term: ' Козлина ', category: 'profanity', severity: '2', match: 'stem' }))
      .toEqual({ ok: true, value: { kind: 'block', language: 'ru', term: 'козлина', category: 'profanity', severity: 2, match: 'stem' } });
    expect(checkSiteTerm({ kind: 'allow', language: 'en', term: 'Scunthorpe' })).toEqual({ ok: true, value: { kind: 'allow', language: 'en', term: 'scunthorpe' } });
  });

  it.each([
    [{ kind: 'block', language: 'en', term: 'two words', category: 'profanity', severity: '2', match: 'word' }, 'term'],
    [{ kind: 'block', language: 'en', term: '', category: 'profanity', severity: '2', match: 'word' }, 'term'],
    [{ kind: 'block', language: 'en', term: 'f*ck', category: 'profanity', severity: '2', match: 'word' }, 'term'],
    [{ kind: 'block', language: 'xx', term: 'word', category: 'profanity', severity: '2', match: 'word' }, 'language'],
    [{ kind: 'block', language: 'en', term: 'word', category: 'rude', severity: '2', match: 'word' }, 'category'],
    [{ kind: 'block', language: 'en', term: 'word', category: 'hate', severity: '4', match: 'word' }, 'severity'],
    [{ kind: 'block', language: 'en', term: 'word', category: 'hate', severity: '1', match: 'prefix' }, 'match'],
    [{ kind: 'maybe', language: 'en', term: 'word' }, 'kind'],
    [{ kind: 'block', language: 'en', term: 'a', category: 'slur', severity: '3', match: 'word' }, 'term'],
    [{ kind: 'block', language: 'ru', term: 'ко', category: 'profanity', severity: '2', match: 'stem' }, 'term'],
    [{ kind: 'allow', language: 'en', term: 'x'.repeat(65) }, 'term'],
  ])('refuses %j naming the field %s', (input, field) => {
    const result = checkSiteTerm(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toContain(field);
  });
});
