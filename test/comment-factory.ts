// Test comments, stored through the product's own storeComment so the article's
// counters (visible / pending) stay right, as they would after a real submission.
// A test states only what it cares about: the article, and perhaps status, parent, text.
import type { AppDeps } from '../src/app-deps.ts';
import type { CommentStatus } from '../src/db/database.ts';
import { storeComment } from '../src/comments/comment-store.ts';
import type { NewCommentRow } from '../src/comments/comment.queries.ts';
import { emailHash, ipHash, textHash } from '../src/readers/fingerprints.ts';

type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'pageCache' | 'events'>;

export interface CommentFields {
  articleId: string;
  /** A reply to this comment: thread and depth follow from it. */
  parentId?: string | null;
  status?: CommentStatus;
  body?: string;
  authorName?: string;
  authorEmail?: string;
  readerId?: string;
  ip?: string;
  /** Default: now on the deps' clock. */
  createdAt?: string;
  submissionKey?: string;
}

const FACTORY_SECRET = 'test-secret-test-secret-test-secret-0123';

/** The row storeComment takes, with every column filled from the article (and parent) and sensible defaults. */
export async function commentRow(deps: Deps, fields: CommentFields): Promise<NewCommentRow> {
  const article = await deps.db.selectFrom('articles').select(['site_id', 'locale']).where('id', '=', fields.articleId).executeTakeFirstOrThrow();
  const parent = fields.parentId
    ? await deps.db.selectFrom('comments').select(['id', 'thread_id', 'depth']).where('id', '=', fields.parentId).executeTakeFirstOrThrow()
    : undefined;
  const id = deps.ids.next();
  const at = fields.createdAt ?? deps.clock.now().toISOString();
  const body = fields.body ?? 'The new terminal cut my wait from three hours to forty minutes.';
  const email = fields.authorEmail ?? `reader-${id.slice(-6)}@example.test`;
  return {
    id, site_id: article.site_id, article_id: fields.articleId, parent_id: parent?.id ?? null,
    thread_id: parent ? parent.thread_id : id, depth: parent ? Number(parent.depth) + 1 : 0, locale: article.locale,
    author_name: fields.authorName ?? 'Dana', author_email: email, email_hash: emailHash(FACTORY_SECRET, email),
    ip_hash: ipHash(FACTORY_SECRET, fields.ip ?? '192.0.2.10'), reader_id: fields.readerId ?? `reader-${id}`,
    body, body_hash: textHash(body), submission_key: fields.submissionKey ?? `test-${id}`,
    status: fields.status ?? 'approved', created_at: at, updated_at: at, moderated_at: null, moderated_by: null, version: 1,
  };
}

/** Stores a comment (approved unless told otherwise) and returns its row. */
export async function createComment(deps: Deps, fields: CommentFields): Promise<NewCommentRow> {
  const row = await commentRow(deps, fields);
  const article = await deps.db.selectFrom('articles').select(['site_id', 'locale', 'slug']).where('id', '=', fields.articleId).executeTakeFirstOrThrow();
  const outcome = await storeComment(deps, row, { siteId: article.site_id, locale: article.locale, slug: article.slug });
  if (outcome.kind !== 'stored') throw new Error(`test comment not stored: ${outcome.kind}`);
  return row;
}
