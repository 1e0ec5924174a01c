// /admin/settings/screening (admins, site.manage) for the admin's current site: save thresholds and limits, add and
// remove the site's words, try a comment. Every change is logged in the same transaction and applied in this
// process at once and on every other node through the event bus (screeningChanged); a node that missed the
// message picks the change up within SITE_SCREENING_TTL_MS.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { messagesIn, type MessageKey } from '../i18n/catalog.ts';
import { appendModerationLog } from '../moderation-log/moderation-log.queries.ts';
import { LEXICON_LANGUAGES } from '../screening/lexicons.ts';
import { checkSiteTerm, type SiteTerm } from '../screening/site-lexicons.ts';
import type { Site } from '../sites/site.queries.ts';
import { checkComment } from './check-comment.ts';
import { checkScreeningSettings, describeSettingsChanges, readScreeningSettingsForm, valuesOfSettings } from './screening-settings-form.ts';
import {
  deleteScreeningTerm, findScreeningSettings, type ScreeningSettings, findScreeningTerm, insertScreeningTerm, listScreeningTerms, upsertScreeningSettings,
} from './screening-settings.queries.ts';
import { SCREENING_SETTINGS_PATH, SCREENING_TERMS_PATH, SCREENING_TRY_PATH, ScreeningSettingsPage, type ScreeningSettingsPageProps } from './ScreeningSettingsPage.tsx';
import { EMPTY_TERM_FORM, type TermFormValues } from './ScreeningTermsSection.tsx';
import type { TryState } from './TryCommentSection.tsx';
import { followScreeningChanges, invalidateSiteScreening, loadSiteScreening } from './site-screening.ts';
import { termErrorCodes } from './term-error-codes.ts';

/** Longer than any comment may be (1,500 graphemes), so "too long" can be tried too, but bounded. */
const MAX_TRY_LENGTH = 20_000;

const FLASH: Record<string, MessageKey<'adminSettings'>> = {
  saved: 'screeningSaved', unchanged: 'nothingChanged', added: 'wordAdded', removed: 'wordRemoved', gone: 'wordGone',
};

function flashOf(request: FastifyRequest): string | undefined {
  const key = FLASH[formString(request.query, 'done')];
  return key && messagesIn(adminLocaleOf(request), 'adminSettings')[key];
}

type PageParts = Partial<Omit<ScreeningSettingsPageProps, 'user' | 'csrfToken' | 'siteName' | 'terms'>>;

async function sendPage(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, site: Site, parts: PageParts, status = 200) {
  const settings = parts.settings ?? valuesOfSettings(await findScreeningSettings(deps.db, site.id));
  return sendAdminPage(reply, (
    <ScreeningSettingsPage user={staffOf(request)} csrfToken={request.staff!.csrfToken} siteName={site.name}
      terms={await listScreeningTerms(deps.db, site.id)} termValues={EMPTY_TERM_FORM} tryState={{ text: '', language: '' }}
      {...parts} settings={settings} />
  ), status);
}

function staffActor(request: FastifyRequest) {
  const user = staffOf(request);
  return { kind: 'staff' as const, id: user.id, name: user.displayName };
}

function screeningChanged(deps: AppDeps, siteId: string): void {
  invalidateSiteScreening(deps.db, siteId);
  deps.events.publish({ type: 'screening-changed', siteId });
}

export async function screeningSettingsRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const stopFollowing = followScreeningChanges(deps.db, deps.events);
  app.addHook('onClose', async () => stopFollowing());
  const guard = { preHandler: requireStaff('site.manage') };
  const done = (what: string) => `${SCREENING_SETTINGS_PATH}?done=${what}`;

  app.get(SCREENING_SETTINGS_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    return sendPage(deps, request, reply, site, { flash: flashOf(request) });
  });

  app.post(SCREENING_SETTINGS_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const values = readScreeningSettingsForm(request.body);
    const checked = checkScreeningSettings(values);
    if (!checked.ok) return sendPage(deps, request, reply, site, { settings: values, settingsErrors: checked.errors }, 400);
    const changed = await saveSettings(deps, site.id, checked.value, staffActor(request));
    return reply.redirect(done(changed ? 'saved' : 'unchanged'), 303);
  });

  app.post(SCREENING_TERMS_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const values = readTermForm(request.body);
    const checked = checkSiteTerm(values);
    if (!checked.ok) return sendPage(deps, request, reply, site, { termValues: values, termErrors: termErrorCodes(checked.errors) }, 400);
    const term = checked.value;
    const added = await addTerm(deps, site.id, term, staffActor(request));
    if (!added) {
      const duplicate = { key: 'termDuplicate', values: { term: term.term, kind: term.kind, language: term.language } } as const;
      return sendPage(deps, request, reply, site, { termValues: values, termErrors: { term: duplicate } }, 400);
    }
    return reply.redirect(`${done('added')}#screening-terms`, 303);
  });

  app.post<{ Params: { id: string } }>(`${SCREENING_TERMS_PATH}/:id/remove`, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const removed = await removeTerm(deps, site.id, request.params.id, staffActor(request));
    return reply.redirect(`${done(removed ? 'removed' : 'gone')}#screening-terms`, 303);
  });

  app.post(SCREENING_TRY_PATH, guard, async (request, reply) => {
    const site = await adminSite(deps, request);
    const state = await tryComment(deps, site.id, request.body);
    return sendPage(deps, request, reply, site, { tryState: state }, state.error ? 400 : 200);
  });
}

/** The try box: screened exactly as submission would (checkComment → screenText with the site's settings); nothing stored. */
async function tryComment(deps: AppDeps, siteId: string, body: unknown): Promise<TryState> {
  const text = formString(body, 'text');
  const chosen = formString(body, 'language');
  const language = LEXICON_LANGUAGES.includes(chosen) ? chosen : '';
  if (text === '') return { text, language, error: { key: 'tryEmpty' } };
  if (text.length > MAX_TRY_LENGTH) return { text: text.slice(0, MAX_TRY_LENGTH), language, error: { key: 'tryTooLong', values: { max: MAX_TRY_LENGTH } } };
  const screening = await loadSiteScreening(deps.db, siteId, deps.clock);
  return { text, language, result: checkComment(screening, { text, lang: language }, deps.clock.now()) };
}

function readTermForm(body: unknown): TermFormValues {
  const field = (name: keyof TermFormValues) => formString(body, name);
  return { kind: field('kind'), language: field('language'), term: field('term'), category: field('category'), severity: field('severity'), match: field('match') };
}

function termDetail(term: SiteTerm): string {
  return term.kind === 'allow'
    ? `allow ${term.language} “${term.term}”`
    : `${term.language} “${term.term}” (${term.category}, severity ${term.severity}, ${term.match})`;
}

type StaffActor = ReturnType<typeof staffActor>;

async function saveSettings(deps: AppDeps, siteId: string, next: ScreeningSettings, actor: StaffActor): Promise<boolean> {
  const changed = await deps.db.transaction().execute(async (trx) => {
    const changes = describeSettingsChanges(await findScreeningSettings(trx, siteId), next);
    if (changes.length === 0) return false;
    const at = deps.clock.now().toISOString();
    await upsertScreeningSettings(trx, siteId, next, { userId: actor.id, at });
    for (const detail of changes) {
      await appendModerationLog(trx, { id: deps.ids.next(), siteId, actor, action: 'settings_change', target: { kind: 'site', id: siteId }, detail, at });
    }
    return true;
  });
  if (changed) screeningChanged(deps, siteId);
  return changed;
}

/** False when the site already has the word (the unique index decides, so two admins cannot both add it). */
async function addTerm(deps: AppDeps, siteId: string, term: SiteTerm, actor: StaffActor): Promise<boolean> {
  const added = await deps.db.transaction().execute(async (trx) => {
    const at = deps.clock.now().toISOString();
    if (!(await insertScreeningTerm(trx, { id: deps.ids.next(), siteId, term, createdBy: actor.id, at }))) return false;
    await appendModerationLog(trx, { id: deps.ids.next(), siteId, actor, action: 'term_add', target: { kind: 'site', id: siteId }, detail: termDetail(term), at });
    return true;
  });
  if (added) screeningChanged(deps, siteId);
  return added;
}

async function removeTerm(deps: AppDeps, siteId: string, id: string, actor: StaffActor): Promise<boolean> {
  const removed = await deps.db.transaction().execute(async (trx) => {
    const row = await findScreeningTerm(trx, siteId, id);
    if (!row || !(await deleteScreeningTerm(trx, siteId, id))) return false;
    const at = deps.clock.now().toISOString();
    await appendModerationLog(trx, { id: deps.ids.next(), siteId, actor, action: 'term_remove', target: { kind: 'site', id: siteId }, detail: termDetail(row.term), at });
    return true;
  });
  if (removed) screeningChanged(deps, siteId);
  return removed;
}
