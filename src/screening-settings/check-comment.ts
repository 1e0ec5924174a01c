// One comment checked the way the site would screen it, as `serai moderation check` prints it and the admin's
// "try a comment" box shows it. Both call this, and this calls screenText, so neither can drift from submission.
import { toStoredScreening } from '../screening/stored-screening.ts';
import { mergeSpans } from '../lib/highlight.ts';
import type { ScreeningOutcome } from '../screening/pipeline.ts';
import { screeningLanguage, screenText, type SiteScreening } from './site-screening.ts';

export interface CheckedReason {
  code: string;
  /** Lexicon category, for profanity, slur, hate and threat reasons. */
  category?: string;
  /** The evidence: the reader's text as written ("с у к а"). */
  match?: string;
}

export interface CheckedComment {
  verdict: ScreeningOutcome;
  score: number;
  lang: string;
  reasons: CheckedReason[];
  /** Evidence spans in the text (UTF-16 offsets), sorted and merged, for highlighting. */
  spans: Array<{ start: number; end: number }>;
}

/** The try box and the CLI name no author: the name-based phases see an anonymous commenter. */
export const CHECK_AUTHOR_NAME = '';

export function checkComment(site: SiteScreening, input: { text: string; lang?: string }, now: Date): CheckedComment {
  const language = input.lang === '' ? undefined : input.lang;
  const result = screenText(site, { text: input.text, authorName: CHECK_AUTHOR_NAME, language, now });
  const lang = screeningLanguage(input.text, language);
  const stored = toStoredScreening(result, lang);
  const reasons: CheckedReason[] = [];
  for (const reason of stored.reasons) {
    const category = reason.category ? { category: reason.category } : {};
    if (reason.evidence.length === 0) reasons.push({ code: reason.code, ...category });
    for (const { start, end } of reason.evidence) reasons.push({ code: reason.code, ...category, match: input.text.slice(start, end) });
  }
  const spans = mergeSpans(input.text, stored.reasons.flatMap((reason) => reason.evidence));
  return { verdict: result.outcome, score: result.score, lang, reasons, spans };
}
