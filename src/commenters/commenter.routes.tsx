// Bans and per-commenter pre-moderation, for comment.moderate on the admin's site:
// POST /admin/moderation/ban and /premoderate (from a comment in the queue), GET
// /admin/moderation/bans, POST /admin/moderation/bans/:id/lift and
// /admin/moderation/premoderation/end. Every change is logged in its transaction.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { requireStaff, staffOf } from '../accounts/require-staff.ts';
import { adminSite } from '../admin/admin-site.ts';
import { formString } from '../admin/forms.tsx';
import { sendAdminPage } from '../admin/reply.tsx';
import { badRequest, forbidden, notFound } from '../http/errors.ts';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { moderationMessagesIn, type ModerationKey, type ModerationMessages } from '../moderation/moderation-words.ts';
import type { Site } from '../sites/site.queries.ts';
import {
  banCommenter, endPremoderation, liftBan, premoderateCommenter, readCommenterRequest, safeBack, type Acting,
} from './commenter-actions.ts';
import {
  findCommentAuthor, listActiveBans, listCommenterIdentities, listEndedBans, listPremoderated, type CommentAuthorRef,
} from './commenter.queries.ts';
import { BANS_PATH, CommenterBansPage } from './CommenterBansPage.tsx';
import { findModeratorScope, scopeAllows, type ModeratorScope } from './moderator-scope.queries.ts';

const LIST_LIMIT = 100;
const FLASH: Readonly<Record<string, ModerationKey>> = { lifted: 'flashLifted', ended: 'flashEnded', unchanged: 'flashUnchanged' };

interface Here { site: Site; acting: Acting; scope: ModeratorScope }

/** The moderator's words for the confirmation. Thrown errors stay English: the error page says them by code (http/error-text.ts). */
const wordsFor = (request: FastifyRequest): ModerationMessages => moderationMessagesIn(adminLocaleOf(request));

/** The admin's site and the moderator's scope there; a moderator kept off this site gets 403. */
async function here(deps: AppDeps, request: FastifyRequest): Promise<Here> {
  const site = await adminSite(deps, request);
  const user = staffOf(request);
  const scope = await findModeratorScope(deps.db, user.id, site.id);
  if (scope.kind === 'none') throw forbidden('You do not moderate this site.');
  return { site, acting: { siteId: site.id, actorId: user.id }, scope };
}

/** The comment's author on this site, within the moderator's languages. */
async function authorOf(deps: AppDeps, at: Here, commentId: string): Promise<CommentAuthorRef> {
  const author = await findCommentAuthor(deps.db, at.site.id, commentId);
  if (!author) throw notFound('comment');
  if (!scopeAllows(at.scope, author.locale)) throw forbidden('You do not moderate comments in this language.');
  return author;
}

/** Bans and pre-moderation hold for the whole site, in every language: only moderators of all of it list or end them. */
async function hereForWholeSite(deps: AppDeps, request: FastifyRequest): Promise<Here> {
  const at = await here(deps, request);
  if (at.scope.kind === 'locales') throw forbidden('Bans and pre-moderation apply in every language of the site: only moderators of all its languages can list or end them.');
  return at;
}

/** Back to where the moderator acted, with the confirmation the queue shows. */
function withDone(back: string, done: 'banned' | 'premoderated'): string {
  const [path, hash] = back.split('#');
  const query = path!.includes('?') ? '&' : '?';
  return `${path}${query}done=${done}${hash ? `#${hash}` : ''}`;
}

const doneHref = (body: unknown, done: string) => safeBack(formString(body, 'back'), `${BANS_PATH}?done=${done}`);

export async function commenterRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const guard = { preHandler: requireStaff('comment.moderate') };

  app.post('/admin/moderation/ban', guard, async (request, reply) => {
    const at = await here(deps, request);
    const asked = readCommenterRequest(request.body);
    await banCommenter(deps, at.acting, asked, await authorOf(deps, at, asked.commentId));
    return reply.redirect(withDone(asked.back, 'banned'), 303);
  });

  app.post('/admin/moderation/premoderate', guard, async (request, reply) => {
    const at = await here(deps, request);
    const asked = readCommenterRequest(request.body);
    await premoderateCommenter(deps, at.acting, asked, await authorOf(deps, at, asked.commentId));
    return reply.redirect(withDone(asked.back, 'premoderated'), 303);
  });

  app.get(BANS_PATH, guard, async (request, reply) => {
    const at = await hereForWholeSite(deps, request);
    const now = deps.clock.now().toISOString();
    const [active, ended, premoderated] = [
      await listActiveBans(deps.db, at.site.id, now, LIST_LIMIT), await listEndedBans(deps.db, at.site.id, now, LIST_LIMIT),
      await listPremoderated(deps.db, at.site.id, now, LIST_LIMIT),
    ];
    const hashes = [...active, ...ended].map((b) => b.emailHash).filter((h): h is string => h !== null).concat(premoderated.map((p) => p.emailHash));
    const done = formString(request.query, 'done');
    const flash = Object.hasOwn(FLASH, done) ? wordsFor(request)[FLASH[done]!] : undefined;
    return sendAdminPage(reply, (
      <CommenterBansPage user={staffOf(request)} csrfToken={request.staff!.csrfToken} active={active} ended={ended} premoderated={premoderated}
        identities={await listCommenterIdentities(deps.db, at.site.id, hashes)} now={now} flash={flash} />
    ));
  });

  app.post<{ Params: { id: string } }>(`${BANS_PATH}/:id/lift`, guard, async (request, reply) => {
    const at = await hereForWholeSite(deps, request);
    const outcome = await liftBan(deps, at.acting, request.params.id);
    if (outcome === 'not_found') throw notFound('ban');
    return reply.redirect(doneHref(request.body, outcome), 303);
  });

  app.post('/admin/moderation/premoderation/end', guard, async (request, reply) => {
    const at = await hereForWholeSite(deps, request);
    const hash = formString(request.body, 'commenter');
    if (!/^[\w-]{1,128}$/.test(hash)) throw badRequest('invalid_commenter', 'Say which commenter’s pre-moderation to end.');
    const outcome = await endPremoderation(deps, at.acting, hash);
    return reply.redirect(doneHref(request.body, outcome), 303);
  });
}
