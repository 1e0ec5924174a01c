// /admin/sites (admins, site.manage): list, create and edit the sites of this install.
// /admin/site (any staff): choose the site the admin works on. This plugin also gives
// every /admin page the header's site picker, so it is registered without encapsulation.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppDeps } from '../app-deps.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSiteChoice, installAdminSiteChoice, rememberAdminSite, siteForbidden, workableSites } from '../admin/admin-site.ts';
import { formString, type FieldErrors } from '../admin/forms.tsx';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { sendAdminPage } from '../admin/reply.tsx';
import { ADMIN_NAV } from '../admin/AdminLayout.tsx';
import { SITE_SWITCH_PATH, siteSwitchLanding } from '../admin/site-choice.ts';
import { notFound } from '../http/errors.ts';
import { messagesIn, type MessageKey } from '../i18n/catalog.ts';
import { findMedia, listMedia } from '../media/media.queries.ts';
import type { LogoChoice } from './LogoPicker.tsx';
import { saveSite } from './save-site.ts';
import { EMPTY_SITE_VALUES, readSiteForm, valuesOfSite, type SiteFormValues } from './site-form.ts';
import { localeChoices } from './site-locales.ts';
import { listSites, type Site } from './site.queries.ts';
import { SiteAdminList } from './SiteAdminList.tsx';
import { SiteForm } from './SiteForm.tsx';
import { SiteSwitchPage } from './SiteSwitchPage.tsx';

const FLASH: Record<string, MessageKey<'adminUsers'>> = { created: 'siteCreated', saved: 'changesSaved' };
const LOGO_CHOICES = 24;
type IdParams = { Params: { id: string } };
/** The list pages a switch of site may land on: an item page of the old site would be a 404 on the new one. */
const SWITCH_LANDINGS = ADMIN_NAV.map((item) => item.href);

const messagesOf = (request: FastifyRequest) => messagesIn(adminLocaleOf(request), 'adminUsers');

function flashOf(request: FastifyRequest): string | undefined {
  const key = FLASH[formString(request.query, 'done')];
  return key && messagesOf(request)[key];
}

/** The site's recent uploads, and its current logo even when older than those. */
async function logoChoices(deps: AppDeps, site: Site): Promise<LogoChoice[]> {
  const recent = await listMedia(deps.db, site.id, { limit: LOGO_CHOICES, offset: 0 });
  const current = site.logo && !recent.some((m) => m.id === site.logo!.mediaId) ? await findMedia(deps.db, site.id, site.logo.mediaId) : undefined;
  return [...(current ? [current] : []), ...recent];
}

/** Fresh from the database: the form shows what is stored, whatever this node's directory holds. */
async function findSite(deps: AppDeps, id: string): Promise<Site> {
  const site = (await listSites(deps.db)).find((s) => s.id === id);
  if (!site) throw notFound('site');
  return site;
}

function siteRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireStaff('site.manage') };
  const common = (request: FastifyRequest) => ({ user: staffOf(request), csrfToken: request.staff!.csrfToken });
  const sendForm = async (request: FastifyRequest, reply: FastifyReply, site: Site | undefined, values: SiteFormValues, extra: { errors?: FieldErrors; conflict?: boolean; status?: number; flash?: string } = {}) =>
    sendAdminPage(reply, <SiteForm {...common(request)} id={site?.id} values={values} localeChoices={localeChoices(site?.locales ?? [])}
      logoChoices={site ? await logoChoices(deps, site) : undefined} errors={extra.errors} conflict={extra.conflict} flash={extra.flash} />, extra.status ?? 200);

  app.get('/admin/sites', guard, async (request, reply) =>
    sendAdminPage(reply, <SiteAdminList {...common(request)} sites={await listSites(deps.db)} flash={flashOf(request)} />));

  app.get('/admin/sites/new', guard, async (request, reply) => sendForm(request, reply, undefined, EMPTY_SITE_VALUES));

  app.post('/admin/sites', guard, async (request, reply) => {
    const values = readSiteForm(request.body, []);
    const result = await saveSite(deps, undefined, values, adminLocaleOf(request));
    if (result.kind === 'invalid') return sendForm(request, reply, undefined, values, { errors: result.errors, status: 400 });
    if (result.kind !== 'saved') throw notFound('site');
    return reply.redirect('/admin/sites?done=created', 303);
  });

  app.get<IdParams>('/admin/sites/:id', guard, async (request, reply) => {
    const site = await findSite(deps, request.params.id);
    return sendForm(request, reply, site, valuesOfSite(site), { flash: flashOf(request) });
  });

  app.post<IdParams>('/admin/sites/:id', guard, async (request, reply) => {
    const site = await findSite(deps, request.params.id);
    const values = readSiteForm(request.body, site.locales);
    const result = await saveSite(deps, site.id, values, adminLocaleOf(request));
    if (result.kind === 'not_found') throw notFound('site');
    if (result.kind === 'conflict') return sendForm(request, reply, site, values, { conflict: true, status: 409 });
    if (result.kind === 'invalid') return sendForm(request, reply, site, values, { errors: result.errors, status: 400 });
    return reply.redirect(`/admin/sites/${encodeURIComponent(site.id)}?done=saved`, 303);
  });
}

function switchRoutes(app: FastifyInstance, deps: AppDeps): void {
  const guard = { preHandler: requireStaff() };
  const sendChoices = async (request: FastifyRequest, reply: FastifyReply, error?: string) => {
    const user = staffOf(request);
    const sites = (await workableSites(deps, user)).map((s) => ({ id: s.id, name: s.name, host: s.host }));
    const choice = await adminSiteChoice(deps, request);
    return sendAdminPage(reply, <SiteSwitchPage user={user} csrfToken={request.staff!.csrfToken} sites={sites}
      currentId={choice?.currentId} error={error} />, error ? 400 : 200);
  };

  app.get(SITE_SWITCH_PATH, guard, async (request, reply) => sendChoices(request, reply));

  app.post(SITE_SWITCH_PATH, guard, async (request, reply) => {
    const user = staffOf(request);
    const site = await deps.sites.byId(formString(request.body, 'site'));
    if (!site) return sendChoices(request, reply, messagesOf(request).chooseListedSite);
    if (!(await workableSites(deps, user)).some((s) => s.id === site.id)) throw siteForbidden();
    rememberAdminSite(request, reply, user.id, site.id);
    return reply.redirect(siteSwitchLanding(formString(request.body, 'next'), SWITCH_LANDINGS), 303);
  });
}

async function siteAdmin(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  installAdminSiteChoice(app, opts.deps);
  siteRoutes(app, opts.deps);
  switchRoutes(app, opts.deps);
}

export const siteAdminRoutes = fp(siteAdmin, { name: 'serai-site-admin' });
