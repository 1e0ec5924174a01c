// Creating and changing sites from /admin/sites. The rules: a name; a slug and a host
// name no other site uses (the host a bare, lower-cased name, or none); languages from
// the known list with a default among them, never dropping one the site still has
// articles in; exactly one default site; a logo from the site's own media library.
// An edit made from a stale form is refused (409) instead of silently overwriting.
// Every change reloads the site directory and drops the site's cached pages. Problems
// are worded in the caller's language (the admin's; English for the demo seed).
import { createHash } from 'node:crypto';
import type { AppDeps } from '../app-deps.ts';
import type { FieldErrors } from '../admin/forms.tsx';
import { slugFromForm } from '../admin/slugs.ts';
import { isUniqueViolation } from '../db/constraint-violations.ts';
import { messagesIn, t } from '../i18n/catalog.ts';
import { findMedia } from '../media/media.queries.ts';
import { parseHostName } from './host-name.ts';
import {
  clearDefaultExcept, countArticlesByLocale, findSiteIdByHost, findSiteIdBySlug, replaceSiteLocales, updateSite, type SiteFields,
} from './site-edit.queries.ts';
import { orderLocales, removalProblem } from './site-locales.ts';
import { insertSite, listSites, type Site } from './site.queries.ts';

export const MAX_SITE_NAME = 100;

export interface SiteInput {
  name: string;
  slug: string;
  host: string;
  /** Ticked locales, in the order of the form's rows. */
  locales: string[];
  /** The position typed for each locale ('' = after the numbered ones). */
  positions: Record<string, string>;
  defaultLocale: string;
  isDefault: boolean;
  /** '' = no logo. */
  logoMediaId: string;
  /** siteFingerprint() of the site as the form showed it (edits only). */
  fingerprint: string;
}

export type SaveSiteResult =
  | { kind: 'saved'; id: string }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'conflict' }
  | { kind: 'not_found' };

type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'pageCache' | 'sites'>;
type Clean = SiteFields & { locales: string[] };

/** Changes whenever what the form edits changes, so a form opened before someone else's save is recognised. */
export function siteFingerprint(site: Site): string {
  const state = [site.name, site.slug, site.host, site.locales, site.defaultLocale, site.isDefault, site.logo?.mediaId ?? null];
  return createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 22);
}

const takenByOther = (ownerId: string | undefined, existing: Site | undefined) => ownerId !== undefined && ownerId !== existing?.id;

async function identityErrors(deps: Deps, existing: Site | undefined, input: SiteInput, errors: FieldErrors, locale: string): Promise<Pick<Clean, 'name' | 'slug' | 'host'>> {
  const m = messagesIn(locale, 'adminUsers');
  const name = input.name.trim();
  if (!name) errors.name = m.siteNameMissing;
  else if ([...name].length > MAX_SITE_NAME) errors.name = t(m, 'atMostCharacters', { max: MAX_SITE_NAME });
  const { slug, error } = slugFromForm(input.slug, name);
  // slugFromForm's only refusal is the slug's shape; said here in the admin's language.
  if (error) errors.slug = m.slugInvalid;
  else if (slug && takenByOther(await findSiteIdBySlug(deps.db, slug), existing)) errors.slug = m.slugTaken;
  const parsed = parseHostName(input.host, locale);
  if (!parsed.ok) errors.host = parsed.error;
  else if (parsed.host && takenByOther(await findSiteIdByHost(deps.db, parsed.host), existing)) errors.host = m.hostTaken;
  return { name, slug, host: parsed.ok ? parsed.host : null };
}

async function localeErrors(deps: Deps, existing: Site | undefined, input: SiteInput, errors: FieldErrors, locale: string): Promise<string[]> {
  const ordered = orderLocales(input.locales, input.positions, existing?.locales ?? [], locale);
  if (!ordered.ok) {
    Object.assign(errors, ordered.errors);
    return [];
  }
  if (!ordered.locales.includes(input.defaultLocale)) errors.defaultLocale = messagesIn(locale, 'adminUsers').defaultLocaleMissing;
  if (existing) {
    const removed = existing.locales.filter((tag) => !ordered.locales.includes(tag));
    const problem = removalProblem(removed, await countArticlesByLocale(deps.db, existing.id, removed), locale);
    if (problem) errors.locales = problem;
  }
  return ordered.locales;
}

async function checkSite(deps: Deps, existing: Site | undefined, input: SiteInput, siteCount: number, locale: string): Promise<{ ok: true; value: Clean } | { ok: false; errors: FieldErrors }> {
  const m = messagesIn(locale, 'adminUsers');
  const errors: FieldErrors = {};
  const identity = await identityErrors(deps, existing, input, errors, locale);
  const locales = await localeErrors(deps, existing, input, errors, locale);
  // The first site of an install must be the default; the default can only be handed on, never just dropped.
  const isDefault = input.isDefault || siteCount === 0;
  if (existing?.isDefault && !isDefault) errors.isDefault = m.defaultSiteRequired;
  const logoMediaId = input.logoMediaId.trim() || null;
  if (logoMediaId && !(existing && (await findMedia(deps.db, existing.id, logoMediaId)))) {
    errors.logoMediaId = m.logoInvalid;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...identity, locales, defaultLocale: input.defaultLocale, isDefault, logoMediaId } };
}

async function write(deps: Deps, id: string, existing: Site | undefined, clean: Clean): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    if (existing) {
      await updateSite(trx, id, clean);
      await replaceSiteLocales(trx, id, clean.locales);
    } else {
      await insertSite(trx, { id, ...clean, createdAt: deps.clock.now().toISOString() });
    }
    if (clean.isDefault) await clearDefaultExcept(trx, id);
  });
}

/** Creates a site (id undefined) or changes one; `locale` is the language of the form's messages. */
export async function saveSite(deps: Deps, id: string | undefined, input: SiteInput, locale = 'en'): Promise<SaveSiteResult> {
  // Fresh from the database, not the directory: another node may have changed the site.
  const sites = await listSites(deps.db);
  const existing = id === undefined ? undefined : sites.find((s) => s.id === id);
  if (id !== undefined && !existing) return { kind: 'not_found' };
  if (existing && input.fingerprint !== siteFingerprint(existing)) return { kind: 'conflict' };
  const checked = await checkSite(deps, existing, input, sites.length, locale);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const siteId = id ?? deps.ids.next();
  try {
    await write(deps, siteId, existing, checked.value);
  } catch (error) {
    // Another admin took the slug or host between the check and the write.
    if (!isUniqueViolation(error)) throw error;
    const errors: FieldErrors = {};
    await identityErrors(deps, existing, input, errors, locale);
    return { kind: 'invalid', errors: Object.keys(errors).length > 0 ? errors : { slug: messagesIn(locale, 'adminUsers').slugTaken } };
  }
  deps.sites.reload();
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'saved', id: siteId };
}
