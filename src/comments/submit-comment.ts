// A reader submits a comment: is the address within its attempts, is the thread open, is
// the form genuine and old enough, are the fields right, is this a repeat (double click,
// retried POST: answer as the first time), too frequent, or the same text again; then
// screen it (screen-submission.ts: a banned commenter is refused; the verdict and the
// article's mode decide rejected, held, pending or visible) and store it. Checks that cost
// nothing come first; the database is asked only about submissions that passed them.
// Never logs the email or the text.
import { createHmac } from 'node:crypto';
import type { AppDeps } from '../app-deps.ts';
import type { PublishedArticle } from '../public/public-content.ts';
import { emailHash, ipHash, normaliseEmail, textHash } from '../readers/fingerprints.ts';
import type { Site } from '../sites/site.queries.ts';
import { effectiveCommentMode } from './comment-mode.ts';
import { checkFields, type CommentSubmission, type FieldErrors } from './comment-input.ts';
import { bannedMessage, commentFormMessagesFor, rejectedMessage, retryMessage } from './comment-form.messages.ts';
import { isRejectReason } from '../moderation/reject-reasons.ts';
import { screenSubmission, type Screened } from './screen-submission.ts';
import { findBySubmissionKey, findRecentDuplicate, type NewCommentRow, type StoredCommentRef } from './comment.queries.ts';
import { storeComment } from './comment-store.ts';
import { findReplyTarget, type ReplyTarget } from './thread.queries.ts';
import { countComment } from './comment-rate-limits.ts';
import { mintFormToken, readFormToken, type FormToken } from './form-token.ts';
import type { CommentStatus } from '../db/database.ts';
import type { CommentOutcomeLabel } from '../operations/metrics.ts';

export type SubmitDeps = Pick<AppDeps, 'db' | 'pageCache' | 'clock' | 'ids' | 'secret' | 'config' | 'rateLimiter' | 'events' | 'metrics'>;

export type RefusalCode =
  | 'invalid_comment' | 'comment_too_long' | 'form_expired' | 'too_fast' | 'honeypot'
  | 'rate_limited' | 'duplicate_comment' | 'comments_closed' | 'parent_not_found'
  | 'commenter_banned' | 'comment_rejected';

export interface Refusal {
  status: 400 | 403 | 409 | 422 | 429;
  code: RefusalCode;
  /** The one message for the whole submission (the first problem). */
  message: string;
  /** Messages by field, when fields are at fault. */
  fields: FieldErrors;
  retryAfterSeconds?: number;
  /** Machine-readable facts for JSON clients: the reject reason code, or until when a ban runs (null: no end). */
  details?: { reason?: string | null; until?: string | null };
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
  /** Set when this address is over its attempts limit (comment-rate-limits.ts countAttempt): the seconds to wait. */
  attemptsWait?: number;
}

const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** One comment per form token, address and text: the same three again are the same submission. */
export function submissionKey(secret: string, articleId: string, token: FormToken, email: string, body: string): string {
  return createHmac('sha256', secret)
    .update(`comment-submission\n${articleId}\n${token.issuedAt}.${token.nonce}\n${normaliseEmail(email)}\n${body}`)
    .digest('base64url');
}

/**
 * Whether a form is sent sooner than a person could have written it. An exact token
 * (fetched by the island when the reader started on the form) dates from that very
 * moment; a page token only from the start of its render minute, and a cached page may
 * be much older than the visit, so for readers without JavaScript this only catches a
 * post within the first seconds of a fresh render (docs/decisions/0005, point 3).
 */
export function sentTooSoon(token: FormToken, now: Date, minSeconds: number): boolean {
  return now.getTime() - token.issuedAt < minSeconds * 1000;
}

interface Checked { token: FormToken; parent?: ReplyTarget }
type CheckResult = { ok: Checked } | { refusal: Refusal; parent?: ReplyTarget; token?: FormToken };

function refuse(status: Refusal['status'], code: RefusalCode, message: string, fields: FieldErrors = {}): Refusal {
  return { status, code, message, fields };
}

function refused(refusal: Refusal, form: FormAgain): SubmitOutcome {
  return { kind: 'refused', refusal, form };
}

export function rateLimitRefusal(locale: string, wait: number): Refusal {
  return { ...refuse(429, 'rate_limited', retryMessage(locale, wait)), retryAfterSeconds: wait };
}

/** Screening (or a moderator, for the same text sent again) turned the comment down: 422, the form with the text kept. */
export function rejectedRefusal(locale: string, reason: string | null): Refusal {
  const known = reason !== null && isRejectReason(reason) ? reason : null;
  return { ...refuse(422, 'comment_rejected', rejectedMessage(locale, known)), details: { reason: known } };
}

export function bannedRefusal(locale: string, until: string | null): Refusal {
  return { ...refuse(403, 'commenter_banned', bannedMessage(locale, until)), details: { until } };
}

/** The checks that need no more than the form, the token and (for replies) the comment answered. */
async function checkForm(deps: SubmitDeps, ctx: SubmitContext, form: CommentSubmission): Promise<CheckResult> {
  const m = commentFormMessagesFor(ctx.locale);
  const token = readFormToken(deps.secret, ctx.article.id, form.token);
  const parent = form.parentId ? await findReplyTarget(deps.db, ctx.article.id, form.parentId.slice(0, 100)) : undefined;
  const { errors, tooLong } = checkFields(form.values, ctx.locale);
  const first = Object.values(errors)[0];
  const partial = { parent, token };
  if (form.website !== '') return { refusal: refuse(400, 'honeypot', m.honeypotFilled, errors), ...partial };
  // The code stays form_expired (clients rely on it), though tokens never expire: it was forged, damaged or another article's.
  if (!token) return { refusal: refuse(400, 'form_expired', m.formNotChecked, errors), ...partial };
  if (first) return { refusal: refuse(400, tooLong ? 'comment_too_long' : 'invalid_comment', first, errors), ...partial };
  if (form.parentId && !parent) return { refusal: refuse(400, 'parent_not_found', m.parentNotFound), ...partial };
  if (sentTooSoon(token, deps.clock.now(), deps.config.commentMinSeconds)) return { refusal: refuse(400, 'too_fast', m.tooFast), ...partial };
  return { ok: { token, parent } };
}

/** The form again: the reader's token while it is genuine (it keeps a retry one comment), else a fresh page token. */
function formAgain(deps: SubmitDeps, ctx: SubmitContext, form: CommentSubmission, known: { token?: FormToken; parent?: ReplyTarget }): FormAgain {
  const token = known.token ? form.token : mintFormToken(deps.secret, ctx.article.id, deps.clock.now());
  return { token, ...(known.parent ? { replyTo: { id: known.parent.id, authorName: known.parent.authorName } } : {}) };
}

/** The form for an address over its attempts: no checks beyond what showing it again needs (token, comment answered). */
async function formAfterFlood(deps: SubmitDeps, ctx: SubmitContext, form: CommentSubmission): Promise<FormAgain> {
  const token = readFormToken(deps.secret, ctx.article.id, form.token);
  const parent = form.parentId ? await findReplyTarget(deps.db, ctx.article.id, form.parentId.slice(0, 100)) : undefined;
  return formAgain(deps, ctx, form, { token, parent });
}

/** A submission that passed the checks, with what the remaining steps need. */
interface Accepted {
  form: CommentSubmission;
  parent?: ReplyTarget;
  key: string;
  hashes: { email: string; body: string; ip: string };
  again: FormAgain;
}

function accept(deps: SubmitDeps, ctx: SubmitContext, form: CommentSubmission, checked: Checked): Accepted {
  const { values } = form;
  return {
    form,
    parent: checked.parent,
    key: submissionKey(deps.secret, ctx.article.id, checked.token, values.email, values.body),
    hashes: { email: emailHash(deps.secret, values.email), body: textHash(values.body), ip: ipHash(deps.secret, ctx.ip) },
    again: formAgain(deps, ctx, form, checked),
  };
}

/**
 * The same text from the same address within a day: a retry of this very submission is
 * answered as the first time; anything else is a duplicate. Undefined: no such comment.
 * (A cheap indexed read; the guard in storeAccepted closes the race it leaves open.)
 */
async function earlierSubmission(deps: SubmitDeps, ctx: SubmitContext, a: Accepted): Promise<SubmitOutcome | undefined> {
  const since = new Date(deps.clock.now().getTime() - DUPLICATE_WINDOW_MS).toISOString();
  const duplicate = await findRecentDuplicate(deps.db, a.hashes.email, a.hashes.body, since);
  if (!duplicate) return undefined;
  // Sent again after it was turned down (perhaps with a fresh token): say why again, not "already posted".
  if (duplicate.status === 'rejected') return refused(rejectedRefusal(ctx.locale, duplicate.rejectReason), a.again);
  const earlier = await findBySubmissionKey(deps.db, a.key);
  if (!earlier) return refused(refuse(409, 'duplicate_comment', commentFormMessagesFor(ctx.locale).duplicate), a.again);
  ctx.reader();
  return { kind: 'stored', comment: earlier, repeated: true };
}

function commentRow(deps: SubmitDeps, ctx: SubmitContext, a: Accepted, screened: Screened): NewCommentRow {
  const id = deps.ids.next();
  const at = deps.clock.now().toISOString();
  const { values } = a.form;
  const { parent } = a;
  return {
    id, site_id: ctx.site.id, article_id: ctx.article.id, parent_id: parent?.id ?? null, thread_id: parent?.threadId ?? id,
    depth: parent ? parent.depth + 1 : 0, locale: ctx.locale, author_name: values.name, author_email: values.email,
    email_hash: a.hashes.email, ip_hash: a.hashes.ip, reader_id: ctx.reader(), body: values.body, body_hash: a.hashes.body,
    submission_key: a.key, status: screened.status, queue: screened.queue, reject_reason: screened.rejectReason,
    risk: screened.risk, screening: screened.screening, created_at: at, updated_at: at, moderated_at: null, moderated_by: null, version: 1,
  };
}

/** The /metrics label of a newly stored comment (serai_comments_posted_total{outcome}). */
const POSTED_AS: Record<CommentStatus, CommentOutcomeLabel> = { approved: 'published', pending: 'held', rejected: 'rejected', spam: 'rejected' };

/**
 * Stores, claiming the duplicate guard for (email, text) in the same transaction: of two
 * concurrent submissions of the same text with different tokens only one stores; the same
 * submission twice may both claim, and the unique submission_key makes them one comment.
 */
async function storeAccepted(deps: SubmitDeps, ctx: SubmitContext, a: Accepted, screened: Screened): Promise<SubmitOutcome> {
  const now = deps.clock.now();
  const guard = { now: now.toISOString(), expiresAt: new Date(now.getTime() + DUPLICATE_WINDOW_MS).toISOString() };
  const page = { siteId: ctx.site.id, locale: ctx.locale, slug: ctx.article.slug };
  // The log entry (screening held or rejected it) lands in the insert's transaction; a repeat writes neither.
  const stored = await storeComment(deps, commentRow(deps, ctx, a, screened), page, guard, screened.log);
  if (stored.kind === 'duplicate') return refused(refuse(409, 'duplicate_comment', commentFormMessagesFor(ctx.locale).duplicate), a.again);
  if (stored.kind === 'stored') deps.metrics.commentPosted(POSTED_AS[stored.comment.status]);
  // Kept for the moderators (and the log), but the reader is told it will not appear, with the text to change.
  if (stored.comment.status === 'rejected') return refused(rejectedRefusal(ctx.locale, screened.rejectReason), a.again);
  return { kind: 'stored', comment: stored.comment, repeated: stored.kind === 'already_stored' };
}

/** Screens an accepted submission and stores it where the verdict puts it; a banned commenter is refused. */
async function screenAndStore(deps: SubmitDeps, ctx: SubmitContext, a: Accepted, mode: 'pre' | 'post'): Promise<SubmitOutcome> {
  const { values } = a.form;
  const decision = await screenSubmission(deps, {
    who: { siteId: ctx.site.id, articleId: ctx.article.id, emailHash: a.hashes.email, ipHash: a.hashes.ip, bodyHash: a.hashes.body },
    text: values.body, authorName: values.name, locale: ctx.locale, mode,
  });
  if (decision.kind === 'banned') return refused(bannedRefusal(ctx.locale, decision.until), a.again);
  return storeAccepted(deps, ctx, a, decision.screened);
}

function modeOf(ctx: SubmitContext, now: Date) {
  const { article } = ctx;
  return effectiveCommentMode({ site: ctx.site, section: article.commentModes.section, article: article.commentModes.article, publishedAt: article.publishedAt }, now).mode;
}

export async function submitComment(deps: SubmitDeps, ctx: SubmitContext, form: CommentSubmission): Promise<SubmitOutcome> {
  const mode = modeOf(ctx, deps.clock.now());
  if (mode === 'closed') return refused(refuse(403, 'comments_closed', commentFormMessagesFor(ctx.locale).closed), { token: '' });
  if (ctx.attemptsWait !== undefined) return refused(rateLimitRefusal(ctx.locale, ctx.attemptsWait), await formAfterFlood(deps, ctx, form));
  const checked = await checkForm(deps, ctx, form);
  if ('refusal' in checked) return refused(checked.refusal, formAgain(deps, ctx, form, checked));
  const accepted = accept(deps, ctx, form, checked.ok);
  const earlier = await earlierSubmission(deps, ctx, accepted);
  if (earlier) return earlier;
  // Counted before storing (comment-rate-limits.ts says why).
  const wait = await countComment(deps, accepted.hashes);
  if (wait !== undefined) return refused(rateLimitRefusal(ctx.locale, wait), accepted.again);
  return screenAndStore(deps, ctx, accepted, mode);
}
