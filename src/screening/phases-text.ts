// Phases about the form of the text (issue 4 part 1): its length, shouting, stretched characters and emoji
// floods. Script-aware: only scripts with upper and lower case can shout.
import { countGraphemes } from '../lib/graphemes.ts';
import { evidenceOf, type Phase } from './pipeline.ts';

/** Same limit as the comment form (graphemes, as a reader counts). */
export const MAX_COMMENT_GRAPHEMES = 1500;

/** Empty or over the limit is rejected outright: the form should have stopped it, so it is a bot or a bug. */
export const length: Phase = ({ text }) => {
  if (text.trim() === '') return { phase: 'length', reason: 'empty_text', score: 1, action: 'reject' };
  // A grapheme is at least one UTF-16 unit, so a short text cannot be too long: skip the segmenter (≈1 ms).
  if (text.length > MAX_COMMENT_GRAPHEMES && countGraphemes(text) > MAX_COMMENT_GRAPHEMES) {
    return { phase: 'length', reason: 'too_long', score: 1, action: 'reject' };
  }
  return undefined;
};

/** Enough cased letters that "НАТО и ООН" or "USA!" is not shouting. */
export const SHOUTING_MIN_LETTERS = 20;
export const SHOUTING_UPPER_SHARE = 0.7;

/** A letter has case when its upper and lower forms differ; Arabic, Devanagari … never shout. */
export const shouting: Phase = ({ text }) => {
  let cased = 0;
  let upper = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    if (lower === ch.toUpperCase()) continue;
    cased++;
    if (ch !== lower) upper++;
  }
  if (cased < SHOUTING_MIN_LETTERS || upper / cased < SHOUTING_UPPER_SHARE) return undefined;
  return { phase: 'shouting', reason: 'shouting', score: 0.3 };
};

/** "!!!!!!!!!!", "нееееееееет": a run of one character. A long run alone is decoration; a very long one is spam. */
export const REPEAT_MIN_RUN = 10;
export const REPEAT_SPAM_RUN = 30;
const REPEAT = new RegExp(`(\\P{M})\\1{${REPEAT_MIN_RUN - 1},}`, 'gsu');

export const repeatedCharacters: Phase = ({ text }) => {
  const runs = [...text.matchAll(REPEAT)].filter((run) => run[1]!.trim() !== '');
  if (runs.length === 0) return undefined;
  const evidence = runs.map((run) => evidenceOf(text, run.index, run.index + run[0].length));
  const longest = Math.max(...runs.map((run) => [...run[0]].length));
  const score = longest >= REPEAT_SPAM_RUN ? 0.5 : 0.3;
  return { phase: 'repeated-characters', reason: 'repeated_characters', score, evidence };
};

/** Many emoji making up most of the comment. */
export const EMOJI_FLOOD_MIN = 10;
const EMOJI = /\p{Extended_Pictographic}/gu;
const VISIBLE = /[^\s\p{M}\p{Cf}]/gu;

export const emojiFlood: Phase = ({ text }) => {
  const emoji = [...text.matchAll(EMOJI)];
  if (emoji.length < EMOJI_FLOOD_MIN) return undefined;
  const visible = text.match(VISIBLE)?.length ?? 0;
  if (emoji.length * 2 < visible) return undefined;
  const first = emoji[0]!;
  const last = emoji[emoji.length - 1]!;
  const evidence = [evidenceOf(text, first.index, last.index + last[0].length)];
  return { phase: 'emoji-flood', reason: 'emoji_flood', score: 0.5, evidence };
};
