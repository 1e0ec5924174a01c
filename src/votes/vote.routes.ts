// POST /{locale}/articles/{slug}/vote with `value` = yes | no. A form post (no JavaScript)
// is answered with a 303 back to the article's #reactions, where the now private render
// shows the counts; a fetch with `Accept: application/json` gets the vote and the counts.
// Either way the reader cookie is set. Checked by origin, not by token: the form sits on
// a shared cached page (docs/decisions/0005).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { findPublishedArticleId } from '../articles/published-article.queries.ts';
import { wantsJson } from '../http/error-handler.ts';
import { notFound } from '../http/errors.ts';
import { articleUrl } from '../lib/urls.ts';
import { assertPlausibleSlug, loadChrome, siteAndLocale } from '../public/public-site.ts';
import { ipHash, voterKey } from '../readers/fingerprints.ts';
import { rememberArticle } from '../readers/reader-cookie.ts';
import type { Site } from '../sites/site.queries.ts';
import { castVote } from './cast-vote.ts';
import { readVoteChoice, type VoteErrorJson, type VoteSuccessJson } from './vote-answer.ts';
import { t, writtenIn } from '../i18n/catalog.ts';
import { voteMessagesFor } from './vote.messages.ts';
import { retryWhen } from './vote-text.ts';
import { renderVoteProblem } from './VoteProblemPage.tsx';

const RATE_WINDOW_MS = 3600_000;

interface VoteParams { locale: string; slug: string }

interface Refusal { status: 400 | 429; code: string; title: string; message: string; retryAfterSeconds?: number }

/** A vote not counted: a JSON error for the island, else a page in the site's chrome with the way back. */
async function refuse(deps: AppDeps, request: FastifyRequest<{ Params: VoteParams }>, reply: FastifyReply, site: Site, refusal: Refusal): Promise<FastifyReply> {
  const { locale, slug } = request.params;
  reply.code(refusal.status).header('cache-control', 'no-store');
  if (refusal.retryAfterSeconds !== undefined) reply.header('retry-after', String(refusal.retryAfterSeconds));
  if (wantsJson(request)) {
    const retry = refusal.retryAfterSeconds !== undefined ? { retryAfterSeconds: refusal.retryAfterSeconds } : {};
    return reply.send({ error: { code: refusal.code, message: refusal.message, ...retry } } satisfies VoteErrorJson);
  }
  const chrome = await loadChrome(deps, site, locale);
  const html = renderVoteProblem(chrome, {
    title: refusal.title, message: refusal.message, articleHref: articleUrl(locale, slug), backLabel: voteMessagesFor(locale).backToArticle,
  });
  return reply.type('text/html; charset=utf-8').send(html);
}

export async function voteRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  app.post<{ Params: VoteParams }>('/:locale/articles/:slug/vote', { config: { csrf: 'same-origin' } }, async (request, reply) => {
    const { locale, slug } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    assertPlausibleSlug(slug);
    const m = voteMessagesFor(locale);
    // Counted before anything else, so even malformed votes cannot be sent without limit.
    const voterIp = ipHash(deps.secret, request.ip);
    const limit = await deps.rateLimiter.hit(`vote:ip:${voterIp}`, deps.config.voteRateLimit, RATE_WINDOW_MS);
    if (!limit.allowed) {
      return refuse(deps, request, reply, site, {
        status: 429, code: 'rate_limited', title: m.rateLimitedTitle,
        message: t(m, 'rateLimited', { when: retryWhen(writtenIn(m, 'rateLimited'), limit.retryAfterSeconds) }), retryAfterSeconds: limit.retryAfterSeconds,
      });
    }
    const choice = readVoteChoice(request.body);
    if (!choice) return refuse(deps, request, reply, site, { status: 400, code: 'invalid_vote', title: m.invalidTitle, message: m.invalidValue });
    const articleId = await findPublishedArticleId(deps.db, site.id, locale, slug);
    if (!articleId) throw notFound('article');
    const reader = rememberArticle(request, reply, articleId);
    const outcome = await castVote(deps, { articleId, readerId: voterKey(deps.secret, reader.id), choice, ipHash: voterIp });
    reply.header('cache-control', 'no-store');
    if (wantsJson(request)) return reply.send({ vote: outcome.vote, counts: outcome.counts } satisfies VoteSuccessJson);
    return reply.redirect(`${articleUrl(locale, slug)}#reactions`, 303);
  });
}
