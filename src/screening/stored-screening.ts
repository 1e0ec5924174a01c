// What a comment keeps of its screening (comments.screening, JSON text): enough for the
// queue to show the verdict and highlight the matched words, and for the CLI's output
// shape. Written once when the comment is stored; read by the moderation queue.
import type { PhaseVerdict, ScreeningOutcome, ScreeningResult } from './pipeline.ts';

export interface StoredReason {
  /** The verdict's stable reason code (profanity, slur, threat, phone_number, …). */
  code: string;
  phase: string;
  /** Lexicon category when a lexicon matched (profanity | slur | hate | threat). */
  category?: string;
  score: number;
  /** Spans of the comment's text (UTF-16 offsets into comments.body) to highlight. */
  evidence: { start: number; end: number }[];
}

export interface StoredScreening {
  outcome: ScreeningOutcome;
  score: number;
  /** Detected language tag (or the declared one). */
  lang: string;
  reasons: StoredReason[];
}

const LEXICON_CATEGORY: Record<string, string> = { profanity: 'profanity', slur: 'slur', hate: 'hate', threat: 'threat' };

function reasonOf(verdict: PhaseVerdict): StoredReason {
  const category = LEXICON_CATEGORY[verdict.reason];
  return {
    code: verdict.reason, phase: verdict.phase, ...(category ? { category } : {}), score: verdict.score,
    evidence: (verdict.evidence ?? []).map(({ start, end }) => ({ start, end })),
  };
}

export function toStoredScreening(result: ScreeningResult, lang: string): StoredScreening {
  return { outcome: result.outcome, score: result.score, lang, reasons: result.verdicts.map(reasonOf) };
}

/** The risk column: the score × 10,000 as an integer (sorts the same on both engines). */
export function riskOf(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10_000);
}

/** Reads the column back; anything unreadable (hand-edited, older shape) is treated as "not screened". */
export function parseStoredScreening(json: string | null): StoredScreening | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Partial<StoredScreening>;
    if (typeof value !== 'object' || value === null || !Array.isArray(value.reasons) || typeof value.score !== 'number') return undefined;
    const reasons = value.reasons.filter((r): r is StoredReason => typeof r?.code === 'string' && Array.isArray(r.evidence));
    return { outcome: value.outcome ?? 'approve', score: value.score, lang: typeof value.lang === 'string' ? value.lang : 'und', reasons };
  } catch {
    return undefined;
  }
}
