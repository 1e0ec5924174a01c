// Revisions: one row per saved version of an article (content saves and status changes),
// so an editor can see who changed what and when.
import type { ArticleStatus, Db } from '../db/database.ts';

export interface RevisionSummary {
  version: number;
  status: ArticleStatus;
  headline: string;
  editorName: string | null;
  createdAt: string;
}

export interface Revision extends RevisionSummary {
  articleId: string;
  summary: string;
  dateline: string;
  bodyMd: string;
}

export interface RevisionRow {
  id: string;
  articleId: string;
  version: number;
  headline: string;
  summary: string;
  bodyMd: string;
  dateline: string;
  status: ArticleStatus;
  editorId: string | null;
  createdAt: string;
}

export async function insertRevision(db: Db, row: RevisionRow): Promise<void> {
  await db.insertInto('article_revisions').values({
    id: row.id, article_id: row.articleId, version: row.version, headline: row.headline, summary: row.summary,
    body_md: row.bodyMd, dateline: row.dateline, status: row.status, editor_id: row.editorId, created_at: row.createdAt,
  }).execute();
}

export async function listRevisions(db: Db, articleId: string, limit = 50): Promise<RevisionSummary[]> {
  const rows = await db.selectFrom('article_revisions')
    .leftJoin('users', 'users.id', 'article_revisions.editor_id')
    .select(['article_revisions.version', 'article_revisions.status', 'article_revisions.headline',
      'article_revisions.created_at', 'users.display_name'])
    .where('article_revisions.article_id', '=', articleId)
    .orderBy('article_revisions.version', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    version: r.version, status: r.status, headline: r.headline, editorName: r.display_name, createdAt: r.created_at,
  }));
}

export async function countRevisions(db: Db, articleId: string): Promise<number> {
  const row = await db.selectFrom('article_revisions').select((eb) => eb.fn.countAll().as('n'))
    .where('article_id', '=', articleId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findRevision(db: Db, articleId: string, version: number): Promise<Revision | undefined> {
  const r = await db.selectFrom('article_revisions')
    .leftJoin('users', 'users.id', 'article_revisions.editor_id')
    .select(['article_revisions.article_id', 'article_revisions.version', 'article_revisions.status',
      'article_revisions.headline', 'article_revisions.summary', 'article_revisions.dateline',
      'article_revisions.body_md', 'article_revisions.created_at', 'users.display_name'])
    .where('article_revisions.article_id', '=', articleId)
    .where('article_revisions.version', '=', version)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    articleId: r.article_id, version: r.version, status: r.status, headline: r.headline, summary: r.summary,
    dateline: r.dateline, bodyMd: r.body_md, editorName: r.display_name, createdAt: r.created_at,
  };
}
