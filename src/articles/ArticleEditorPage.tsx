// The article editor: one form for the text, its placement, byline, lead image and the
// workflow buttons, with a live preview beside the text. Pure function of its props.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, fieldId, type FieldErrors } from '../admin/forms.tsx';
import type { ArticleStatus } from '../db/database.ts';
import { localeInfo } from '../i18n/locales.ts';
import { TrustedHtml } from '../views/render.tsx';
import type { EditorIntent } from './article-access.ts';
import type { Choice } from './article-editor.queries.ts';
import type { EditorValues } from './article-form.ts';
import type { RevisionSummary } from './article-revision.queries.ts';
import { articleTextAttributes, BylineFields, PlacementFields, TagAndSlugFields, TextFields } from './EditorFields.tsx';
import { LeadImagePicker, type MediaChoice } from './LeadImagePicker.tsx';
import { RevisionList } from './RevisionList.tsx';
import { EDITOR_STYLES, formatUtc, StatusBadge, UtcTime } from './StatusBadge.tsx';

export interface EditedArticle {
  id: string;
  status: ArticleStatus;
  slug: string;
  publishAt: string | null;
  publishedAt: string | null;
  /** Public address when readers can see it. */
  viewUrl: string | null;
  /** Comment counts, for people who moderate them (a link to the article's comments); null otherwise. */
  comments: { visible: number; pending: number } | null;
  /** The translation group, one row per locale of the site (and any other locale the group uses). */
  translations: TranslationRow[];
  /** Whether this person may start a translation (create an article). */
  canTranslate: boolean;
}

export interface TranslationRow {
  locale: string;
  /** The row of the article being edited. */
  current: boolean;
  article: { id: string; headline: string; status: ArticleStatus } | null;
}

export interface ArticleEditorProps {
  user: AdminUser;
  csrfToken: string;
  scripts: string[];
  article: EditedArticle | null;
  values: EditorValues;
  errors: FieldErrors;
  /** Someone saved since this form was opened: their version is kept, the form shows ours. */
  conflict: boolean;
  previewHtml: string;
  flash?: string;
  intents: EditorIntent[];
  sections: Choice[];
  authors: Choice[];
  locales: string[];
  media: MediaChoice[];
  revisions: RevisionSummary[];
  nowIso: string;
  maxUploadMb: number;
}

function formAction(props: ArticleEditorProps): string {
  const path = props.article ? `/admin/articles/${props.article.id}` : '/admin/articles';
  // Multipart bodies are read inside the handler, after the CSRF check: the token travels in the URL.
  return `${path}?_csrf=${encodeURIComponent(props.csrfToken)}`;
}

function StatusLine(props: { article: EditedArticle }) {
  const a = props.article;
  return (
    <div class="status-line">
      <StatusBadge status={a.status} />
      {a.status === 'scheduled' && a.publishAt ? <span>Goes live at <UtcTime iso={a.publishAt} /></span> : null}
      {a.publishedAt ? <span>First published <UtcTime iso={a.publishedAt} /></span> : null}
      {a.viewUrl ? <a href={a.viewUrl}>View on site</a> : null}
      {a.comments ? <a href={`/admin/articles/${encodeURIComponent(a.id)}/comments`} id="article-comments-link">{`Comments: ${a.comments.visible} shown, ${a.comments.pending} pending`}</a> : null}
    </div>
  );
}

/** What the translations table says of a locale: the article's status, or that it has no translation yet. */
const TRANSLATION_STATE: Record<ArticleStatus | 'missing', string> = {
  published: 'Done (published)', draft: 'Draft', review: 'In review', scheduled: 'Scheduled', unpublished: 'Unpublished', missing: 'Missing',
};

function TranslationCell(props: { article: EditedArticle; row: TranslationRow }) {
  const { article, row } = props;
  const name = localeInfo(row.locale).englishName;
  if (row.current) return <td>This article</td>;
  if (row.article) {
    return <td><a href={`/admin/articles/${row.article.id}`} hrefLang={row.locale}><bdi {...articleTextAttributes(row.locale)}>{row.article.headline}</bdi></a></td>;
  }
  if (!article.canTranslate) return <td><span class="muted">None yet</span></td>;
  return <td><a href={`/admin/articles/new?translationOf=${encodeURIComponent(article.id)}&locale=${encodeURIComponent(row.locale)}`}>Translate into {name}</a></td>;
}

/** The article's translation group: one row per locale of the site, with where each translation stands. */
function Translations(props: { article: EditedArticle }) {
  const rows = props.article.translations;
  if (rows.length < 2) return null;
  return (
    <section class="translations" aria-labelledby="translations-heading">
      <h2 id="translations-heading">Translations</h2>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">Language</th><th scope="col">State</th><th scope="col">Article</th></tr></thead>
          <tbody>
            {rows.map((row) => {
              const state = row.article?.status ?? 'missing';
              return (
                <tr>
                  <th scope="row">{`${localeInfo(row.locale).englishName} (${row.locale})`}</th>
                  <td><span class={`badge badge-${state}`}>{TRANSLATION_STATE[state]}</span></td>
                  <TranslationCell article={props.article} row={row} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Preview(props: { html: string; locale: string }) {
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 class="preview-label" id="preview-heading">Preview</h2>
      <div id="article-preview" data-preview-for={fieldId('bodyMd')} data-preview-url="/admin/articles/preview" {...articleTextAttributes(props.locale)}>
        {props.html ? <TrustedHtml html={props.html} /> : <p class="hint" lang="en" dir="ltr">The preview of the article text appears here as you write. Without JavaScript, press “Preview”.</p>}
      </div>
    </section>
  );
}

function ScheduleField(props: { values: EditorValues; errors: FieldErrors; nowIso: string }) {
  const error = props.errors.publishAt;
  const describedBy = `${fieldId('publishAt')}-hint${error ? ` ${fieldId('publishAt')}-error` : ''}`;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={fieldId('publishAt')}>Publish at (UTC)</label>
      <p class="hint" id={`${fieldId('publishAt')}-hint`}>Date and time in UTC, not your local time. It is now {formatUtc(props.nowIso)}.</p>
      {error ? <p class="field-error" id={`${fieldId('publishAt')}-error`}>{error}</p> : null}
      <input type="datetime-local" id={fieldId('publishAt')} name="publishAt" value={props.values.publishAt}
        aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
    </div>
  );
}

const BUTTONS: Record<Exclude<EditorIntent, 'schedule'>, { label: (s: ArticleStatus | null) => string; className: string }> = {
  save: { label: (s) => (s === 'published' ? 'Save changes (live at once)' : s === 'scheduled' ? 'Save changes' : 'Save draft'), className: 'button button-primary' },
  preview: { label: () => 'Preview', className: 'button' },
  submit: { label: () => 'Submit for review', className: 'button' },
  publish: { label: (s) => (s === 'unpublished' ? 'Publish again' : 'Publish now'), className: 'button button-primary' },
  unpublish: { label: (s) => (s === 'scheduled' ? 'Cancel schedule' : 'Unpublish'), className: 'button button-danger' },
};

function Actions(props: ArticleEditorProps) {
  const status = props.article?.status ?? null;
  const offered = (i: EditorIntent) => props.intents.includes(i);
  if (props.intents.length === 0) {
    return <p class="hint editor-actions">You can read this article but not change it: published and scheduled articles are changed by someone who may publish.</p>;
  }
  return (
    <div class="editor-actions stack">
      <div class="actions">
        {(['save', 'preview', 'submit', 'publish', 'unpublish'] as const).filter(offered).map((intent) => (
          <button type="submit" name="intent" value={intent} class={BUTTONS[intent].className} formNoValidate={intent === 'preview' || intent === 'unpublish'}>
            {BUTTONS[intent].label(status)}
          </button>
        ))}
      </div>
      {offered('schedule') ? (
        <fieldset class="stack">
          <legend>Schedule</legend>
          <ScheduleField values={props.values} errors={props.errors} nowIso={props.nowIso} />
          <div class="actions"><button type="submit" name="intent" value="schedule" class="button">{status === 'scheduled' ? 'Reschedule' : 'Schedule'}</button></div>
        </fieldset>
      ) : null}
    </div>
  );
}

export function ArticleEditorPage(props: ArticleEditorProps) {
  const { values, errors, article } = props;
  const title = article ? `Edit: ${values.headline || 'untitled article'}` : 'New article';
  return (
    <AdminLayout styles={EDITOR_STYLES} title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/articles" scripts={props.scripts} flash={props.flash}>
      <div class="page-header"><h1>{article ? 'Edit article' : 'New article'}</h1></div>
      {article ? <StatusLine article={article} /> : null}
      {article ? <Translations article={article} /> : null}
      {props.conflict ? (
        <div class="error-summary" role="alert">
          <h2>Someone else saved this article since you opened it</h2>
          <p>Your text is kept below and has not been saved. Compare it with <a href={`/admin/articles/${article?.id}/revisions/${values.version}`}>their latest version</a>; saving again replaces their changes with yours.</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} />
      <form method="post" action={formAction(props)} enctype="multipart/form-data" class="stack editor-form">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="version" value={values.version} />
        {values.translationGroupId ? <input type="hidden" name="translationGroupId" value={values.translationGroupId} /> : null}
        <div class="editor-grid">
          <TextFields values={values} errors={errors} />
          <Preview html={props.previewHtml} locale={values.locale} />
        </div>
        <div class="editor-details">
          <PlacementFields values={values} errors={errors} sections={props.sections} locales={props.locales} />
          <BylineFields values={values} errors={errors} authors={props.authors} />
          <LeadImagePicker values={values} errors={errors} media={props.media} maxUploadMb={props.maxUploadMb} />
          <TagAndSlugFields values={values} errors={errors} currentSlug={article?.slug} />
        </div>
        <Actions {...props} />
      </form>
      {article ? <RevisionList articleId={article.id} revisions={props.revisions} /> : null}
    </AdminLayout>
  );
}
