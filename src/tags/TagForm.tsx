// Create or rename a tag; on edit, a separate form deletes it (taking it off its articles).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldMessages } from '../admin/field-error-codes.ts';
import { CsrfField, ErrorSummary, TextField } from '../admin/forms.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { MAX_TAG_NAME, type TagErrors, type TagInput } from './save-tag.ts';

export interface TagFormProps {
  user: AdminUser;
  csrfToken: string;
  id?: string;
  values: TagInput;
  articleCount?: number;
  errors?: TagErrors;
  flash?: string;
}

export function TagForm(props: TagFormProps) {
  const m = useAdminMessages('adminTaxonomy');
  const errors = fieldMessages(m, props.errors);
  const action = props.id ? `/admin/tags/${encodeURIComponent(props.id)}` : '/admin/tags';
  const title = props.id ? t(m, 'editTagTitle', { name: props.values.name }) : m.newTag;
  const count = props.articleCount ?? 0;
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/tags" flash={props.flash}>
      <p><a href="/admin/tags">{m.allTags}</a></p>
      <h1>{props.id ? tParts(m, 'editTagTitle', { name: <bdi>{props.values.name}</bdi> }) : m.newTag}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="name" label={m.nameLabel} value={props.values.name} errors={errors} required maxLength={MAX_TAG_NAME} extra={{ dir: 'auto' }} />
        <TextField name="slug" label={m.slugLabel} value={props.values.slug} errors={errors} hint={m.slugHint} maxLength={120} />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? m.saveChanges : m.createTag}</button></div>
      </form>
      {props.id ? (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{m.deleteTagHeading}</h2>
          <form method="post" action={`${action}/delete`}>
            <CsrfField token={props.csrfToken} />
            <p>{count > 0 ? t(m, 'tagInUse', { count }) : m.tagUnused}</p>
            <button type="submit" class="button button-danger">{m.deleteTag}</button>
          </form>
        </section>
      ) : null}
    </AdminLayout>
  );
}
