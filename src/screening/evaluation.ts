// Evaluation of the screening on the labelled set in eval/moderation/*.jsonl (issue 4 part 7). Loads the set,
// runs every comment through exactly the pipeline a site runs (screenText with the default site's settings) and
// counts precision, recall and false positives per split, language and category. Used by
// `npm run eval:moderation` (scripts/eval-moderation.ts) and by evaluation.test.ts, which pins the targets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSiteScreening, screenText, type SiteScreening } from '../screening-settings/site-screening.ts';
import type { LexiconCategory } from './lexicon-types.ts';
import type { ScreeningOutcome } from './pipeline.ts';

export const EVALUATION_DIR = fileURLToPath(new URL('../../eval/moderation/', import.meta.url));
export const CATEGORIES: readonly LexiconCategory[] = ['profanity', 'slur', 'hate', 'threat'];
export const SPLITS = ['train', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export interface EvaluationItem {
  text: string;
  lang: string;
  labels: LexiconCategory[];
  split: Split;
  note?: string;
  /** "en.jsonl:12", for failure lists. */
  source: string;
}

/** Held-out targets of issue 4 part 7. */
export const TARGETS = { recall: { profanity: 0.95, slur: 0.95 }, innocentFalsePositiveRate: 0.02 } as const;

export class EvaluationSetError extends Error {}

export function loadEvaluationSet(dir = EVALUATION_DIR): EvaluationItem[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8').split('\n').flatMap((line, index) =>
      line.trim() === '' ? [] : [parseItem(line, `${file}:${index + 1}`, file.slice(0, -'.jsonl'.length))]));
}

function parseItem(line: string, source: string, fileLanguage: string): EvaluationItem {
  const fail = (why: string): never => { throw new EvaluationSetError(`${source}: ${why}`); };
  let raw: unknown;
  try { raw = JSON.parse(line); } catch { return fail('not JSON'); }
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const { text, lang, labels, split, note } = raw as Record<string, unknown>;
  if (typeof text !== 'string' || text.trim() === '') fail('text must be a non-empty string');
  if (lang !== fileLanguage) fail(`lang must be "${fileLanguage}" (the file's language)`);
  if (!Array.isArray(labels) || !labels.every((label) => CATEGORIES.includes(label))) fail(`labels must be a list of ${CATEGORIES.join(', ')}`);
  if (new Set(labels as string[]).size !== (labels as string[]).length) fail('labels repeat');
  if (!SPLITS.includes(split as Split)) fail('split must be train or heldout');
  if (note !== undefined && typeof note !== 'string') fail('note must be a string');
  return { text: text as string, lang: fileLanguage, labels: labels as LexiconCategory[], split: split as Split, source, ...(note === undefined ? {} : { note: note as string }) };
}

export interface Judged {
  item: EvaluationItem;
  outcome: ScreeningOutcome;
  /** hold or reject: what a moderator would see in the queue instead of on the article. */
  flagged: boolean;
  /** Categories whose reason code the pipeline reported (profanity, slur, hate, threat). */
  found: Set<LexiconCategory>;
  reasons: string[];
}

// A fixed instant: nothing in the text phases depends on time, but the pipeline takes `now`.
const EVALUATION_NOW = new Date('2026-12-01T00:00:00Z');

const DEFAULT_SITE = defaultSiteScreening('eval');

/**
 * Runs the site's default screening (or `site`, to compare settings), with the comment's language declared as
 * a site does (the article's locale).
 */
export function judge(item: EvaluationItem, site: SiteScreening = DEFAULT_SITE): Judged {
  const result = screenText(site, { text: item.text, authorName: 'reader', language: item.lang, now: EVALUATION_NOW });
  const reasons = result.verdicts.map((verdict) => verdict.reason);
  const found = new Set(CATEGORIES.filter((category) => reasons.includes(category)));
  return { item, outcome: result.outcome, flagged: result.outcome !== 'approve', found, reasons };
}

export interface Rate { hits: number; of: number }

export interface CategoryFigures { labelled: number; precision: Rate; recall: Rate; innocentFound: Rate }

export interface Figures {
  items: number;
  abusive: number;
  innocent: number;
  /** Flagged (hold/reject) against "has any label". */
  precision: Rate;
  recall: Rate;
  falsePositiveRate: Rate;
  categories: Record<LexiconCategory, CategoryFigures>;
}

export function figuresOf(judged: readonly Judged[]): Figures {
  const abusive = judged.filter((j) => j.item.labels.length > 0);
  const innocent = judged.filter((j) => j.item.labels.length === 0);
  const flagged = judged.filter((j) => j.flagged);
  const categories = Object.fromEntries(CATEGORIES.map((category) => [category, categoryFigures(judged, innocent, category)]));
  return {
    items: judged.length,
    abusive: abusive.length,
    innocent: innocent.length,
    precision: { hits: flagged.filter((j) => j.item.labels.length > 0).length, of: flagged.length },
    recall: { hits: abusive.filter((j) => j.flagged).length, of: abusive.length },
    falsePositiveRate: { hits: innocent.filter((j) => j.flagged).length, of: innocent.length },
    categories: categories as Record<LexiconCategory, CategoryFigures>,
  };
}

function categoryFigures(judged: readonly Judged[], innocent: readonly Judged[], category: LexiconCategory): CategoryFigures {
  const labelled = judged.filter((j) => j.item.labels.includes(category));
  const found = judged.filter((j) => j.found.has(category));
  return {
    labelled: labelled.length,
    precision: { hits: found.filter((j) => j.item.labels.includes(category)).length, of: found.length },
    recall: { hits: labelled.filter((j) => j.found.has(category)).length, of: labelled.length },
    innocentFound: { hits: innocent.filter((j) => j.found.has(category)).length, of: innocent.length },
  };
}

/** undefined when there is nothing to divide by (no labelled or no flagged comments). */
export function valueOf(rate: Rate): number | undefined {
  return rate.of === 0 ? undefined : rate.hits / rate.of;
}

/** Misses against the targets, as sentences; empty when the held-out figures meet them. */
export function missedTargets(figures: Figures): string[] {
  const missed: string[] = [];
  for (const [category, target] of Object.entries(TARGETS.recall) as [LexiconCategory, number][]) {
    const recall = valueOf(figures.categories[category].recall);
    if (recall === undefined || recall < target) missed.push(`${category} recall ${formatRate(figures.categories[category].recall)} < ${target}`);
  }
  const fpr = valueOf(figures.falsePositiveRate) ?? 0;
  if (fpr > TARGETS.innocentFalsePositiveRate) {
    missed.push(`false-positive rate ${formatRate(figures.falsePositiveRate)} > ${TARGETS.innocentFalsePositiveRate}`);
  }
  return missed;
}

export function formatRate(rate: Rate): string {
  const value = valueOf(rate);
  return value === undefined ? '–' : `${value.toFixed(3)} (${rate.hits}/${rate.of})`;
}

/** Wrong in any way: abuse not flagged, innocent flagged, a labelled category not found or one found unlabelled. */
export function isFailure(judged: Judged): boolean {
  const { labels } = judged.item;
  if (judged.flagged !== labels.length > 0) return true;
  return CATEGORIES.some((category) => labels.includes(category) !== judged.found.has(category));
}
