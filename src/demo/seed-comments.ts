// Readers' comments on a few demo articles, and the Comment Policy in both languages,
// through the product's own functions: storeComment (counters, cached pages),
// moderateComment (the editor's decisions, made a little after each comment arrived)
// and saveCommentPolicies. Whether a new comment waits for a moderator follows the real
// rules (effectiveCommentMode): Society is under post-moderation, the rest under pre.
import type { AppDeps } from '../app-deps.ts';
import { findEditableArticle, type EditableArticle } from '../articles/article.queries.ts';
import { effectiveCommentMode } from '../comments/comment-mode.ts';
import { moderateComment, storeComment } from '../comments/comment-store.ts';
import { saveCommentPolicies } from '../comment-policy/save-comment-policy.ts';
import type { CommentStatus } from '../db/database.ts';
import type { manualClock } from '../lib/clock.ts';
import { emailHash, ipHash, textHash } from '../readers/fingerprints.ts';
import { riskOf, toStoredScreening } from '../screening/stored-screening.ts';
import { loadSiteScreening, screeningLanguage, screenText } from '../screening-settings/site-screening.ts';
import { listSites } from '../sites/site.queries.ts';
import { DEMO_POLICIES, DEMO_SECTIONS, DEMO_STORIES, type DemoComment, type DemoDiscussion } from './content/index.ts';
import type { Newsroom } from './seed-newsroom.ts';
import { articleKey } from './seed-stories.ts';

export type CommentDeps = Pick<AppDeps, 'db' | 'ids' | 'pageCache' | 'secret' | 'events'> & { clock: ReturnType<typeof manualClock> };

export interface SeededComments { comments: number; pending: number }

const MINUTE = 60_000;
/** How long after a comment arrives the editor decides on it. */
const DECIDED_AFTER_MS = 10 * MINUTE;

interface Placed { id: string; threadId: string; depth: number }

/** A discussion the product refused means the demo data is wrong: fail loudly. */
function fail(what: string): never {
  throw new Error(`demo comments: ${what}`);
}

async function publishedArticle(deps: CommentDeps, articleIds: Record<string, string>, discussion: DemoDiscussion): Promise<EditableArticle & { publishedAt: string }> {
  const id = articleIds[articleKey(discussion.story, discussion.locale)] ?? fail(`no article ${discussion.story} (${discussion.locale})`);
  const article = await findEditableArticle(deps.db, id);
  if (!article || article.status !== 'published' || !article.publishedAt) fail(`${discussion.story} (${discussion.locale}) is not published`);
  return { ...article, publishedAt: article.publishedAt };
}

/** The status a comment gets on arrival, by the moderation mode in force for its article then. */
async function arrivalStatus(deps: CommentDeps, article: EditableArticle & { publishedAt: string }, storyKey: string, at: Date): Promise<CommentStatus> {
  const site = (await listSites(deps.db)).find((s) => s.id === article.siteId) ?? fail('no demo site');
  const section = DEMO_SECTIONS.find((s) => s.key === DEMO_STORIES.find((story) => story.key === storyKey)?.section);
  const mode = effectiveCommentMode({ site, section: section?.commentMode ?? null, article: article.commentMode, publishedAt: article.publishedAt }, at);
  if (mode.mode === 'closed') fail(`${storyKey} is closed for comments`);
  return mode.mode === 'post' ? 'approved' : 'pending';
}

async function seedDiscussion(deps: CommentDeps, room: Newsroom, discussion: DemoDiscussion, articleIds: Record<string, string>, anchor: Date): Promise<SeededComments> {
  const article = await publishedArticle(deps, articleIds, discussion);
  const page = { siteId: article.siteId, locale: article.locale, slug: article.slug };
  const placed = new Map<string, Placed>();
  const readers = new Map<string, string>();
  let pending = 0;
  for (const comment of discussion.comments) {
    const at = new Date(Date.parse(article.publishedAt) + comment.minutes * MINUTE);
    if (at.getTime() + DECIDED_AFTER_MS >= anchor.getTime()) fail(`"${comment.key}" would be written in the future`);
    deps.clock.set(at);
    const arrival = await arrivalStatus(deps, article, discussion.story, at);
    const parent = comment.replyTo ? placed.get(comment.replyTo) ?? fail(`"${comment.key}" answers an unknown comment`) : undefined;
    const readerId = readers.get(comment.email) ?? deps.ids.next();
    readers.set(comment.email, readerId);
    const { id, status } = await store(deps, { comment, at, arrival, parent, readerId, readerNumber: readers.size, locale: article.locale, siteId: article.siteId, articleId: article.id }, page);
    placed.set(comment.key, { id, threadId: parent?.threadId ?? id, depth: parent ? parent.depth + 1 : 0 });
    if (comment.state !== status) await decide(deps, room, id, comment, at);
    if (comment.state === 'pending') pending++;
  }
  return { comments: discussion.comments.length, pending };
}

export interface Arrival {
  comment: DemoComment; at: Date; arrival: CommentStatus; parent: Placed | undefined; readerId: string; readerNumber: number;
  locale: string; siteId: string; articleId: string;
}

/** Screened as the site screens a submission: a held comment waits in the Held queue, with its reasons. */
async function screened(deps: CommentDeps, a: Arrival): Promise<{ risk: number; screening: string; held: boolean }> {
  const site = await loadSiteScreening(deps.db, a.siteId, deps.clock);
  const result = screenText(site, { text: a.comment.body, authorName: a.comment.name, language: a.locale, now: a.at });
  if (result.outcome === 'reject') fail(`"${a.comment.key}" is rejected by screening; the demo shows held and moderated comments only`);
  const stored = toStoredScreening(result, screeningLanguage(a.comment.body, a.locale));
  return { risk: riskOf(result.score), screening: JSON.stringify(stored), held: result.outcome === 'hold' };
}

export async function store(deps: CommentDeps, a: Arrival, page: { siteId: string; locale: string; slug: string }): Promise<{ id: string; status: CommentStatus }> {
  const id = deps.ids.next();
  const iso = a.at.toISOString();
  const { risk, screening, held } = await screened(deps, a);
  const outcome = await storeComment(deps, {
    id, site_id: a.siteId, article_id: a.articleId, parent_id: a.parent?.id ?? null, thread_id: a.parent?.threadId ?? id,
    depth: a.parent ? a.parent.depth + 1 : 0, locale: a.locale, author_name: a.comment.name, author_email: a.comment.email,
    email_hash: emailHash(deps.secret, a.comment.email), ip_hash: ipHash(deps.secret, `198.51.100.${a.readerNumber}`),
    reader_id: a.readerId, body: a.comment.body, body_hash: textHash(a.comment.body), submission_key: `demo-${id}`,
    status: held ? 'pending' : a.arrival, created_at: iso, updated_at: iso, moderated_at: null, moderated_by: null, version: 1,
    risk, screening, queue: held ? 'held' : undefined,
  }, page, undefined, held ? { action: 'screening_hold', detail: `score ${(risk / 10_000).toFixed(2)}` } : undefined);
  if (outcome.kind !== 'stored') fail(`"${a.comment.key}" was not stored`);
  return { id, status: outcome.comment.status };
}

/** The editor's decision on a comment, a little after it arrived. */
async function decide(deps: CommentDeps, room: Newsroom, id: string, comment: DemoComment, at: Date): Promise<void> {
  if (comment.state === 'pending') fail(`"${comment.key}" cannot go back to pending`);
  deps.clock.set(new Date(at.getTime() + DECIDED_AFTER_MS));
  const reason = comment.state === 'rejected' ? 'personal_attack' : undefined;
  const result = await moderateComment(deps, { id, to: comment.state, actorId: room.userIds.editor ?? null, expectedVersion: 1, reason });
  if (result.kind !== 'changed') fail(`"${comment.key}" could not be moderated: ${result.kind}`);
}

/** Seeds every discussion; each comment moves the seed clock to its own moment. */
export async function seedComments(deps: CommentDeps, room: Newsroom, discussions: DemoDiscussion[], articleIds: Record<string, string>, anchor: Date): Promise<SeededComments> {
  const total: SeededComments = { comments: 0, pending: 0 };
  for (const discussion of discussions) {
    const seeded = await seedDiscussion(deps, room, discussion, articleIds, anchor);
    total.comments += seeded.comments;
    total.pending += seeded.pending;
  }
  return total;
}

/** The Comment Policy page in English and Russian, written by the admin when the newsroom was set up. */
export async function seedCommentPolicies(deps: CommentDeps, room: Newsroom): Promise<void> {
  const adminId = room.userIds.admin ?? fail('no demo admin');
  const result = await saveCommentPolicies(deps, room.siteId, adminId, DEMO_POLICIES);
  if (result.kind !== 'saved') fail(`the comment policy was refused: ${JSON.stringify(result.errors)}`);
}
