// A site's screening as the pipeline needs it: thresholds, report threshold, new-commenter
// pre-moderation, blocked link domains and lexicons with the site's additions and allow
// words merged in. Everything that screens a comment (submission, `serai moderation check`,
// the admin's "try a comment" box) goes through screenText so they cannot disagree.
// OWNER: screening-settings helper (issue 4 parts 3 and 8). Until it lands this returns the defaults.
import type { Db } from '../db/database.ts';
import { DEFAULT_PHASES } from '../screening/default-phases.ts';
import type { Lexicon } from '../screening/lexicon-types.ts';
import { lexiconFor } from '../screening/lexicons.ts';
import { screen, DEFAULT_THRESHOLDS, type ScreeningContext, type ScreeningResult, type ScreeningThresholds } from '../screening/pipeline.ts';

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

export const DEFAULT_REPORT_THRESHOLD = 3;

export function defaultSiteScreening(siteId: string): SiteScreening {
  return { siteId, thresholds: DEFAULT_THRESHOLDS, reportThreshold: DEFAULT_REPORT_THRESHOLD, newCommenterApprovals: 0, blockedDomains: [], lexicons: lexiconFor };
}

/** The site's screening settings (cached per process; see CONTEXT.md for how changes reach other nodes). */
export async function loadSiteScreening(_db: Db, siteId: string): Promise<SiteScreening> {
  return defaultSiteScreening(siteId);
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
