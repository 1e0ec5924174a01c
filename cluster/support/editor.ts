// The article editor as an editor uses it: the multipart form POSTed to /admin/articles/:id
// with the session's CSRF token in the query (as the editor page's form action carries it).
import type { ClusterDatabase } from './database.ts';
import type { StaffAgent } from './http.ts';

export interface EditedArticle {
  id: string; headline: string; summary: string; sectionId: string; authorIds: string[]; dateline: string;
  locale: string; slug: string; bodyMd: string;
}

/** The article's fields as stored, to send back with one change. */
async function editableArticle(db: ClusterDatabase, id: string): Promise<EditedArticle & { version: number }> {
  const [row] = await db.query<{ headline: string; summary: string; section_id: string; dateline: string; locale: string; slug: string; body_md: string; version: number }>(
    'SELECT headline, summary, section_id, dateline, locale, slug, body_md, version FROM articles WHERE id = $1', [id]);
  if (!row) throw new Error(`no article ${id}`);
  const authors = await db.query<{ author_id: string }>('SELECT author_id FROM article_authors WHERE article_id = $1 ORDER BY position', [id]);
  return {
    id, headline: row.headline, summary: row.summary, sectionId: row.section_id, authorIds: authors.map((a) => a.author_id),
    dateline: row.dateline, locale: row.locale, slug: row.slug, bodyMd: row.body_md, version: row.version,
  };
}

/** Saves the article with a new headline on `baseUrl`; throws unless the editor redirects (303). */
export async function saveHeadline(staff: StaffAgent, baseUrl: string, db: ClusterDatabase, id: string, headline: string): Promise<void> {
  const current = await editableArticle(db, id);
  const form = new FormData();
  const fields: Record<string, string> = {
    headline, summary: current.summary, sectionId: current.sectionId, tags: '', dateline: current.dateline, locale: current.locale,
    slug: current.slug, bodyMd: current.bodyMd, version: String(current.version), intent: 'save',
    leadMediaId: '', leadCaption: '', leadCredit: '', leadAlt: '', publishAt: '', commentMode: '',
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const author of current.authorIds) form.append('authorIds', author);
  const res = await staff.agent.request(`${baseUrl}/admin/articles/${id}?_csrf=${encodeURIComponent(staff.csrf)}`, { method: 'POST', body: form });
  const text = await res.text();
  if (res.status !== 303) throw new Error(`saving article ${id} answered ${res.status}: ${text.slice(0, 1_000)}`);
}
