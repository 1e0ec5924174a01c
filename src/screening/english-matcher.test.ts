import { describe, expect, it } from 'vitest';
import { englishMatcherFindings } from './english-matcher.ts';
import type { Lexicon } from './lexicon-types.ts';
import { lexiconFor } from './lexicons.ts';
import { profanity } from './phases-lexicon.ts';
import { inputOf } from './pipeline.testkit.ts';

const words = (text: string, english: Lexicon = lexiconFor('en'), known: { start: number; end: number }[] = []) =>
  englishMatcherFindings(text, english, known).map(({ start, end }) => text.slice(start, end));

describe('englishMatcherFindings (obscenity with our allow list)', () => {
  it('finds spellings our normaliser leaves alone, as whole words of the original text', () => {
    expect(words('🙂 Fvck this, fvcking hell')).toEqual(['Fvck', 'fvcking']);
  });

  it('drops words our allow list (or its own whitelist) covers', () => {
    expect(words('The pilot stayed in the cockpit; shiitake from Penistone; Dickinson; rapeseed; retardant')).toEqual([]);
  });

  it('honours a site allow word', () => {
    const site: Lexicon = { ...lexiconFor('en'), allow: [...lexiconFor('en').allow, 'fvckington'] };
    expect(words('Fvckington is a village', site)).toEqual([]);
  });

  it('leaves words our lexicons matched to them', () => {
    expect(words('fuck', lexiconFor('en'), [{ start: 0, end: 4 }])).toEqual([]);
  });
});

describe('profanity phase with the English matcher', () => {
  it('holds a word only the English matcher knows, at severity 2', () => {
    expect(profanity(inputOf('Fvck this'))).toMatchObject({ reason: 'profanity', score: 0.6 });
  });
});
