// Create or edit a section; on edit, a separate form deletes it.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldMessages } from '../admin/field-error-codes.ts';
import { CsrfField, ErrorSummary, TextField } from '../admin/forms.tsx';
import { CommentModeSelect } from '../comment-settings/CommentModeSelect.tsx';
import type { CommentMode } from '../db/database.ts';
import { t, tParts } from '../i18n/catalog.ts';
import { labelField, MAX_SECTION_NAME, type TaxonomyErrors } from './save-section.ts';
import { directionOf } from '../i18n/locale-format.ts';
import { useLocaleName } from '../sites/locale-names.ts';

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
  errors?: TaxonomyErrors;
  flash?: string;
}

export function SectionForm(props: SectionFormProps) {
  const m = useAdminMessages('adminTaxonomy');
  const localeName = useLocaleName();
  const v = props.values;
  const errors = fieldMessages(m, props.errors);
  const action = props.id ? `/admin/sections/${encodeURIComponent(props.id)}` : '/admin/sections';
  const title = props.id ? t(m, 'editSectionTitle', { name: v.name }) : m.newSection;
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/sections" flash={props.flash}>
      <p><a href="/admin/sections">{m.allSections}</a></p>
      <h1>{props.id ? tParts(m, 'editSectionTitle', { name: <bdi>{v.name}</bdi> }) : m.newSection}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="name" label={m.nameLabel} value={v.name} errors={errors} required maxLength={MAX_SECTION_NAME} extra={{ dir: 'auto' }} />
        <TextField name="slug" label={m.slugLabel} value={v.slug} errors={errors} hint={m.slugHint} maxLength={120} />
        <TextField name="position" label={m.positionLabel} type="number" value={v.position} errors={errors}
          hint={m.positionHint} extra={{ step: '1', inputmode: 'numeric' }} />
        {props.locales.length > 0 ? (
          <fieldset class="stack">
            <legend>{m.labelsLegend}</legend>
            <p class="hint">{m.labelsHint}</p>
            {props.locales.map((locale) => (
              <TextField name={labelField(locale)} label={t(m, 'labelIn', { language: `${localeName(locale)} (${locale})` })} value={v.labels[locale] ?? ''} errors={errors}
                maxLength={MAX_SECTION_NAME} extra={{ lang: locale, dir: directionOf(locale) }} />
            ))}
          </fieldset>
        ) : null}
        <CommentModeSelect value={v.commentMode} errors={errors} inheritLabel={m.inheritFromSite} inherited={props.siteCommentMode}
          hint={m.sectionCommentsHint} />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? m.saveChanges : m.createSection}</button></div>
      </form>
      {props.id ? <DeleteSection id={props.id} csrfToken={props.csrfToken} articleCount={props.articleCount ?? 0} /> : null}
    </AdminLayout>
  );
}

function DeleteSection(props: { id: string; csrfToken: string; articleCount: number }) {
  const m = useAdminMessages('adminTaxonomy');
  return (
    <section id="field-delete" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{m.deleteSectionHeading}</h2>
      {props.articleCount > 0 ? (
        <p>{t(m, 'sectionInUse', { count: props.articleCount })}</p>
      ) : (
        <form method="post" action={`/admin/sections/${encodeURIComponent(props.id)}/delete`}>
          <CsrfField token={props.csrfToken} />
          <p>{m.sectionUnused}</p>
          <button type="submit" class="button button-danger">{m.deleteSection}</button>
        </form>
      )}
    </section>
  );
}
