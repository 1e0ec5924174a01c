// /admin/comment-policy: the site's Comment Policy, a title and a Markdown text per
// site locale. Readers see a default text for any locale left empty.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, TextArea, TextField, type FieldErrors } from '../admin/forms.tsx';
import { directionOf, languageName } from '../i18n/locale-format.ts';
import { commentPolicyUrl } from './comment-policy-url.ts';
import { commentPolicyMessagesFor } from './comment-policy.messages.ts';
import { bodyField, MAX_POLICY_BODY, MAX_POLICY_TITLE, titleField, type PolicyInputs } from './save-comment-policy.ts';

export const COMMENT_POLICY_ADMIN_PATH = '/admin/comment-policy';

export interface CommentPolicyEditorProps {
  user: AdminUser;
  csrfToken: string;
  siteName: string;
  locales: string[];
  values: PolicyInputs;
  errors?: FieldErrors;
  flash?: string;
}

const MARKDOWN_HINT = 'Markdown: **bold**, *italic*, ## Heading, - list item, [link text](https://…). Leave the title and the text empty to show the default policy.';

function LocaleFields(props: { locale: string; values: PolicyInputs; errors?: FieldErrors }) {
  const { locale } = props;
  const value = props.values[locale] ?? { title: '', bodyMd: '' };
  const defaults = commentPolicyMessagesFor(locale);
  const custom = value.title !== '' || value.bodyMd !== '';
  return (
    <fieldset class="stack">
      <legend>{`${languageName(locale)} (${locale})`}</legend>
      <p class="hint">
        {custom ? 'Readers see this policy at ' : 'Readers now see the default policy at '}
        <a href={commentPolicyUrl(locale)} lang={locale}>{commentPolicyUrl(locale)}</a>.
      </p>
      <TextField name={titleField(locale)} label="Title" value={value.title} errors={props.errors} maxLength={MAX_POLICY_TITLE}
        extra={{ lang: locale, dir: directionOf(locale), placeholder: defaults.defaultTitle }} />
      <TextArea name={bodyField(locale)} label="Policy" value={value.bodyMd} errors={props.errors} rows={16} hint={MARKDOWN_HINT}
        extra={{ lang: locale, dir: directionOf(locale), maxlength: String(MAX_POLICY_BODY) }} />
      <details>
        <summary>The default text (to copy and adapt)</summary>
        <pre class="policy-default" lang={locale} dir={directionOf(locale)}>{`${defaults.defaultTitle}\n\n${defaults.defaultBody}`}</pre>
      </details>
    </fieldset>
  );
}

export function CommentPolicyEditor(props: CommentPolicyEditorProps) {
  return (
    <AdminLayout title="Comment policy" user={props.user} csrfToken={props.csrfToken} current={COMMENT_POLICY_ADMIN_PATH} flash={props.flash}>
      <h1>Comment policy</h1>
      <p class="hint">{`For ${props.siteName}. Every comment form links to the policy in the article's language.`}</p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={COMMENT_POLICY_ADMIN_PATH} class="stack" id="comment-policy-form">
        <CsrfField token={props.csrfToken} />
        {props.locales.map((locale) => <LocaleFields locale={locale} values={props.values} errors={props.errors} />)}
        <div class="actions"><button type="submit" class="button button-primary">Save policy</button></div>
      </form>
    </AdminLayout>
  );
}
