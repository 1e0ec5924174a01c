// GET /{locale}/articles/{slug}/comments/{id}/report: the report form for one visible comment
// (private, no-store, noindex: it carries a token and is nobody's page to cache or index).
// POST the same address: the report is counted once per reader and per network, then a 303
// back to the article's thanks notice (?comment_reported=thanks|already#comments-reported,
// a notice that names no comment, so the shared page stays shared: docs/decisions/0005).
// Checked by origin like the vote and comment forms, plus the form's own token.
import { formString } from '../admin/forms.tsx';
import { COMMENT_ID } from '../comments/thread-query.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { findPublishedArticle } from '../articles/published-article.queries.ts';
import { REPORTED_PARAM } from '../comments/thread-query.ts';
import { notFound } from '../http/errors.ts';
import { PRIVATE_CACHE_CONTROL } from '../public/page-response.ts';
import { articleUrl } from '../lib/urls.ts';
import { assertPlausibleSlug, loadChrome, siteAndLocale } from '../public/public-site.ts';
import { ipHash } from '../readers/fingerprints.ts';
import { rememberArticle } from '../readers/reader-cookie.ts';
import type { Site } from '../sites/site.queries.ts';
import { renderDocument } from '../views/render.tsx';
import { retryWhen } from '../votes/vote-text.ts';
import { reportComment } from './report-comment.ts';
import { checkReportToken, mintReportToken, reporterKey } from './report-keys.ts';
import { t, writtenIn } from '../i18n/catalog.ts';
import { reportMessagesFor } from './report.messages.ts';
import { findReportableComment, type ReportableComment } from './report.queries.ts';
import { isReportReason, type ReportReason } from './report-reasons.ts';
import { ReportPage } from './ReportPage.tsx';
import { reportUrlFor } from './report-url.ts';

/** Reports counted per network (an IPv4 address or IPv6 /64) in this window; the limit is SERAI_COMMENT_RATE_LIMIT. */
export const REPORT_WINDOW_MS = 10 * 60_000;

interface ReportParams { locale: string; slug: string; id: string }
type ReportRequest = FastifyRequest<{ Params: ReportParams }>;

interface Target { site: Site; article: { id: string; headline: string }; comment: ReportableComment }

/** The published article and the visible comment the address names, or a 404. */
async function findTarget(deps: AppDeps, request: ReportRequest): Promise<Target> {
  const { locale, slug, id } = request.params;
  const site = await siteAndLocale(deps, request, locale);
  assertPlausibleSlug(slug);
  if (!COMMENT_ID.test(id)) throw notFound('comment');
  const article = await findPublishedArticle(deps.db, site.id, locale, slug);
  if (!article) throw notFound('article');
  const comment = await findReportableComment(deps.db, article.id, id);
  if (!comment) throw notFound('comment');
  return { site, article: { id: article.id, headline: article.headline }, comment };
}

interface FormState { status: number; chosen?: ReportReason; problem?: { code: string; message: string } }

async function sendForm(deps: AppDeps, request: ReportRequest, reply: FastifyReply, target: Target, state: FormState): Promise<FastifyReply> {
  const { locale, slug } = request.params;
  const chrome = await loadChrome(deps, target.site, locale);
  const html = renderDocument(
    <ReportPage chrome={chrome} article={{ headline: target.article.headline, href: articleUrl(locale, slug) }}
      comment={target.comment} action={reportUrlFor(locale, slug, target.comment.id)}
      token={mintReportToken(deps.secret, target.comment.id, deps.clock.now())}
      {...(state.chosen ? { chosen: state.chosen } : {})} {...(state.problem ? { problem: state.problem } : {})} />,
  );
  return reply.code(state.status).header('cache-control', PRIVATE_CACHE_CONTROL).header('x-robots-tag', 'noindex')
    .type('text/html; charset=utf-8').send(html);
}

export async function reportRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const path = '/:locale/articles/:slug/comments/:id/report';

  app.get<{ Params: ReportParams }>(path, async (request, reply) => {
    const target = await findTarget(deps, request);
    return sendForm(deps, request, reply, target, { status: 200 });
  });

  app.post<{ Params: ReportParams }>(path, { config: { csrf: 'same-origin' } }, async (request, reply) => {
    const { locale, slug } = request.params;
    const m = reportMessagesFor(locale);
    // Counted before anything else, so even malformed reports cannot be sent without limit.
    const network = ipHash(deps.secret, request.ip);
    const limit = await deps.rateLimiter.hit(`report:ip:${network}`, deps.config.commentRateLimit, REPORT_WINDOW_MS);
    const target = await findTarget(deps, request);
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      return sendForm(deps, request, reply, target, { status: 429, problem: { code: 'rate_limited', message: t(m, 'rateLimited', { when: retryWhen(writtenIn(m, 'rateLimited'), limit.retryAfterSeconds) }) } });
    }
    const reason = formString(request.body, 'reason');
    const chosen = isReportReason(reason) ? reason : undefined;
    if (!checkReportToken(deps.secret, target.comment.id, formString(request.body, 'token'))) {
      return sendForm(deps, request, reply, target, { status: 400, ...(chosen ? { chosen } : {}), problem: { code: 'form_expired', message: m.formProblem } });
    }
    if (!chosen) return sendForm(deps, request, reply, target, { status: 400, problem: { code: 'invalid_reason', message: m.chooseReason } });
    const reader = rememberArticle(request, reply, target.article.id);
    const outcome = await reportComment(deps, {
      comment: target.comment, readerKey: reporterKey(deps.secret, reader.id), ipHash: network, reason: chosen,
    });
    const notice = outcome.kind === 'already' ? 'already' : 'thanks';
    reply.header('cache-control', 'no-store');
    return reply.redirect(`${articleUrl(locale, slug)}?${REPORTED_PARAM}=${notice}#comments-reported`, 303);
  });
}
