// Shared shape of the screening lexicons (issue 4 part 3). The data lives in src/screening/lexicons/*.json;
// src/screening/lexicons.ts loads and validates it, src/screening/match.ts applies it.

export type LexiconCategory = 'profanity' | 'slur' | 'hate' | 'threat';

export interface LexiconEntry {
  /** Written already normalised (lowercase, no diacritics-as-disguise), in the language's own script. */
  term: string;
  category: LexiconCategory;
  /** 1 mild … 3 severe */
  severity: 1 | 2 | 3;
  /** 'word': whole word only; 'stem': the term followed by any letters of the same script (Russian/Turkic endings). */
  match: 'word' | 'stem';
}

/** allow: innocent words that contain a bad one (e.g. "scunthorpe", "сукно"). */
export interface Lexicon {
  language: string;
  entries: LexiconEntry[];
  allow: string[];
}
