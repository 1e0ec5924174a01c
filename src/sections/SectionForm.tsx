// Create or edit a section; on edit, a separate form deletes it.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../admin/forms.tsx';
import { SLUG_HINT } from '../admin/slugs.ts';
import { CommentModeSelect } from '../comment-settings/CommentModeSelect.tsx';
import type { CommentMode } from '../db/database.ts';
import { labelField, MAX_SECTION_NAME } from './save-section.ts';
import { directionOf } from '../i18n/locale-format.ts';

export interface SectionFormValues { name: string; slug: string; position: string; labels: Record<string, string>; commentMode: string }

export interface SectionFormProps {
  user: AdminUser;
  csrfToken: string;
  /** Undefined for a new section. */
  id?: string;
  values: SectionFormValues;
  /** The site's locales, each offered an optional label. */
  locales: string[];
  articleCount?: number;
  /** The site's comment moderation, which "Inherit from site" means. */
  siteCommentMode?: CommentMode;
  errors?: FieldErrors;
  flash?: string;
}

export function SectionForm(props: SectionFormProps) {
  const v = props.values;
  const action = props.id ? `/admin/sections/${encodeURIComponent(props.id)}` : '/admin/sections';
  const title = props.id ? `Edit section: ${v.name}` : 'New section';
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/sections" flash={props.flash}>
      <p><a href="/admin/sections">← All sections</a></p>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="name" label="Name" value={v.name} errors={props.errors} required maxLength={MAX_SECTION_NAME} extra={{ dir: 'auto' }} />
        <TextField name="slug" label="Slug" value={v.slug} errors={props.errors} hint={SLUG_HINT} maxLength={120} />
        <TextField name="position" label="Position" type="number" value={v.position} errors={props.errors}
          hint="Sections are listed from the lowest number up." extra={{ step: '1', inputmode: 'numeric' }} />
        {props.locales.length > 0 ? (
          <fieldset class="stack">
            <legend>Name in each language (optional)</legend>
            <p class="hint">Readers of that language see this name; leave empty to use the name above.</p>
            {props.locales.map((locale) => (
              <TextField name={labelField(locale)} label={`Name in ${locale}`} value={v.labels[locale] ?? ''} errors={props.errors} maxLength={MAX_SECTION_NAME}
                extra={{ lang: locale, dir: directionOf(locale) }} />
            ))}
          </fieldset>
        ) : null}
        <CommentModeSelect value={v.commentMode} errors={props.errors} inheritLabel="Inherit from site" inherited={props.siteCommentMode}
          hint="How readers’ comments on this section’s articles are moderated; an article can choose its own." />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? 'Save changes' : 'Create section'}</button></div>
      </form>
      {props.id ? <DeleteSection id={props.id} csrfToken={props.csrfToken} articleCount={props.articleCount ?? 0} /> : null}
    </AdminLayout>
  );
}

function DeleteSection(props: { id: string; csrfToken: string; articleCount: number }) {
  return (
    <section id="field-delete" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete this section</h2>
      {props.articleCount > 0 ? (
        <p>{`${props.articleCount} ${props.articleCount === 1 ? 'article uses' : 'articles use'} this section. Move them to another section before deleting it.`}</p>
      ) : (
        <form method="post" action={`/admin/sections/${encodeURIComponent(props.id)}/delete`}>
          <CsrfField token={props.csrfToken} />
          <p>No articles use this section. Deleting it cannot be undone.</p>
          <button type="submit" class="button button-danger">Delete section</button>
        </form>
      )}
    </section>
  );
}
