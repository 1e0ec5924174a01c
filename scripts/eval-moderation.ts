// `npm run eval:moderation [--split heldout|train|all] [--failures]` (issue 4 part 7): screens the labelled set
// in eval/moderation/ with the site's default pipeline and prints precision, recall and false-positive rate per
// split, language and category. Exit code 1 when the held-out figures miss the targets (whatever --split shows).
import { defaultSiteScreening } from '../src/screening-settings/site-screening.ts';
import {
  CATEGORIES, figuresOf, formatRate, isFailure, judge, loadEvaluationSet, missedTargets, SPLITS, valueOf,
  type Figures, type Judged, type Rate, type Split,
} from '../src/screening/evaluation.ts';

interface Options { splits: Split[]; failures: boolean }

function parseOptions(args: string[]): Options {
  const options: Options = { splits: [...SPLITS], failures: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--failures') options.failures = true;
    else if (arg === '--split' || arg.startsWith('--split=')) {
      const value = arg.includes('=') ? arg.slice('--split='.length) : args[++i];
      if (value === 'all') options.splits = [...SPLITS];
      else if (value === 'train' || value === 'heldout') options.splits = [value];
      else usage(`unknown split "${value ?? ''}"`);
    } else usage(`unknown option "${arg}"`);
  }
  return options;
}

function usage(problem: string): never {
  console.error(`${problem}\nusage: npm run eval:moderation -- [--split heldout|train|all] [--failures]`);
  process.exit(2);
}

const short = (rate: Rate): string => {
  const value = valueOf(rate);
  return value === undefined ? '    –' : value.toFixed(3);
};

function languageTable(rows: [string, Figures][]): string[] {
  const header = ['lang', '   n', 'abuse', 'innoc', ' prec', ' rec ', ' FPR ', ...CATEGORIES.map((c) => `${c.slice(0, 5)} R`)];
  const lines = [header.join('  ')];
  for (const [language, f] of rows) {
    lines.push([
      language.padEnd(7).slice(0, 7).padEnd(4), String(f.items).padStart(4), String(f.abusive).padStart(5),
      String(f.innocent).padStart(5), short(f.precision), short(f.recall), short(f.falsePositiveRate),
      ...CATEGORIES.map((c) => short(f.categories[c].recall).padStart(c.slice(0, 5).length + 2)),
    ].join('  '));
  }
  return lines;
}

function categoryTable(figures: Figures): string[] {
  const lines = ['category   labelled  precision            recall               found on innocent'];
  for (const category of CATEGORIES) {
    const c = figures.categories[category];
    lines.push(`${category.padEnd(10)} ${String(c.labelled).padStart(8)}  ${formatRate(c.precision).padEnd(19)}  ${formatRate(c.recall).padEnd(19)}  ${formatRate(c.innocentFound)}`);
  }
  return lines;
}

/** A stricter site for comparison: severity-1 words (idiot, дебил, shit; score 0.3) hold on their own. */
const STRICT_HOLD = 0.5;
const STRICT_SITE = { ...defaultSiteScreening('eval'), thresholds: { hold: STRICT_HOLD, reject: 0.9 } };

function report(split: Split, judged: Judged[], strict: Judged[]): string[] {
  const languages = [...new Set(judged.map((j) => j.item.lang))];
  const overall = figuresOf(judged);
  const rows: [string, Figures][] = [
    ...languages.map((language): [string, Figures] => [language, figuresOf(judged.filter((j) => j.item.lang === language))]),
    ['all', overall],
  ];
  return [
    `== ${split}: ${overall.items} comments, ${overall.abusive} abusive, ${overall.innocent} innocent`,
    'flagged = hold or reject; prec/rec/FPR on flagged; "<category> R" = recall of the reason code',
    ...languageTable(rows),
    '',
    ...categoryTable(overall),
    `overall: precision ${formatRate(overall.precision)}, recall ${formatRate(overall.recall)}, false-positive rate on innocent ${formatRate(overall.falsePositiveRate)}`,
    `a site with hold ${STRICT_HOLD} instead of 0.4 (mild words approved alone): ${strictLine(figuresOf(strict))}`,
    '',
  ];
}

function strictLine(figures: Figures): string {
  return `precision ${formatRate(figures.precision)}, recall ${formatRate(figures.recall)}, false-positive rate ${formatRate(figures.falsePositiveRate)}`;
}

function failureLines(judged: Judged[]): string[] {
  return judged.filter(isFailure).map((j) => {
    const expected = j.item.labels.length === 0 ? 'innocent' : j.item.labels.join(',');
    const got = `${j.outcome}${j.reasons.length > 0 ? ` [${j.reasons.join(',')}]` : ''}`;
    return `${j.item.source.padEnd(16)} ${j.item.split.padEnd(7)} expected ${expected.padEnd(15)} got ${got.padEnd(28)} ${JSON.stringify(j.item.text)}`;
  });
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const items = loadEvaluationSet();
  const judged = items.map((item) => judge(item));
  const strict = items.map((item) => judge(item, STRICT_SITE));
  const inSplit = (split: Split) => (j: Judged) => j.item.split === split;
  for (const split of options.splits) {
    console.log(report(split, judged.filter(inSplit(split)), strict.filter(inSplit(split))).join('\n'));
  }
  if (options.failures) {
    const shown = judged.filter((j) => options.splits.includes(j.item.split));
    const lines = failureLines(shown);
    console.log([`== failures (${lines.length})`, ...lines, ''].join('\n'));
  }
  const missed = missedTargets(figuresOf(judged.filter((j) => j.item.split === 'heldout')));
  if (missed.length === 0) {
    console.log('held-out targets met: recall ≥ 0.95 for profanity and slur, false-positive rate ≤ 0.02 on innocent comments');
    return;
  }
  console.log(`held-out targets MISSED: ${missed.join('; ')}`);
  process.exitCode = 1;
}

main();
