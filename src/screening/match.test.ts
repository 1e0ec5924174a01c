import { describe, expect, it } from 'vitest';
import type { Lexicon } from './lexicon-types.ts';
import { findMatches } from './match.ts';

const en: Lexicon = {
  language: 'en',
  entries: [
    { term: 'fuck', category: 'profanity', severity: 2, match: 'stem' },
    { term: 'bitch', category: 'profanity', severity: 2, match: 'word' },
    { term: 'cunt', category: 'profanity', severity: 3, match: 'word' },
    { term: 'ass', category: 'profanity', severity: 1, match: 'word' },
    { term: 'cock', category: 'profanity', severity: 2, match: 'word' },
  ],
  allow: ['scunthorpe', 'assessment'],
};

const ru: Lexicon = {
  language: 'ru',
  entries: [
    { term: 'сука', category: 'profanity', severity: 2, match: 'word' },
    { term: 'сучк', category: 'profanity', severity: 2, match: 'stem' },
    { term: 'сук', category: 'profanity', severity: 2, match: 'stem' },
    { term: 'убью', category: 'threat', severity: 3, match: 'word' },
  ],
  allow: ['сукн'],
};

const lexicons = [en, ru];
const words = (text: string) => findMatches(text, lexicons).map((m) => text.slice(m.start, m.end));

describe('findMatches catches disguises', () => {
  it.each([
    ['you b1tch', 'b1tch'],
    ['ну ты с у к а!', 'с у к а'],
    ['ну ты cукa', 'cукa'],
    ['fu\u200Bck this', 'fu\u200Bck'],
    ['what the fuuuuck', 'fuuuuck'],
    ['F.U.C.K off', 'F.U.C.K'],
    ['f\u0301u\u0308c\u0327k', 'f\u0301u\u0308c\u0327k'],
    ['fuucking hell', 'fuucking'],
    ['ах ты ссука', 'ссука'],
    ['FUCKING', 'FUCKING'],
    ['сукины дети', 'сукины'],
    ['ass.', 'ass'],
    ['total sh!t b!tch', 'b!tch'],
    ['what the f*ck', 'f*ck'],
    ['ну ты с*ка', 'с*ка'],
    ['с**ки', 'с**ки'],
    // A one-letter word before spaced letters is joined with them by the normaliser: looked up without it too.
    ['you are a f u c k i n g fool', 'f u c k i n g'],
    ['ну ты и с у к а', 'с у к а'],
    ['я с у к а', 'с у к а'],
  ])('%j highlights %j', (text, original) => {
    expect(words(text)).toEqual([original]);
  });

  it('reports term, category, severity, language and original offsets', () => {
    expect(findMatches('Я тебя убью, b1tch', lexicons)).toEqual([
      { term: 'убью', category: 'threat', severity: 3, language: 'ru', start: 7, end: 11 },
      { term: 'bitch', category: 'profanity', severity: 2, language: 'en', start: 13, end: 18 },
    ]);
  });
});

describe('findMatches leaves innocent words alone', () => {
  it.each(['это был а к т сноса', 'в с е будет хорошо', 'и т а к далее', 'a b c d'])('%j after a one-letter word', (text) => {
    expect(words(text)).toEqual([]);
  });

  it.each([
    'Scunthorpe United won again',
    'The assessment is due; assessments too',
    'A class on cocktail history',
    'Пиджак из сукна, сукно хорошее',
    'Его слова были восприняты как оскорбление, сказал судья.',
    'In 2026 we met at 4x4 club',
  ])('%j', (text) => {
    expect(findMatches(text, lexicons)).toEqual([]);
  });

  it('does not let a stem run into letters of another script', () => {
    // "q" has no Cyrillic twin, so the word stays mixed ("z" would be read as "з").
    expect(findMatches('сукqq', [ru])).toEqual([]);
  });

  it.each(['f***', '****', 'a*b', '2*3 = 6', 'c*t'])('does not guess what %j hides', (text) => {
    expect(findMatches(text, lexicons)).toEqual([]);
  });

  it('reads an Arabic word without its definite article, and its allow words too', () => {
    const ar: Lexicon = {
      language: 'ar',
      entries: [{ term: 'شرموط', category: 'profanity', severity: 3, match: 'stem' }, { term: 'زب', category: 'profanity', severity: 2, match: 'word' }],
      allow: ['زبدة'],
    };
    const text = 'يا ابن الشرموطة';
    expect(findMatches(text, [ar]).map((m) => text.slice(m.start, m.end))).toEqual(['الشرموطة']);
    expect(findMatches('الزبدة غالية، الزب', [ar]).map((m) => m.term)).toEqual(['زب']);
  });

  it('uses a lexicon only for the words it has not allowed', () => {
    expect(words('Scunthorpe cunt')).toEqual(['cunt']);
  });
});
