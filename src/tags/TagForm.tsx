// Create or rename a tag; on edit, a separate form deletes it (taking it off its articles).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../admin/forms.tsx';
import { SLUG_HINT } from '../admin/slugs.ts';
import { MAX_TAG_NAME, type TagInput } from './save-tag.ts';

export interface TagFormProps {
  user: AdminUser;
  csrfToken: string;
  id?: string;
  values: TagInput;
  articleCount?: number;
  errors?: FieldErrors;
  flash?: string;
}

export function TagForm(props: TagFormProps) {
  const action = props.id ? `/admin/tags/${encodeURIComponent(props.id)}` : '/admin/tags';
  const title = props.id ? `Edit tag: ${props.values.name}` : 'New tag';
  const count = props.articleCount ?? 0;
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/tags" flash={props.flash}>
      <p><a href="/admin/tags">← All tags</a></p>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="name" label="Name" value={props.values.name} errors={props.errors} required maxLength={MAX_TAG_NAME} extra={{ dir: 'auto' }} />
        <TextField name="slug" label="Slug" value={props.values.slug} errors={props.errors} hint={SLUG_HINT} maxLength={120} />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? 'Save changes' : 'Create tag'}</button></div>
      </form>
      {props.id ? (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">Delete this tag</h2>
          <form method="post" action={`${action}/delete`}>
            <CsrfField token={props.csrfToken} />
            <p>{count > 0 ? `It will be removed from ${count} ${count === 1 ? 'article' : 'articles'}; the articles stay as they are. This cannot be undone.` : 'No article uses this tag. Deleting it cannot be undone.'}</p>
            <button type="submit" class="button button-danger">Delete tag</button>
          </form>
        </section>
      ) : null}
    </AdminLayout>
  );
}
