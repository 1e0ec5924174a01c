// A site's Comment Policy, one row per locale (comment_policies).
import type { Db } from '../db/database.ts';

export interface CommentPolicy {
  locale: string;
  title: string;
  bodyMd: string;
  bodyHtml: string;
  updatedAt: string;
}

const COLUMNS = ['locale', 'title', 'body_md', 'body_html', 'updated_at'] as const;

function toPolicy(row: { locale: string; title: string; body_md: string; body_html: string; updated_at: string }): CommentPolicy {
  return { locale: row.locale, title: row.title, bodyMd: row.body_md, bodyHtml: row.body_html, updatedAt: row.updated_at };
}

export async function findCommentPolicy(db: Db, siteId: string, locale: string): Promise<CommentPolicy | undefined> {
  const row = await db.selectFrom('comment_policies').select(COLUMNS).where('site_id', '=', siteId).where('locale', '=', locale).executeTakeFirst();
  return row && toPolicy(row);
}

export async function listCommentPolicies(db: Db, siteId: string): Promise<CommentPolicy[]> {
  const rows = await db.selectFrom('comment_policies').select(COLUMNS).where('site_id', '=', siteId).execute();
  return rows.map(toPolicy);
}

export interface PolicyWrite { siteId: string; locale: string; title: string; bodyMd: string; bodyHtml: string; updatedAt: string; updatedBy: string | null }

export async function upsertCommentPolicy(db: Db, policy: PolicyWrite): Promise<void> {
  const values = { title: policy.title, body_md: policy.bodyMd, body_html: policy.bodyHtml, updated_at: policy.updatedAt, updated_by: policy.updatedBy };
  await db.insertInto('comment_policies').values({ site_id: policy.siteId, locale: policy.locale, ...values })
    .onConflict((oc) => oc.columns(['site_id', 'locale']).doUpdateSet(values))
    .execute();
}

export async function deleteCommentPolicy(db: Db, siteId: string, locale: string): Promise<void> {
  await db.deleteFrom('comment_policies').where('site_id', '=', siteId).where('locale', '=', locale).execute();
}
