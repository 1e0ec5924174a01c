// The phases every site runs, in order (issue 4 part 1). Hard stops first (a banned commenter or a closed
// article is rejected before any text work), then length (rejects empty and oversized text before the
// lexicons see it), then the text phases, then the context signals.
import type { Phase } from './pipeline.ts';
import { articleClosed, bannedCommenter, duplicateText, flooding } from './phases-context.ts';
import { hate, profanity, threats } from './phases-lexicon.ts';
import { linkSpam } from './phases-links.ts';
import { personalData } from './phases-personal-data.ts';
import { emojiFlood, length, repeatedCharacters, shouting } from './phases-text.ts';

export const DEFAULT_PHASES: readonly Phase[] = [
  bannedCommenter,
  articleClosed,
  length,
  profanity,
  hate,
  threats,
  personalData,
  linkSpam,
  shouting,
  repeatedCharacters,
  emojiFlood,
  duplicateText,
  flooding,
];
