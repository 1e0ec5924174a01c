// Storage of a site's screening settings (one row per site, thresholds × 10,000 so both engines compare integers)
// and its added lexicon terms and allow words. No row means the defaults.
import type { Db } from '../db/database.ts';
import type { LexiconCategory } from '../screening/lexicon-types.ts';
import type { SiteTerm, SiteTermKind } from '../screening/site-lexicons.ts';
import { DEFAULT_THRESHOLDS, type ScreeningThresholds } from '../screening/pipeline.ts';

export const DEFAULT_REPORT_THRESHOLD = 3;

export interface ScreeningSettings {
  thresholds: ScreeningThresholds;
  reportThreshold: number;
  newCommenterApprovals: number;
  blockedDomains: string[];
}

export const DEFAULT_SCREENING_SETTINGS: ScreeningSettings = {
  thresholds: DEFAULT_THRESHOLDS, reportThreshold: DEFAULT_REPORT_THRESHOLD, newCommenterApprovals: 0, blockedDomains: [],
};

const SCALE = 10_000;

export async function findScreeningSettings(db: Db, siteId: string): Promise<ScreeningSettings> {
  const row = await db.selectFrom('screening_settings')
    .select(['hold_threshold', 'reject_threshold', 'report_threshold', 'new_commenter_approvals', 'blocked_domains'])
    .where('site_id', '=', siteId).executeTakeFirst();
  if (!row) return DEFAULT_SCREENING_SETTINGS;
  return {
    thresholds: { hold: row.hold_threshold / SCALE, reject: row.reject_threshold / SCALE },
    reportThreshold: row.report_threshold,
    newCommenterApprovals: row.new_commenter_approvals,
    blockedDomains: row.blocked_domains.split('\n').filter((line) => line !== ''),
  };
}

export async function upsertScreeningSettings(db: Db, siteId: string, settings: ScreeningSettings, by: { userId: string | null; at: string }): Promise<void> {
  const values = {
    hold_threshold: Math.round(settings.thresholds.hold * SCALE),
    reject_threshold: Math.round(settings.thresholds.reject * SCALE),
    report_threshold: settings.reportThreshold,
    new_commenter_approvals: settings.newCommenterApprovals,
    blocked_domains: settings.blockedDomains.join('\n'),
    updated_at: by.at,
    updated_by: by.userId,
  };
  await db.insertInto('screening_settings').values({ site_id: siteId, ...values })
    .onConflict((oc) => oc.column('site_id').doUpdateSet(values)).execute();
}

export interface StoredSiteTerm { id: string; term: SiteTerm; createdAt: string }

export async function listScreeningTerms(db: Db, siteId: string): Promise<StoredSiteTerm[]> {
  const rows = await db.selectFrom('screening_terms')
    .select(['id', 'language', 'kind', 'term', 'category', 'severity', 'match', 'created_at'])
    .where('site_id', '=', siteId)
    .orderBy('language').orderBy('kind').orderBy('term').orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, createdAt: row.created_at, term: termOfRow(row) }));
}

function termOfRow(row: { language: string; kind: SiteTermKind; term: string; category: string | null; severity: number | null; match: string | null }): SiteTerm {
  if (row.kind === 'allow') return { kind: 'allow', language: row.language, term: row.term };
  return {
    kind: 'block', language: row.language, term: row.term, category: (row.category ?? 'profanity') as LexiconCategory,
    severity: (row.severity === 1 || row.severity === 3 ? row.severity : 2), match: row.match === 'stem' ? 'stem' : 'word',
  };
}

export async function findScreeningTerm(db: Db, siteId: string, id: string): Promise<StoredSiteTerm | undefined> {
  const row = await db.selectFrom('screening_terms')
    .select(['id', 'language', 'kind', 'term', 'category', 'severity', 'match', 'created_at'])
    .where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, createdAt: row.created_at, term: termOfRow(row) } : undefined;
}

/** False when the site already has this word of this kind and language (the unique index decides, so two admins cannot both add it). */
export async function insertScreeningTerm(db: Db, row: { id: string; siteId: string; term: SiteTerm; createdBy: string | null; at: string }): Promise<boolean> {
  const { term } = row;
  const result = await db.insertInto('screening_terms').values({
    id: row.id, site_id: row.siteId, language: term.language, kind: term.kind, term: term.term,
    category: term.kind === 'block' ? term.category : null,
    severity: term.kind === 'block' ? term.severity : null,
    match: term.kind === 'block' ? term.match : null,
    created_by: row.createdBy, created_at: row.at,
  }).onConflict((oc) => oc.columns(['site_id', 'language', 'kind', 'term']).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** True when a row was removed (false: already gone). */
export async function deleteScreeningTerm(db: Db, siteId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('screening_terms').where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
