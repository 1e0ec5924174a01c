// POST /{locale}/articles/{slug}/comments: a reader's comment from the form on the
// (shared, cached) article page. CSRF by origin (docs/decisions/0005). Without
// JavaScript a stored comment answers 303 to itself on the article (a private render
// that shows it to its author even while it awaits moderation) and a refused one
// re-shows the form with the text kept (also a comment screening rejected, 422, and a
// banned commenter, 403); with `Accept: application/json`, JSON.
// GET /{locale}/articles/{slug}/comments/token: an exact-time form token for the
// comments island (never cached: it dates one reader's start on the form).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { findPublishedArticle } from '../articles/published-article.queries.ts';
import { commentPolicyUrl } from '../comment-policy/comment-policy-url.ts';
import { clientAssets, scriptUrl } from '../http/client-assets.ts';
import { wantsJson } from '../http/error-handler.ts';
import { notFound } from '../http/errors.ts';
import { articleUrl } from '../lib/urls.ts';
import { PRIVATE_CACHE_CONTROL } from '../public/page-response.ts';
import type { PublishedArticle } from '../public/public-content.ts';
import { assertPlausibleSlug, loadChrome, siteAndLocale } from '../public/public-site.ts';
import { rememberArticle } from '../readers/reader-cookie.ts';
import type { Site } from '../sites/site.queries.ts';
import { renderDocument } from '../views/render.tsx';
import { CommentFormPage } from './CommentFormPage.tsx';
import type { CommentFormProps } from './CommentForm.tsx';
import { commentLocation } from './comment-location.ts';
import { readCommentSubmission, type CommentSubmission } from './comment-input.ts';
import { countAttempt } from './comment-rate-limits.ts';
import { mintExactFormToken } from './form-token.ts';
import { submitComment, type FormAgain, type Refusal, type SubmitOutcome } from './submit-comment.ts';

interface Params { locale: string; slug: string }
type Request = FastifyRequest<{ Params: Params }>;

/** Refusals fully told by the messages beside the fields; others also get one for the whole form. */
const FIELD_CODES = new Set(['invalid_comment', 'comment_too_long']);

interface Refused { site: Site; locale: string; article: PublishedArticle; submission: CommentSubmission; refusal: Refusal; form: FormAgain }

/** The published article a request names, or 404. */
async function articleOf(deps: AppDeps, request: Request): Promise<{ site: Site; article: PublishedArticle }> {
  const { locale, slug } = request.params;
  const site = await siteAndLocale(deps, request, locale);
  assertPlausibleSlug(slug);
  const article = await findPublishedArticle(deps.db, site.id, locale, slug);
  if (!article) throw notFound();
  return { site, article };
}

function formProps(r: Refused): CommentFormProps {
  const path = articleUrl(r.locale, r.article.slug);
  return {
    action: `${path}/comments`, locale: r.locale, token: r.form.token, values: r.submission.values,
    errors: { ...r.refusal.fields, ...(FIELD_CODES.has(r.refusal.code) ? {} : { form: r.refusal.message }) },
    policyHref: commentPolicyUrl(r.locale),
    ...(r.form.replyTo ? { replyTo: r.form.replyTo, cancelReplyHref: `${path}#comments` } : {}),
  };
}

async function refusedPage(deps: AppDeps, r: Refused, scripts: string[]): Promise<string> {
  const chrome = await loadChrome(deps, r.site, r.locale);
  const closed = r.refusal.code === 'comments_closed';
  return renderDocument(
    <CommentFormPage chrome={chrome} article={r.article} scripts={scripts}
      closed={closed ? { message: r.refusal.message, text: r.submission.values.body } : undefined}
      form={closed ? undefined : formProps(r)} />,
  );
}

async function sendRefused(deps: AppDeps, scripts: string[], request: FastifyRequest, reply: FastifyReply, r: Refused): Promise<FastifyReply> {
  reply.code(r.refusal.status).header('cache-control', PRIVATE_CACHE_CONTROL);
  if (r.refusal.retryAfterSeconds !== undefined) reply.header('retry-after', String(r.refusal.retryAfterSeconds));
  if (wantsJson(request)) {
    const fields = Object.keys(r.refusal.fields).length ? { fields: r.refusal.fields } : {};
    // A rejected comment's answer names the reason code and where the Comment Policy is, as the page links it.
    const policy = r.refusal.code === 'comment_rejected' ? { policy: commentPolicyUrl(r.locale) } : {};
    return reply.send({ error: { code: r.refusal.code, message: r.refusal.message, ...fields, ...r.refusal.details, ...policy } });
  }
  return reply.type('text/html; charset=utf-8').send(await refusedPage(deps, r, scripts));
}

async function sendStored(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, article: PublishedArticle, outcome: Extract<SubmitOutcome, { kind: 'stored' }>) {
  reply.header('cache-control', PRIVATE_CACHE_CONTROL);
  if (wantsJson(request)) return reply.code(201).send({ comment: { id: outcome.comment.id, status: outcome.comment.status } });
  return reply.code(303).header('location', await commentLocation(deps.db, article, outcome.comment)).send();
}

export async function commentSubmitRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const assets = await clientAssets();
  const scripts = assets.has('comments') ? [scriptUrl(assets, 'comments')] : [];

  app.post<{ Params: Params }>('/:locale/articles/:slug/comments', { config: { csrf: 'same-origin' } }, async (request, reply) => {
    // Every POST counts, before anything else is looked at (comment-rate-limits.ts).
    const attemptsWait = await countAttempt(deps, request.ip);
    const { site, article } = await articleOf(deps, request);
    const { locale } = request.params;
    const submission = readCommentSubmission(request.body);
    const outcome = await submitComment(deps, {
      site, locale, article, ip: request.ip, attemptsWait, reader: () => rememberArticle(request, reply, article.id).id,
    }, submission);
    if (outcome.kind === 'refused') return sendRefused(deps, scripts, request, reply, { site, locale, article, submission, ...outcome });
    return sendStored(deps, request, reply, article, outcome);
  });

  app.get<{ Params: Params }>('/:locale/articles/:slug/comments/token', async (request, reply) => {
    const { article } = await articleOf(deps, request);
    reply.header('cache-control', PRIVATE_CACHE_CONTROL);
    return { token: mintExactFormToken(deps.secret, article.id, deps.clock.now()) };
  });
}
