// The revision history of an article, newest first, and one revision on its own page.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { TrustedHtml } from '../views/render.tsx';
import type { Revision, RevisionSummary } from './article-revision.queries.ts';
import { EDITOR_STYLES, StatusBadge, UtcTime } from './StatusBadge.tsx';

export function RevisionList(props: { articleId: string; revisions: RevisionSummary[] }) {
  const m = useAdminMessages('adminArticles');
  return (
    <section class="revisions" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{m.revisionsHeading}</h2>
      {props.revisions.length === 0 ? <p class="empty">{m.noRevisions}</p> : (
        <div class="table-wrap">
          <table>
            <thead><tr>
              <th scope="col" class="num">{m.version}</th><th scope="col">{m.status}</th><th scope="col">{m.revisionBy}</th>
              <th scope="col">{m.revisionWhen}</th><th scope="col">{m.headline}</th>
            </tr></thead>
            <tbody>
              {props.revisions.map((r) => (
                <tr>
                  <td class="num"><a href={`/admin/articles/${props.articleId}/revisions/${r.version}`}>{t(m, 'versionNumber', { version: r.version })}</a></td>
                  <td><StatusBadge status={r.status} /></td>
                  <td>{r.editorName === null ? m.systemEditor : <bdi>{r.editorName}</bdi>}</td>
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
  const m = useAdminMessages('adminArticles');
  const time = <UtcTime iso={r.createdAt} />;
  return (
    <AdminLayout styles={EDITOR_STYLES} title={t(m, 'revisionTitle', { version: r.version, headline: r.headline })} user={props.user} csrfToken={props.csrfToken} current="/admin/articles">
      <div class="page-header">
        <h1>{t(m, 'versionNumber', { version: r.version })}</h1>
        <a class="button" href={`/admin/articles/${r.articleId}`}>{m.backToEditor}</a>
      </div>
      <p class="status-line"><StatusBadge status={r.status} /> <span>
        {r.editorName === null ? tParts(m, 'savedBySystem', { time }) : tParts(m, 'savedBy', { name: <bdi>{r.editorName}</bdi>, time })}
      </span></p>
      <dl class="revision-fields">
        <dt>{m.headline}</dt><dd dir="auto">{r.headline}</dd>
        <dt>{m.summary}</dt><dd dir="auto">{r.summary || m.noneValue}</dd>
        <dt>{m.dateline}</dt><dd dir="auto">{r.dateline || m.noneValue}</dd>
      </dl>
      <div class="editor-grid">
        <section aria-labelledby="revision-source">
          <h2 id="revision-source">{m.sourceHeading}</h2>
          <pre class="revision-source" dir="auto">{r.bodyMd}</pre>
        </section>
        <section class="preview" aria-labelledby="revision-preview">
          <h2 class="preview-label" id="revision-preview">{m.formattedHeading}</h2>
          <TrustedHtml html={props.bodyHtml} />
        </section>
      </div>
    </AdminLayout>
  );
}
