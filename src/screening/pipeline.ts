// The screening pipeline (issue 4 part 1): an ordered list of small phases, each looking at one thing and
// returning a verdict or nothing (Coral's pipeline). Pure: the clock (`now`) and everything that needs the
// database (bans, article state, recent comments) arrive as plain data in the input, so the same code runs on
// comment submission, in `serai moderation check` and in the admin's "try a comment" box.
import { candidateLanguages } from './detect-language.ts';
import type { Lexicon } from './lexicon-types.ts';
import { LEXICON_LANGUAGES, lexiconFor } from './lexicons.ts';
import { findMatches, type Match } from './match.ts';
import { normaliseForMatching, type NormalisedText } from './normalise.ts';

/** Facts about the commenter and the article, filled from the database by the caller. */
export interface ScreeningContext {
  /** An active or expired ban of this commenter (email or IP hash); `until` null = permanent. */
  banned?: { until: string | null; reason: string };
  articleClosed?: boolean;
  /** Comments by the same commenter in the flooding window (the caller chooses the window). */
  recentFromSameAuthor?: number;
  /** Comments with the same text on other articles recently. */
  sameTextElsewhere?: number;
  /** Site's blocklisted link domains, lowercase, without "www."; subdomains are blocked too. */
  blockedDomains: string[];
}

export interface ScreeningInput {
  text: string;
  authorName: string;
  /** Declared language (BCP 47), if the site or reader gave one; its lexicon is added to the detected ones. */
  language?: string;
  now: Date;
  context: ScreeningContext;
  /** The lexicon to use per language: the shipped one (default) or the site's, with its additions and allow words merged in. */
  lexicons?: (language: string) => Lexicon;
}

/** A span of the ORIGINAL text: `text === input.text.slice(start, end)`, for highlighting in the queue. */
export interface Evidence { start: number; end: number; text: string }

export interface PhaseVerdict {
  phase: string;
  /** Stable snake_case code (listed in CONTEXT.md); the queue and the CLI show it. */
  reason: string;
  /** 0..1, how likely this alone makes the comment unpublishable. */
  score: number;
  /** A hard stop: the comment is rejected whatever the score, and later phases do not run. */
  action?: 'reject';
  evidence?: Evidence[];
}

export type Phase = (input: ScreeningInput) => PhaseVerdict | undefined;

export interface ScreeningThresholds { hold: number; reject: number }

export const DEFAULT_THRESHOLDS: ScreeningThresholds = { hold: 0.4, reject: 0.9 };

export type ScreeningOutcome = 'approve' | 'hold' | 'reject';

export interface ScreeningResult { outcome: ScreeningOutcome; score: number; verdicts: PhaseVerdict[] }

export function screen(input: ScreeningInput, phases: readonly Phase[], thresholds = DEFAULT_THRESHOLDS): ScreeningResult {
  const verdicts: PhaseVerdict[] = [];
  for (const phase of phases) {
    const verdict = phase(input);
    if (!verdict) continue;
    verdicts.push(verdict);
    // Banned, closed, empty or oversized: nothing later can change the outcome, and skipping the lexicon
    // work on a 100,000-character post is the point.
    if (verdict.action === 'reject') return { outcome: 'reject', score: 1, verdicts };
  }
  const score = combineScores(verdicts.map((verdict) => verdict.score));
  return { outcome: outcomeFor(score, thresholds), score, verdicts };
}

/**
 * Noisy-OR: 1 − Π(1 − score). Independent weak signals add up (shouting 0.3 plus repeated characters 0.3 → 0.51,
 * held), which `max` would miss, while one strong signal is never diluted (the result is ≥ the largest score)
 * and the total stays below 1 unless a phase is certain.
 */
export function combineScores(scores: readonly number[]): number {
  const clear = scores.reduce((product, score) => product * (1 - clamp(score)), 1);
  return round(1 - clear);
}

function outcomeFor(score: number, thresholds: ScreeningThresholds): ScreeningOutcome {
  if (score >= thresholds.reject) return 'reject';
  if (score >= thresholds.hold) return 'hold';
  return 'approve';
}

function clamp(score: number): number {
  return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 1;
}

/** Four decimals: keeps 0.3 + 0.3 from printing as 0.51000000001 in the queue and the CLI. */
function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

// Three phases (profanity, hate, threats) read the same lexicon matches; they are computed once per screening,
// keyed by the input object so nothing leaks between comments and nothing needs clearing.
const matchMemo = new WeakMap<ScreeningInput, Match[]>();
const normalisedMemo = new WeakMap<ScreeningInput, NormalisedText>();

export function lexiconMatches(input: ScreeningInput): Match[] {
  const cached = matchMemo.get(input);
  if (cached) return cached;
  const matches = findMatches(input.text, languagesFor(input).map(input.lexicons ?? lexiconFor), normalisedText(input));
  matchMemo.set(input, matches);
  return matches;
}

export function normalisedText(input: ScreeningInput): NormalisedText {
  const cached = normalisedMemo.get(input);
  if (cached) return cached;
  const normalised = normaliseForMatching(input.text);
  normalisedMemo.set(input, normalised);
  return normalised;
}

function languagesFor(input: ScreeningInput): string[] {
  const detected = candidateLanguages(input.text);
  const declared = input.language;
  if (declared === undefined || detected.includes(declared) || !LEXICON_LANGUAGES.includes(declared)) return detected;
  return [...detected, declared];
}

/** Evidence for the original-text span [start, end). */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}

const TRAILING_GAP = /[\s\p{P}\p{S}]/u;

/**
 * Evidence for a match found in the normalised text at [from, to): mapped back through the normaliser's map to
 * where the reader's characters are, up to where the next normalised character came from (so stretched letters
 * and invisible characters are included), minus trailing spaces and punctuation.
 */
export function evidenceFromNormalised(text: string, normalised: NormalisedText, from: number, to: number): Evidence {
  const { map } = normalised;
  const start = map[from]!;
  const last = map[to - 1]!;
  const minimumEnd = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
  let end = to < map.length ? map[to]! : text.length;
  while (end > minimumEnd && TRAILING_GAP.test(text[end - 1]!)) end--;
  return evidenceOf(text, start, Math.max(end, minimumEnd));
}
