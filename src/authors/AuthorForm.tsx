// Create or edit an author; on edit, a separate form deletes an unused one.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldMessages } from '../admin/field-error-codes.ts';
import { CsrfField, ErrorSummary, SelectField, TextArea, TextField } from '../admin/forms.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { MAX_AUTHOR_NAME, type AuthorErrors } from './save-author.ts';

export interface AuthorFormValues { name: string; slug: string; bio: string; userId: string }

export interface AuthorFormProps {
  user: AdminUser;
  csrfToken: string;
  id?: string;
  values: AuthorFormValues;
  users: Array<{ id: string; name: string }>;
  articleCount?: number;
  errors?: AuthorErrors;
  flash?: string;
}

export function AuthorForm(props: AuthorFormProps) {
  const m = useAdminMessages('adminTaxonomy');
  const v = props.values;
  const errors = fieldMessages(m, props.errors);
  const action = props.id ? `/admin/authors/${encodeURIComponent(props.id)}` : '/admin/authors';
  const title = props.id ? t(m, 'editAuthorTitle', { name: v.name }) : m.newAuthor;
  const userOptions = [{ value: '', label: m.noStaffAccount }, ...props.users.map((u) => ({ value: u.id, label: u.name }))];
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/authors" flash={props.flash}>
      <p><a href="/admin/authors">{m.allAuthors}</a></p>
      <h1>{props.id ? tParts(m, 'editAuthorTitle', { name: <bdi>{v.name}</bdi> }) : m.newAuthor}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="name" label={m.nameLabel} value={v.name} errors={errors} required maxLength={MAX_AUTHOR_NAME} hint={m.authorNameHint} extra={{ dir: 'auto' }} />
        <TextField name="slug" label={m.slugLabel} value={v.slug} errors={errors} hint={m.slugHint} maxLength={120} />
        <TextArea name="bio" label={m.bioLabel} value={v.bio} errors={errors} rows={6} hint={m.bioHint} />
        <SelectField name="user_id" label={m.staffAccountLabel} value={v.userId} options={userOptions} errors={errors} hint={m.staffAccountHint} />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? m.saveChanges : m.createAuthor}</button></div>
      </form>
      {props.id ? (
        <section id="field-delete" aria-labelledby="delete-heading">
          <h2 id="delete-heading">{m.deleteAuthorHeading}</h2>
          {(props.articleCount ?? 0) > 0 ? (
            <p>{t(m, 'authorInUse', { count: props.articleCount ?? 0 })}</p>
          ) : (
            <form method="post" action={`${action}/delete`}>
              <CsrfField token={props.csrfToken} />
              <p>{m.authorUnused}</p>
              <button type="submit" class="button button-danger">{m.deleteAuthor}</button>
            </form>
          )}
        </section>
      ) : null}
    </AdminLayout>
  );
}
