// A reader submits a comment: is the thread open, is the form genuine and old enough,
// are the fields right, is this a repeat (double click, retried POST: answer as the first
// time), too frequent, or the same text again; then store it, pending or visible by the
// article's moderation mode. Checks that cost nothing come first; the database is asked
// only about submissions that passed them. Never logs the email or the text.
import { createHmac } from 'node:crypto';
import type { AppDeps } from '../app-deps.ts';
import type { CommentStatus } from '../db/database.ts';
import type { PublishedArticle } from '../public/public-content.ts';
import { emailHash, ipHash, normaliseEmail, textHash } from '../readers/fingerprints.ts';
import type { Site } from '../sites/site.queries.ts';
import { effectiveCommentMode } from './comment-mode.ts';
import { checkFields, type CommentSubmission, type FieldErrors } from './comment-input.ts';
import { commentFormMessagesFor, retryMessage } from './comment-form.messages.ts';
import { findBySubmissionKey, findRecentDuplicate, type StoredCommentRef } from './comment.queries.ts';
import { storeComment } from './comment-store.ts';
import { findReplyTarget, type ReplyTarget } from './comment-submit.queries.ts';
import { mintFormToken, readFormToken, type FormToken } from './form-token.ts';

export type SubmitDeps = Pick<AppDeps, 'db' | 'pageCache' | 'clock' | 'ids' | 'secret' | 'config' | 'rateLimiter'>;

export type RefusalCode =
  | 'invalid_comment' | 'comment_too_long' | 'form_expired' | 'too_fast' | 'honeypot'
  | 'rate_limited' | 'duplicate_comment' | 'comments_closed' | 'parent_not_found';

export interface Refusal {
  status: 400 | 403 | 409 | 429;
  code: RefusalCode;
  /** The one message for the whole submission (the first problem). */
  message: string;
  /** Messages by field, when fields are at fault. */
  fields: FieldErrors;
  retryAfterSeconds?: number;
}

/** What re-showing the form needs: the token to carry (the same one while it is valid) and the comment answered. */
export interface FormAgain { token: string; replyTo?: { id: string; authorName: string } }

export type SubmitOutcome =
  | { kind: 'stored'; comment: StoredCommentRef; repeated: boolean }
  | { kind: 'refused'; refusal: Refusal; form: FormAgain };

export interface SubmitContext {
  site: Site;
  locale: string;
  article: PublishedArticle;
  ip: string;
  /** Records the reader (sets their cookie) and gives their id; called only for an accepted comment. */
  reader: () => string;
}

const RATE_WINDOW_MS = 10 * 60 * 1000;
const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** One comment per form render, address and text: the same three again are the same submission. */
export function submissionKey(secret: string, articleId: string, token: FormToken, email: string, body: string): string {
  return createHmac('sha256', secret)
    .update(`comment-submission\n${articleId}\n${token.issuedAt}.${token.nonce}\n${normaliseEmail(email)}\n${body}`)
    .digest('base64url');
}

interface Checked { token: FormToken; parent?: ReplyTarget }

function refuse(status: Refusal['status'], code: RefusalCode, message: string, fields: FieldErrors = {}): Refusal {
  return { status, code, message, fields };
}

/** The checks that need no more than the form, the token and (for replies) the comment answered. */
async function checkForm(deps: SubmitDeps, ctx: SubmitContext, form: CommentSubmission): Promise<{ ok: Checked } | { refusal: Refusal; parent?: ReplyTarget; token?: FormToken }> {
  const m = commentFormMessagesFor(ctx.locale);
  const token = readFormToken(deps.secret, ctx.article.id, form.token);
  const parent = form.parentId ? await findReplyTarget(deps.db, ctx.article.id, form.parentId.slice(0, 100)) : undefined;
  const { errors, tooLong } = checkFields(form.values, ctx.locale);
  const first = Object.values(errors)[0];
  const partial = { parent, token };
  if (form.website !== '') return { refusal: refuse(400, 'honeypot', m.honeypotFilled, errors), ...partial };
  if (!token) return { refusal: refuse(400, 'form_expired', m.formExpired, errors), ...partial };
  if (first) return { refusal: refuse(400, tooLong ? 'comment_too_long' : 'invalid_comment', first, errors), ...partial };
  if (form.parentId && !parent) return { refusal: refuse(400, 'parent_not_found', m.parentNotFound), ...partial };
  if (deps.clock.now().getTime() - token.issuedAt < deps.config.commentMinSeconds * 1000) {
    return { refusal: refuse(400, 'too_fast', m.tooFast), ...partial };
  }
  return { ok: { token, parent } };
}

/** The longer wait when the address or the email has used its comments for this window. */
async function rateLimited(deps: SubmitDeps, ip: string, email: string): Promise<number | undefined> {
  const { commentRateLimit, commentEmailRateLimit } = deps.config;
  const [byIp, byEmail] = await Promise.all([
    deps.rateLimiter.peek(`comment:ip:${ip}`, commentRateLimit, RATE_WINDOW_MS),
    deps.rateLimiter.peek(`comment:email:${email}`, commentEmailRateLimit, RATE_WINDOW_MS),
  ]);
  if (byIp.allowed && byEmail.allowed) return undefined;
  return Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds);
}

async function countStored(deps: SubmitDeps, ip: string, email: string): Promise<void> {
  await Promise.all([
    deps.rateLimiter.hit(`comment:ip:${ip}`, deps.config.commentRateLimit, RATE_WINDOW_MS),
    deps.rateLimiter.hit(`comment:email:${email}`, deps.config.commentEmailRateLimit, RATE_WINDOW_MS),
  ]);
}

export async function submitComment(deps: SubmitDeps, ctx: SubmitContext, form: CommentSubmission): Promise<SubmitOutcome> {
  const m = commentFormMessagesFor(ctx.locale);
  const now = deps.clock.now();
  const { article } = ctx;
  const mode = effectiveCommentMode({ site: ctx.site, section: article.commentModes.section, article: article.commentModes.article, publishedAt: article.publishedAt }, now);
  if (mode.mode === 'closed') return { kind: 'refused', refusal: refuse(403, 'comments_closed', m.closed), form: { token: '' } };

  const checked = await checkForm(deps, ctx, form);
  if ('refusal' in checked) {
    const token = checked.token ? form.token : mintFormToken(deps.secret, article.id, now);
    const replyTo = checked.parent && { id: checked.parent.id, authorName: checked.parent.authorName };
    return { kind: 'refused', refusal: checked.refusal, form: { token, ...(replyTo ? { replyTo } : {}) } };
  }
  const { token, parent } = checked.ok;
  const again: FormAgain = { token: form.token, ...(parent ? { replyTo: { id: parent.id, authorName: parent.authorName } } : {}) };
  const { values } = form;
  const key = submissionKey(deps.secret, article.id, token, values.email, values.body);
  const hashes = { email: emailHash(deps.secret, values.email), body: textHash(values.body), ip: ipHash(deps.secret, ctx.ip) };

  // The same text from the same address within a day: a retry of this very submission is
  // answered as the first time; anything else is a duplicate.
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString();
  if (await findRecentDuplicate(deps.db, hashes.email, hashes.body, since)) {
    const earlier = await findBySubmissionKey(deps.db, key);
    if (earlier) {
      ctx.reader();
      return { kind: 'stored', comment: earlier, repeated: true };
    }
    return { kind: 'refused', refusal: refuse(409, 'duplicate_comment', m.duplicate), form: again };
  }
  const wait = await rateLimited(deps, hashes.ip, hashes.email);
  if (wait !== undefined) {
    return { kind: 'refused', refusal: { ...refuse(429, 'rate_limited', retryMessage(ctx.locale, wait)), retryAfterSeconds: wait }, form: again };
  }

  const status: CommentStatus = mode.mode === 'post' ? 'approved' : 'pending';
  const id = deps.ids.next();
  const at = now.toISOString();
  const stored = await storeComment(deps, {
    id, site_id: ctx.site.id, article_id: article.id, parent_id: parent?.id ?? null, thread_id: parent?.threadId ?? id,
    depth: parent ? parent.depth + 1 : 0, locale: ctx.locale, author_name: values.name, author_email: values.email,
    email_hash: hashes.email, ip_hash: hashes.ip, reader_id: ctx.reader(), body: values.body, body_hash: hashes.body,
    submission_key: key, status, created_at: at, updated_at: at, moderated_at: null, moderated_by: null, version: 1,
  }, { siteId: ctx.site.id, locale: ctx.locale, slug: article.slug });
  if (stored.kind === 'stored') await countStored(deps, hashes.ip, hashes.email);
  return { kind: 'stored', comment: stored.comment, repeated: stored.kind === 'already_stored' };
}
