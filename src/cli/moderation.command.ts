// `serai moderation check`: screens comments given as JSON lines on standard input and writes one JSON line per
// comment, with the pipeline the site runs on submission (loadSiteScreening + screenText through checkComment,
// like the admin's "try a comment" box). Streams line by line, so a file of a million comments needs no memory;
// a bad line gets an error line and the run carries on (issue 4 part 8).
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock, type Clock } from '../lib/clock.ts';
import { openDatabase } from '../server.ts';
import { checkComment } from '../screening-settings/check-comment.ts';
import { defaultSiteScreening, loadSiteScreening, type SiteScreening } from '../screening-settings/site-screening.ts';
import { listSites, type Site } from '../sites/site.queries.ts';
import { UsageError, type Command } from './command.ts';

export const moderationCommand: Command = {
  name: 'moderation',
  summary: 'Screen comments from standard input as the site would (moderation check).',
  usage: `serai moderation check < comments.jsonl

  Reads one JSON object per line on standard input:
    {"text": "...", "lang": "ru", "site": "main"}
  "lang" (a language tag) and "site" (a site's slug or id) are optional; without
  "site" the default site's screening settings and words apply.
  Writes one JSON line per comment to standard output:
    {"verdict": "approve"|"hold"|"reject", "score": 0..1, "lang": "ru",
     "reasons": [{"code": "profanity", "category": "profanity", "match": "..."}]}
  A line that cannot be checked gets {"error": {"code": "...", "message": "..."}, "line": N}
  and the run goes on; blank lines are skipped. Bans, flooding and duplicate text
  need a real submission and are not checked here. Brings the database schema up
  to date first, like the other commands.`,
  async run(args, env) {
    const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
    if (positionals[0] !== 'check' || positionals.length > 1) {
      throw new UsageError(positionals[0] ? `unknown action "${positionals.join(' ')}"` : 'say what to do: check');
    }
    const database = await openDatabase(loadConfig(env));
    try {
      await migrateToLatest(database.db);
      await checkLines(database.db, process.stdin, process.stdout, systemClock);
      return 0;
    } finally {
      await database.close();
    }
  },
};

export interface CheckLineError { error: { code: string; message: string }; line: number }

class LineProblem extends Error {
  constructor(readonly code: string, message: string) { super(message); }
}

/** Reads JSON lines from `input` and writes one answer line per non-blank line to `output`, in order. */
export async function checkLines(db: Db, input: Readable, output: Writable, clock: Clock): Promise<void> {
  const sites = new SiteFinder(db);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    let answer: object;
    try {
      const asked = parseLine(line);
      const screening = await sites.screening(asked.site);
      const { verdict, score, lang, reasons } = checkComment(screening, { text: asked.text, lang: asked.lang }, clock.now());
      answer = { verdict, score, lang, reasons };
    } catch (error) {
      if (!(error instanceof LineProblem)) throw error;
      answer = { error: { code: error.code, message: error.message }, line: number } satisfies CheckLineError;
    }
    if (!output.write(`${JSON.stringify(answer)}\n`)) await once(output, 'drain');
  }
}

interface AskedComment { text: string; lang?: string; site?: string }

function parseLine(line: string): AskedComment {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new LineProblem('invalid_json', 'The line is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LineProblem('invalid_line', 'Each line must be a JSON object such as {"text": "..."}.');
  }
  const { text, lang, site } = value as Record<string, unknown>;
  if (text === undefined || text === null) throw new LineProblem('missing_text', 'The object has no "text".');
  if (typeof text !== 'string') throw new LineProblem('invalid_text', '"text" must be a string.');
  if (lang !== undefined && lang !== null && typeof lang !== 'string') throw new LineProblem('invalid_lang', '"lang" must be a language tag string such as "ru".');
  if (site !== undefined && site !== null && typeof site !== 'string') throw new LineProblem('invalid_site', '"site" must be a site slug or id string.');
  return { text, lang: lang ?? undefined, site: site ?? undefined };
}

/** Sites are read once per run; each site's screening comes from the same per-process cache as the server's. */
class SiteFinder {
  private sites: Promise<Site[]> | undefined;
  constructor(private readonly db: Db) {}

  async screening(asked: string | undefined): Promise<SiteScreening> {
    const sites = await (this.sites ??= listSites(this.db));
    const site = asked === undefined ? sites.find((s) => s.isDefault) ?? sites[0] : sites.find((s) => s.slug === asked || s.id === asked);
    if (!site) {
      if (asked === undefined) return defaultSiteScreening(''); // no site set up yet: the defaults are what it would get
      throw new LineProblem('unknown_site', `No site with the slug or id "${asked.slice(0, 100)}".`);
    }
    return loadSiteScreening(this.db, site.id);
  }
}
