// The one place that decides which site an admin request works on (issue 5). Staff work
// on one site at a time: the one they chose in the header's site picker (a signed cookie
// naming the user and the site), else the site of the Host they came in on if they may
// work there, else the first of their sites. Staff with rows in user_sites may work only
// on those sites (admins always on all): choosing another site, or a remembered choice
// of a site taken from them, is a 403 `site_forbidden`, never a silent switch that would
// have them edit the wrong publication.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { secureCookies } from '../http/session.ts';
import type { Site } from '../sites/site.queries.ts';
import { listUserSiteIds } from '../sites/user-site.queries.ts';
import { SITE_SWITCH_PATH, type AdminSiteChoice } from './site-choice.ts';

export const ADMIN_SITE_COOKIE = 'serai_admin_site';
const REMEMBER_SECONDS = 180 * 86_400;

type Decision =
  | { kind: 'site'; site: Site; workable: Site[] }
  | { kind: 'forbidden'; workable: Site[] }
  | { kind: 'no_site' };

type Deps = Pick<AppDeps, 'sites' | 'db'>;

export const siteForbidden = () => new HttpError(403, 'site_forbidden', `You do not work on this site. Choose one of your sites at ${SITE_SWITCH_PATH}.`);

/** The sites this person may work on: their user_sites rows, or every site when they have none (or are an admin). */
export async function workableSites(deps: Deps, user: { id: string; role: string }): Promise<Site[]> {
  const all = await deps.sites.all();
  if (user.role === 'admin') return all;
  const limited = await listUserSiteIds(deps.db, user.id);
  return limited.length === 0 ? all : all.filter((site) => limited.includes(site.id));
}

/** The site id remembered for this user, when the cookie is intact and was set for them (not someone else on this browser). */
function rememberedSiteId(request: FastifyRequest, userId: string): string | undefined {
  const raw = request.cookies[ADMIN_SITE_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return undefined;
  const [owner, siteId] = unsigned.value.split(':');
  return owner === userId && siteId ? siteId : undefined;
}

async function decide(deps: Deps, request: FastifyRequest): Promise<Decision> {
  const all = await deps.sites.all();
  const hostSite = await deps.sites.forHost(request.headers.host);
  if (all.length === 0 || !hostSite) return { kind: 'no_site' };
  const user = request.staff?.user;
  if (!user) return { kind: 'site', site: hostSite, workable: all };
  const workable = await workableSites(deps, user);
  const chosen = all.find((site) => site.id === rememberedSiteId(request, user.id));
  if (chosen) return workable.includes(chosen) ? { kind: 'site', site: chosen, workable } : { kind: 'forbidden', workable };
  const site = workable.find((s) => s.id === hostSite.id) ?? workable[0];
  return site ? { kind: 'site', site, workable } : { kind: 'forbidden', workable };
}

// One decision per request, however many times a handler and the header ask.
const decisions = new WeakMap<FastifyRequest, Promise<Decision>>();

function decision(deps: Deps, request: FastifyRequest): Promise<Decision> {
  let decided = decisions.get(request);
  if (!decided) {
    decided = decide(deps, request);
    decisions.set(request, decided);
  }
  return decided;
}

export async function adminSite(deps: Deps, request: FastifyRequest): Promise<Site> {
  const decided = await decision(deps, request);
  if (decided.kind === 'no_site') throw new HttpError(503, 'no_site', 'No site has been set up yet. Run `serai migrate` and start the server once.');
  if (decided.kind === 'forbidden') throw siteForbidden();
  return decided.site;
}

/**
 * For a row loaded by id (an article) that belongs to `siteId`: nothing when that is the
 * site being worked on; 403 `site_forbidden` when the person may not work on its site;
 * otherwise 404, saying where the row lives.
 */
export async function assertOnAdminSite(deps: Deps, request: FastifyRequest, siteId: string, what: string): Promise<void> {
  const current = await adminSite(deps, request);
  if (siteId === current.id) return;
  const decided = await decision(deps, request);
  const workable = decided.kind === 'no_site' ? [] : decided.workable;
  const owner = workable.find((site) => site.id === siteId);
  if (!owner) throw (await deps.sites.byId(siteId)) ? siteForbidden() : notFound(what);
  throw new HttpError(404, 'not_found', `This ${what} belongs to the site “${owner.name}”. Switch to that site with the site picker at the top, then open it again.`);
}

/** The header's picker, for people who may work on more than one site. */
export async function adminSiteChoice(deps: Deps, request: FastifyRequest): Promise<AdminSiteChoice | undefined> {
  const decided = await decision(deps, request);
  if (decided.kind === 'no_site' || decided.workable.length < 2) return undefined;
  return {
    currentId: decided.kind === 'site' ? decided.site.id : undefined,
    sites: decided.workable.map((site) => ({ id: site.id, name: site.name })),
  };
}

/** Remembers the person's choice of site; the caller has checked they may work there. */
export function rememberAdminSite(request: FastifyRequest, reply: FastifyReply, userId: string, siteId: string): void {
  reply.setCookie(ADMIN_SITE_COOKIE, `${userId}:${siteId}`, {
    path: '/admin', httpOnly: true, sameSite: 'lax', secure: secureCookies(request), signed: true, maxAge: REMEMBER_SECONDS,
  });
}

/** Gives every signed-in /admin page the header's site picker (AdminLayout reads `user.siteChoice`). */
export function installAdminSiteChoice(app: FastifyInstance, deps: Deps): void {
  app.addHook('preHandler', async (request) => {
    if (!request.staff || !request.url.startsWith('/admin')) return;
    request.staff.user.siteChoice = await adminSiteChoice(deps, request);
  });
}
