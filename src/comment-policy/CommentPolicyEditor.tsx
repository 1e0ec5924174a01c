// /admin/comment-policy: the site's Comment Policy, a title and a Markdown text per
// site locale. Readers see a default text for any locale left empty.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldMessages } from '../admin/field-error-codes.ts';
import { CsrfField, ErrorSummary, TextArea, TextField, type FieldErrors } from '../admin/forms.tsx';
import { tParts } from '../i18n/catalog.ts';
import { directionOf } from '../i18n/locale-format.ts';
import { useLocaleName } from '../sites/locale-names.ts';
import { commentPolicyUrl } from './comment-policy-url.ts';
import { commentPolicyMessagesFor } from './comment-policy.messages.ts';
import { bodyField, MAX_POLICY_BODY, MAX_POLICY_TITLE, titleField, type PolicyErrors, type PolicyInputs } from './save-comment-policy.ts';

export const COMMENT_POLICY_ADMIN_PATH = '/admin/comment-policy';

export interface CommentPolicyEditorProps {
  user: AdminUser;
  csrfToken: string;
  siteName: string;
  locales: string[];
  /** Prefix for links to public pages: '' on the Host's site, else the admin site's origin (src/admin/public-link.ts). */
  publicBase: string;
  values: PolicyInputs;
  errors?: PolicyErrors;
  flash?: string;
}

function LocaleFields(props: { locale: string; publicBase: string; values: PolicyInputs; errors?: FieldErrors }) {
  const m = useAdminMessages('adminSettings');
  const localeName = useLocaleName();
  const { locale } = props;
  const value = props.values[locale] ?? { title: '', bodyMd: '' };
  // The default text readers of that locale see: in the locale's language, not the admin's.
  const defaults = commentPolicyMessagesFor(locale);
  const custom = value.title !== '' || value.bodyMd !== '';
  const href = `${props.publicBase}${commentPolicyUrl(locale)}`;
  const link = <a href={href} lang={locale}>{href}</a>;
  return (
    <fieldset class="stack">
      <legend>{`${localeName(locale)} (${locale})`}</legend>
      <p class="hint">{tParts(m, custom ? 'policySeenAt' : 'policyDefaultSeenAt', { link })}</p>
      <TextField name={titleField(locale)} label={m.policyTitleLabel} value={value.title} errors={props.errors} maxLength={MAX_POLICY_TITLE}
        extra={{ lang: locale, dir: directionOf(locale), placeholder: defaults.defaultTitle }} />
      <TextArea name={bodyField(locale)} label={m.policyBodyLabel} value={value.bodyMd} errors={props.errors} rows={16} hint={m.policyMarkdownHint}
        extra={{ lang: locale, dir: directionOf(locale), maxlength: String(MAX_POLICY_BODY) }} />
      <details>
        <summary>{m.policyDefaultSummary}</summary>
        <pre class="policy-default" lang={locale} dir={directionOf(locale)}>{`${defaults.defaultTitle}\n\n${defaults.defaultBody}`}</pre>
      </details>
    </fieldset>
  );
}

export function CommentPolicyEditor(props: CommentPolicyEditorProps) {
  const m = useAdminMessages('adminSettings');
  const errors = fieldMessages(m, props.errors);
  return (
    <AdminLayout title={m.commentPolicyTitle} user={props.user} csrfToken={props.csrfToken} current={COMMENT_POLICY_ADMIN_PATH} flash={props.flash}>
      <h1>{m.commentPolicyTitle}</h1>
      <p class="hint">{tParts(m, 'commentPolicyIntro', { site: <bdi>{props.siteName}</bdi> })}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={COMMENT_POLICY_ADMIN_PATH} class="stack" id="comment-policy-form">
        <CsrfField token={props.csrfToken} />
        {props.locales.map((locale) => <LocaleFields locale={locale} publicBase={props.publicBase} values={props.values} errors={errors} />)}
        <div class="actions"><button type="submit" class="button button-primary">{m.savePolicy}</button></div>
      </form>
    </AdminLayout>
  );
}
