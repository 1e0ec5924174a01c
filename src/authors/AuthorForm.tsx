// Create or edit an author; on edit, a separate form deletes an unused one.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FieldErrors } from '../admin/forms.tsx';
import { SLUG_HINT } from '../admin/slugs.ts';
import { MAX_AUTHOR_NAME } from './save-author.ts';

export interface AuthorFormValues { name: string; slug: string; bio: string; userId: string }

export interface AuthorFormProps {
  user: AdminUser;
  csrfToken: string;
  id?: string;
  values: AuthorFormValues;
  users: Array<{ id: string; name: string }>;
  articleCount?: number;
  errors?: FieldErrors;
  flash?: string;
}

export function AuthorForm(props: AuthorFormProps) {
  const v = props.values;
  const action = props.id ? `/admin/authors/${encodeURIComponent(props.id)}` : '/admin/authors';
  const title = props.id ? `Edit author: ${v.name}` : 'New author';
  const userOptions = [{ value: '', label: 'None' }, ...props.users.map((u) => ({ value: u.id, label: u.name }))];
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/authors" flash={props.flash}>
      <p><a href="/admin/authors">← All authors</a></p>
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="name" label="Name" value={v.name} errors={props.errors} required maxLength={MAX_AUTHOR_NAME} hint="As it appears in bylines." extra={{ dir: 'auto' }} />
        <TextField name="slug" label="Slug" value={v.slug} errors={props.errors} hint={SLUG_HINT} maxLength={120} />
        <TextArea name="bio" label="Biography" value={v.bio} errors={props.errors} rows={6}
          hint="Plain text shown on the author’s page. Leave a blank line between paragraphs." />
        <SelectField name="user_id" label="Staff account" value={v.userId} options={userOptions} errors={props.errors}
          hint="Optional: the login this person uses, if they have one." />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? 'Save changes' : 'Create author'}</button></div>
      </form>
      {props.id ? (
        <section id="field-delete" aria-labelledby="delete-heading">
          <h2 id="delete-heading">Delete this author</h2>
          {(props.articleCount ?? 0) > 0 ? (
            <p>{`${props.articleCount} ${props.articleCount === 1 ? 'article carries' : 'articles carry'} this byline. Remove it from them before deleting the author.`}</p>
          ) : (
            <form method="post" action={`${action}/delete`}>
              <CsrfField token={props.csrfToken} />
              <p>No article carries this byline. Deleting it cannot be undone.</p>
              <button type="submit" class="button button-danger">Delete author</button>
            </form>
          )}
        </section>
      ) : null}
    </AdminLayout>
  );
}
