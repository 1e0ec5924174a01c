// The revision history of an article, newest first, and one revision on its own page.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { TrustedHtml } from '../views/render.tsx';
import type { Revision, RevisionSummary } from './article-revision.queries.ts';
import { EDITOR_STYLES, StatusBadge, UtcTime } from './StatusBadge.tsx';

export function RevisionList(props: { articleId: string; revisions: RevisionSummary[] }) {
  return (
    <section class="revisions" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revisions</h2>
      {props.revisions.length === 0 ? <p class="empty">No revisions yet.</p> : (
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col" class="num">Version</th><th scope="col">Status</th><th scope="col">By</th><th scope="col">When</th><th scope="col">Headline</th></tr></thead>
            <tbody>
              {props.revisions.map((r) => (
                <tr>
                  <td class="num"><a href={`/admin/articles/${props.articleId}/revisions/${r.version}`}>{`Version ${r.version}`}</a></td>
                  <td><StatusBadge status={r.status} /></td>
                  <td>{r.editorName ?? 'System'}</td>
                  <td><UtcTime iso={r.createdAt} /></td>
                  <td dir="auto">{r.headline}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export interface RevisionPageProps {
  user: AdminUser;
  csrfToken: string;
  revision: Revision;
  bodyHtml: string;
}

export function RevisionPage(props: RevisionPageProps) {
  const r = props.revision;
  return (
    <AdminLayout styles={EDITOR_STYLES} title={`Version ${r.version}: ${r.headline}`} user={props.user} csrfToken={props.csrfToken} current="/admin/articles">
      <div class="page-header">
        <h1>{`Version ${r.version}`}</h1>
        <a class="button" href={`/admin/articles/${r.articleId}`}>Back to the editor</a>
      </div>
      <p class="status-line"><StatusBadge status={r.status} /> <span>Saved by {r.editorName ?? 'the system'} at <UtcTime iso={r.createdAt} /></span></p>
      <dl class="revision-fields">
        <dt>Headline</dt><dd dir="auto">{r.headline}</dd>
        <dt>Summary</dt><dd dir="auto">{r.summary || '(none)'}</dd>
        <dt>Dateline</dt><dd dir="auto">{r.dateline || '(none)'}</dd>
      </dl>
      <div class="editor-grid">
        <section aria-labelledby="revision-source">
          <h2 id="revision-source">Text as written (Markdown)</h2>
          <pre class="revision-source" dir="auto">{r.bodyMd}</pre>
        </section>
        <section class="preview" aria-labelledby="revision-preview">
          <h2 class="preview-label" id="revision-preview">Formatted</h2>
          <TrustedHtml html={props.bodyHtml} />
        </section>
      </div>
    </AdminLayout>
  );
}
