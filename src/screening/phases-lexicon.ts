// Phases that read the lexicon matches (issue 4 part 1 with parts 2 and 3): profanity and insults, hate
// (slurs and hate vocabulary), threats. The matches are computed once per screening (`lexiconMatches`) and
// each phase takes its categories; every match becomes an evidence span in the original text.
import { candidateLanguages } from './detect-language.ts';
import { englishMatcherFindings } from './english-matcher.ts';
import type { LexiconCategory } from './lexicon-types.ts';
import { lexiconFor } from './lexicons.ts';
import type { Match } from './match.ts';
import {
  evidenceFromNormalised, evidenceOf, lexiconMatches, normalisedText, type Evidence, type Phase, type PhaseVerdict,
  type ScreeningInput,
} from './pipeline.ts';

/**
 * Severity 1 (idiot, дебил) and 2 hold at the default hold 0.4, so a moderator sees every insult before readers do;
 * 3 rejects at the default reject 0.9. Mild words approved alone let 31 % of the held-out abuse through (eval set).
 */
export const SEVERITY_SCORES: Readonly<Record<1 | 2 | 3, number>> = { 1: 0.45, 2: 0.6, 3: 0.95 };

/** What a word only the English matcher (`obscenity`) found counts as: strong swearing, held at the defaults. */
export const ENGLISH_MATCHER_SEVERITY = 2;

export const profanity: Phase = (input) => {
  const matches = lexiconMatches(input);
  const fromLexicon = lexiconVerdict('profanity', 'profanity', matches, ['profanity'], input.text);
  const extra = englishOnly(input, matches);
  if (extra.length === 0) return fromLexicon;
  const evidence = [...(fromLexicon?.evidence ?? []), ...extra].sort((a, b) => a.start - b.start);
  const score = Math.max(fromLexicon?.score ?? 0, SEVERITY_SCORES[ENGLISH_MATCHER_SEVERITY]);
  return { phase: 'profanity', reason: 'profanity', score, evidence };
};

/** English words the `obscenity` matcher finds that no lexicon word (of any category) already covers. */
function englishOnly(input: ScreeningInput, matches: Match[]): Evidence[] {
  if (input.language !== 'en' && !candidateLanguages(input.text).includes('en')) return [];
  const english = (input.lexicons ?? lexiconFor)('en');
  return englishMatcherFindings(input.text, english, matches).map(({ start, end }) => evidenceOf(input.text, start, end));
}

/** Slurs and hate vocabulary share a phase; the reason tells the moderator which it was. */
export const hate: Phase = (input) => {
  const matches = lexiconMatches(input);
  const reason = matches.some((match) => match.category === 'slur') ? 'slur' : 'hate';
  return lexiconVerdict('hate', reason, matches, ['slur', 'hate'], input.text);
};

/**
 * First-person threats of violence. Lexicon threat words ("убью", "kys") plus phrases no single word gives away,
 * matched on the normalised text (lowercase, ё → е, disguises undone) so "Т е б е  к о н е ц" is caught too.
 * Lookarounds instead of \b: in JavaScript \b only knows ASCII letters.
 */
const S = String.raw`\s+`;
const APOSTROPHE = `['’ʼ]`;
const threat = (source: string): RegExp => new RegExp(`(?<!\\p{L})${source}(?!\\p{L})`, 'gu');

export const THREAT_PATTERNS: readonly RegExp[] = [
  threat(`(?:i|we)(?:${APOSTROPHE}ll|${S}will|${S}am${S}going${S}to|${APOSTROPHE}m${S}going${S}to|${S}gonna|${APOSTROPHE}m${S}gonna)` +
    `${S}(?:kill|murder|shoot|stab|strangle|hunt${S}down)${S}(?:you|u|ya|your${S}family)`),
  threat(`you(?:${APOSTROPHE}re|${S}are)${S}(?:dead|going${S}to${S}die|a${S}dead${S}man)`),
  threat(`(?:убью|убьем|зарежу|пристрелю|прибью|задушу|закопаю|урою)${S}(?:тебя|вас|тебе|твою${S}семью)`),
  threat(`(?:тебя|вас|твою${S}семью)${S}(?:убью|убьем|зарежу|пристрелю|прибью|задушу|закопаю|урою)`),
  threat(`(?:тебе|вам)${S}(?:конец|хана|крышка|не${S}жить)`),
  threat(`ты${S}(?:труп|покойник|не${S}жилец)`),
];

/**
 * A threat word alone is held for a person, never rejected unseen: "убью" also kills an evening ("я убью этот
 * вечер") and "kill" a bill. A phrase aimed at someone ("убью тебя", "you're dead") rejects.
 */
export const THREAT_WORD_SCORE = 0.85;

export const threats: Phase = (input) => {
  const lexicon = lexiconVerdict('threats', 'threat', lexiconMatches(input), ['threat'], input.text);
  const fromLexicon = lexicon && { ...lexicon, score: Math.min(lexicon.score, THREAT_WORD_SCORE) };
  const phrases = threatPhrases(input);
  if (phrases.length === 0) return fromLexicon;
  const evidence = withoutDuplicates([...(fromLexicon?.evidence ?? []), ...phrases]);
  return { phase: 'threats', reason: 'threat', score: SEVERITY_SCORES[3], evidence };
};

function threatPhrases(input: ScreeningInput): Evidence[] {
  const normalised = normalisedText(input);
  return THREAT_PATTERNS.flatMap((pattern) =>
    [...normalised.text.matchAll(pattern)].map((found) =>
      evidenceFromNormalised(input.text, normalised, found.index, found.index + found[0].length)));
}

function lexiconVerdict(
  phase: string, reason: string, all: Match[], categories: LexiconCategory[], text: string,
): PhaseVerdict | undefined {
  const matches = all.filter((match) => categories.includes(match.category));
  if (matches.length === 0) return undefined;
  const severity = Math.max(...matches.map((match) => match.severity)) as 1 | 2 | 3;
  const evidence = withoutDuplicates(matches.map((match) => evidenceOf(text, match.start, match.end)));
  return { phase, reason, score: SEVERITY_SCORES[severity], evidence };
}

/** One span per place: a word matched by several lexicons (ru and kk) is highlighted once. */
function withoutDuplicates(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter(({ start, end }) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
