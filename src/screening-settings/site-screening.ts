// A site's screening as the pipeline needs it: thresholds, report threshold, new-commenter
// pre-moderation, blocked link domains and lexicons with the site's additions and allow
// words merged in. Everything that screens a comment (submission, `serai moderation check`,
// the admin's "try a comment" box) goes through screenText so they cannot disagree.
import type { EventBus } from '../cluster/event-bus.ts';
import type { Db } from '../db/database.ts';
import { systemClock, type Clock } from '../lib/clock.ts';
import { DEFAULT_PHASES } from '../screening/default-phases.ts';
import { candidateLanguages, detectScripts } from '../screening/detect-language.ts';
import type { Lexicon } from '../screening/lexicon-types.ts';
import { LEXICON_LANGUAGES, lexiconFor } from '../screening/lexicons.ts';
import { screen, DEFAULT_THRESHOLDS, type ScreeningContext, type ScreeningResult, type ScreeningThresholds } from '../screening/pipeline.ts';
import { siteLexicons, type SiteLexicons } from '../screening/site-lexicons.ts';
import { DEFAULT_REPORT_THRESHOLD, findScreeningSettings, listScreeningTerms } from './screening-settings.queries.ts';

export { DEFAULT_REPORT_THRESHOLD };

export interface SiteScreening {
  siteId: string;
  thresholds: ScreeningThresholds;
  /** Open reader reports that hide a comment pending review. */
  reportThreshold: number;
  /** New commenters are pre-moderated until this many of their comments are approved (0: off). */
  newCommenterApprovals: number;
  blockedDomains: string[];
  lexicons: (language: string) => Lexicon;
}

export function defaultSiteScreening(siteId: string): SiteScreening {
  return { siteId, thresholds: DEFAULT_THRESHOLDS, reportThreshold: DEFAULT_REPORT_THRESHOLD, newCommenterApprovals: 0, blockedDomains: [], lexicons: lexiconFor };
}

/** How long another node's change may take to reach this process (a save in this process applies at once). */
export const SITE_SCREENING_TTL_MS = 30_000;

interface CachedScreening {
  loadedAt: number;
  /** Saved in this process since: read again on the next use. */
  stale: boolean;
  /** The site's term ids: while they are the same, the merged (and compiled) lexicons are reused. */
  termsKey: string;
  value: Promise<SiteScreening>;
}

// Keyed by the database handle first, so two apps in one process (tests on both engines) never share entries.
const cache = new WeakMap<Db, Map<string, CachedScreening>>();

/** The site's screening settings (cached per process; see CONTEXT.md for how changes reach other nodes). */
export async function loadSiteScreening(db: Db, siteId: string, clock: Clock = systemClock): Promise<SiteScreening> {
  let sites = cache.get(db);
  if (!sites) cache.set(db, (sites = new Map()));
  const now = clock.now().getTime();
  const cached = sites.get(siteId);
  if (cached && !cached.stale && now - cached.loadedAt < SITE_SCREENING_TTL_MS && now >= cached.loadedAt) return cached.value;
  const entry: CachedScreening = { loadedAt: now, stale: false, termsKey: cached?.termsKey ?? '', value: Promise.resolve(defaultSiteScreening(siteId)) };
  entry.value = readSiteScreening(db, siteId, cached, entry);
  sites.set(siteId, entry);
  // A failed read must not stick: the next comment tries again.
  entry.value.catch(() => { if (sites.get(siteId) === entry) sites.delete(siteId); });
  return entry.value;
}

async function readSiteScreening(db: Db, siteId: string, previous: CachedScreening | undefined, entry: CachedScreening): Promise<SiteScreening> {
  const [settings, terms] = await Promise.all([findScreeningSettings(db, siteId), listScreeningTerms(db, siteId)]);
  entry.termsKey = terms.map((row) => row.id).sort().join(',');
  let lexicons: SiteLexicons | undefined;
  if (previous && previous.termsKey === entry.termsKey) {
    lexicons = await previous.value.then((old) => old.lexicons, () => undefined);
  }
  return { siteId, ...settings, lexicons: lexicons ?? siteLexicons(terms.map((row) => row.term)) };
}

/** Call after saving a site's settings or terms: this process uses the new ones from the next comment on. */
export function invalidateSiteScreening(db: Db, siteId: string): void {
  // Marked, not dropped: when only the thresholds changed, the next read keeps the compiled lexicons.
  const cached = cache.get(db)?.get(siteId);
  if (cached) cached.stale = true;
}

/**
 * Keeps this process's copies current with saves made on any node: a `screening-changed` message
 * marks the site's copy stale, and after Redis returns (messages may have been missed) every copy is.
 * Returns the function that stops following.
 */
export function followScreeningChanges(db: Db, events: EventBus): () => void {
  // The saving node has already marked its own copy (screeningChanged); only other nodes' saves matter here.
  const stopMessages = events.subscribe((message, origin) => {
    if (origin === 'remote' && message.type === 'screening-changed') invalidateSiteScreening(db, message.siteId);
  });
  const stopResync = events.onResync(() => {
    for (const cached of cache.get(db)?.values() ?? []) cached.stale = true;
  });
  return () => {
    stopMessages();
    stopResync();
  };
}

export interface TextToScreen {
  text: string;
  authorName: string;
  language?: string;
  now: Date;
  /** Facts from the database (ban, closed, flooding, duplicates); the CLI and the try box pass none. */
  context?: Partial<ScreeningContext>;
}

export function screenText(site: SiteScreening, input: TextToScreen): ScreeningResult {
  const context: ScreeningContext = { ...input.context, blockedDomains: site.blockedDomains };
  return screen({ text: input.text, authorName: input.authorName, language: input.language, now: input.now, context, lexicons: site.lexicons }, DEFAULT_PHASES, site.thresholds);
}

const SCRIPT_BASE: Record<string, string> = { Latn: 'en', Cyrl: 'ru', Arab: 'ar' };
/** Languages candidateLanguages always applies for a script (Russian typed in Latin letters, too): never "the" language of a marker. */
const ALWAYS_APPLIED: Record<string, readonly string[]> = { Latn: ['en', 'ru'], Cyrl: ['ru'], Arab: ['ar'] };
const ALL_OF_SCRIPT: Record<string, number> = {
  Latn: candidateLanguages('a').length, Cyrl: candidateLanguages('а').length, Arab: candidateLanguages('ب').length,
};
/** Letters only Arabic uses among the Arabic-script languages (teh marbuta, Arabic kaf, alef maksura). */
const ARABIC_ONLY = /[ةكى]/u;

/**
 * One language tag for a comment (the CLI's "lang", the try box, stored screening): the declared language when it
 * has a lexicon, else the script's main language (en, ru, ar) unless marker letters point to another one (Kazakh
 * ә → kk); "und" for text with no letters, mixed scripts or another script.
 */
export function screeningLanguage(text: string, declared?: string): string {
  if (declared !== undefined && LEXICON_LANGUAGES.includes(declared)) return declared;
  const scripts = [...detectScripts(text)];
  const base = scripts.length === 1 ? SCRIPT_BASE[scripts[0]!] : undefined;
  if (!base) return 'und';
  const candidates = candidateLanguages(text);
  if (candidates.length === ALL_OF_SCRIPT[scripts[0]!] || (base === 'ar' && ARABIC_ONLY.test(text))) return base;
  return candidates.find((language) => !ALWAYS_APPLIED[scripts[0]!]!.includes(language)) ?? base;
}
