// The article editor: one form for the text, its placement, byline, lead image and the
// workflow buttons, with a live preview beside the text. Pure function of its props.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminLocale, useAdminMessages } from '../admin/admin-i18n.tsx';
import { CsrfField, ErrorSummary, fieldId, type FieldErrors } from '../admin/forms.tsx';
import type { ArticleStatus } from '../db/database.ts';
import { t, tParts, type MessageKey } from '../i18n/catalog.ts';
import { localeNameIn } from '../sites/locale-names.ts';
import { TrustedHtml } from '../views/render.tsx';
import type { EditorIntent } from './article-access.ts';
import type { Choice } from './article-editor.queries.ts';
import type { EditorValues } from './article-form.ts';
import type { RevisionSummary } from './article-revision.queries.ts';
import { languageInSentence } from './article-errors.ts';
import { articleTextAttributes, BylineFields, PlacementFields, TagAndSlugFields, TextFields } from './EditorFields.tsx';
import { LeadImagePicker, type MediaChoice } from './LeadImagePicker.tsx';
import { RevisionList } from './RevisionList.tsx';
import { EDITOR_STYLES, formatUtc, STATUS_KEYS, StatusBadge, UtcTime } from './StatusBadge.tsx';

type Key = MessageKey<'adminArticles'>;

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
  const m = useAdminMessages('adminArticles');
  return (
    <div class="status-line">
      <StatusBadge status={a.status} />
      {a.status === 'scheduled' && a.publishAt ? <span>{tParts(m, 'goesLiveAt', { time: <UtcTime iso={a.publishAt} /> })}</span> : null}
      {a.publishedAt ? <span>{tParts(m, 'firstPublished', { time: <UtcTime iso={a.publishedAt} /> })}</span> : null}
      {a.viewUrl ? <a href={a.viewUrl}>{m.viewOnSite}</a> : null}
      {a.comments ? (
        <a href={`/admin/articles/${encodeURIComponent(a.id)}/comments`} id="article-comments-link">
          {t(m, 'commentCounts', { visible: a.comments.visible, pending: a.comments.pending })}
        </a>
      ) : null}
    </div>
  );
}

/** What the translations table says of a locale: the article's status, or that it has no translation yet. */
const TRANSLATION_STATE: Record<ArticleStatus | 'missing', Key> = {
  ...STATUS_KEYS, published: 'translationDone', missing: 'translationMissing',
};

function TranslationCell(props: { article: EditedArticle; row: TranslationRow }) {
  const { article, row } = props;
  const m = useAdminMessages('adminArticles');
  const adminLocale = useAdminLocale();
  if (row.current) return <td>{m.thisArticle}</td>;
  if (row.article) {
    return <td><a href={`/admin/articles/${row.article.id}`} hrefLang={row.locale}><bdi {...articleTextAttributes(row.locale)}>{row.article.headline}</bdi></a></td>;
  }
  if (!article.canTranslate) return <td><span class="muted">{m.noTranslationYet}</span></td>;
  return (
    <td><a href={`/admin/articles/new?translationOf=${encodeURIComponent(article.id)}&locale=${encodeURIComponent(row.locale)}`}>
      {t(m, 'translateInto', { language: languageInSentence(adminLocale, row.locale) })}
    </a></td>
  );
}

/** The article's translation group: one row per locale of the site, with where each translation stands. */
function Translations(props: { article: EditedArticle }) {
  const m = useAdminMessages('adminArticles');
  const adminLocale = useAdminLocale();
  const rows = props.article.translations;
  if (rows.length < 2) return null;
  return (
    <section class="translations" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{m.translationsHeading}</h2>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">{m.language}</th><th scope="col">{m.translationState}</th><th scope="col">{m.article}</th></tr></thead>
          <tbody>
            {rows.map((row) => {
              const state = row.article?.status ?? 'missing';
              return (
                <tr>
                  <th scope="row">{t(m, 'localeRow', { language: localeNameIn(adminLocale, row.locale), locale: row.locale })}</th>
                  <td><span class={`badge badge-${state}`}>{m[TRANSLATION_STATE[state]]}</span></td>
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
  const m = useAdminMessages('adminArticles');
  // The box takes the article's language and direction; the hint inside it is in the admin's.
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 class="preview-label" id="preview-heading">{m.preview}</h2>
      <div id="article-preview" data-preview-for={fieldId('bodyMd')} data-preview-url="/admin/articles/preview" {...articleTextAttributes(props.locale)}>
        {props.html ? <TrustedHtml html={props.html} /> : <p class="hint" lang={useAdminLocale()} dir="ltr">{m.previewPlaceholder}</p>}
      </div>
    </section>
  );
}

function ScheduleField(props: { values: EditorValues; errors: FieldErrors; nowIso: string }) {
  const m = useAdminMessages('adminArticles');
  const error = props.errors.publishAt;
  const describedBy = `${fieldId('publishAt')}-hint${error ? ` ${fieldId('publishAt')}-error` : ''}`;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={fieldId('publishAt')}>{m.publishAtLabel}</label>
      <p class="hint" id={`${fieldId('publishAt')}-hint`}>{t(m, 'publishAtHint', { now: formatUtc(props.nowIso) })}</p>
      {error ? <p class="field-error" id={`${fieldId('publishAt')}-error`}>{error}</p> : null}
      <input type="datetime-local" id={fieldId('publishAt')} name="publishAt" value={props.values.publishAt}
        aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
    </div>
  );
}

const BUTTONS: Record<Exclude<EditorIntent, 'schedule'>, { label: (s: ArticleStatus | null) => Key; className: string }> = {
  save: { label: (s) => (s === 'published' ? 'saveLive' : s === 'scheduled' ? 'saveChanges' : 'saveDraft'), className: 'button button-primary' },
  preview: { label: () => 'preview', className: 'button' },
  submit: { label: () => 'submitForReview', className: 'button' },
  publish: { label: (s) => (s === 'unpublished' ? 'publishAgain' : 'publishNow'), className: 'button button-primary' },
  unpublish: { label: (s) => (s === 'scheduled' ? 'cancelSchedule' : 'unpublish'), className: 'button button-danger' },
};

function Actions(props: ArticleEditorProps) {
  const m = useAdminMessages('adminArticles');
  const status = props.article?.status ?? null;
  const offered = (i: EditorIntent) => props.intents.includes(i);
  if (props.intents.length === 0) return <p class="hint editor-actions">{m.readOnlyNotice}</p>;
  return (
    <div class="editor-actions stack">
      <div class="actions">
        {(['save', 'preview', 'submit', 'publish', 'unpublish'] as const).filter(offered).map((intent) => (
          <button type="submit" name="intent" value={intent} class={BUTTONS[intent].className} formNoValidate={intent === 'preview' || intent === 'unpublish'}>
            {m[BUTTONS[intent].label(status)]}
          </button>
        ))}
      </div>
      {offered('schedule') ? (
        <fieldset class="stack">
          <legend>{m.scheduleLegend}</legend>
          <ScheduleField values={props.values} errors={props.errors} nowIso={props.nowIso} />
          <div class="actions"><button type="submit" name="intent" value="schedule" class="button">{status === 'scheduled' ? m.rescheduleButton : m.scheduleButton}</button></div>
        </fieldset>
      ) : null}
    </div>
  );
}

function Conflict(props: { articleId: string | undefined; version: string }) {
  const m = useAdminMessages('adminArticles');
  const link = <a href={`/admin/articles/${props.articleId}/revisions/${props.version}`}>{m.conflictLink}</a>;
  return (
    <div class="error-summary" role="alert">
      <h2>{m.conflictHeading}</h2>
      <p>{tParts(m, 'conflictBody', { link })}</p>
    </div>
  );
}

export function ArticleEditorPage(props: ArticleEditorProps) {
  const { values, errors, article } = props;
  const m = useAdminMessages('adminArticles');
  const title = article ? t(m, 'editTitle', { headline: values.headline || m.untitledArticle }) : m.newArticle;
  return (
    <AdminLayout styles={EDITOR_STYLES} title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/articles" scripts={props.scripts} flash={props.flash}>
      <div class="page-header"><h1>{article ? m.editArticleHeading : m.newArticle}</h1></div>
      {article ? <StatusLine article={article} /> : null}
      {article ? <Translations article={article} /> : null}
      {props.conflict ? <Conflict articleId={article?.id} version={values.version} /> : null}
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
