// The fields of the article editor. Hints say what good looks like (lengths, examples);
// the counters are rendered here and kept live by the length-hints island.
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldId, SelectField, TextArea, TextField, type FieldErrors } from '../admin/forms.tsx';
import { t, tParts, type MessageKey } from '../i18n/catalog.ts';
import { CommentModeSelect } from '../comment-settings/CommentModeSelect.tsx';
import type { Choice } from './article-editor.queries.ts';
import type { EditorValues } from './article-form.ts';
import { lengthOf, LIMITS } from './article-validation.ts';
import { directionOf } from '../i18n/locale-format.ts';

/**
 * `lang` and `dir` for the fields that hold the article's own words: an Arabic article is
 * written right to left (and spell-checked as Arabic) inside the left-to-right admin.
 * Nothing until a language is chosen. (Changing the Language select takes effect on the next render.)
 */
export function articleTextAttributes(locale: string): Record<string, string> {
  return locale ? { lang: locale, dir: directionOf(locale) } : {};
}

/**
 * "58 / 70 recommended". The length-hints island rewrites it while typing from `data-template`,
 * the same sentence with `{count}` left in (islands get finished words, never the catalogs).
 */
function Counter(props: { forField: string; value: string; recommended: number }) {
  const m = useAdminMessages('adminArticles');
  const n = lengthOf(props.value);
  return (
    <span class={n > props.recommended ? 'counter hint-warning' : 'counter'} data-count-for={fieldId(props.forField)} data-recommended={String(props.recommended)}
      data-template={t(m, 'lengthCounter', { count: '{count}', recommended: props.recommended })}>
      {t(m, 'lengthCounter', { count: n, recommended: props.recommended })}
    </span>
  );
}

const MARKDOWN_ROWS: ReadonlyArray<[MessageKey<'adminArticles'>, MessageKey<'adminArticles'>]> = [
  ['mdSubheading', 'mdSubheadingResult'], ['mdBold', 'mdBoldResult'], ['mdItalic', 'mdItalicResult'],
  ['mdLink', 'mdLinkResult'], ['mdQuote', 'mdQuoteResult'], ['mdBullets', 'mdBulletsResult'],
  ['mdNumbered', 'mdNumberedResult'], ['mdParagraph', 'mdParagraphResult'],
];

export function MarkdownHelp() {
  const m = useAdminMessages('adminArticles');
  return (
    <details class="markdown-help">
      <summary>{m.markdownHelp}</summary>
      <table>
        <thead><tr><th scope="col">{m.markdownType}</th><th scope="col">{m.markdownToGet}</th></tr></thead>
        <tbody>{MARKDOWN_ROWS.map(([code, result]) => <tr><td><code>{m[code]}</code></td><td>{m[result]}</td></tr>)}</tbody>
      </table>
    </details>
  );
}

export function TextFields(props: { values: EditorValues; errors: FieldErrors }) {
  const { values, errors } = props;
  const m = useAdminMessages('adminArticles');
  const text = articleTextAttributes(values.locale);
  const headlineCounter = <Counter forField="headline" value={values.headline} recommended={LIMITS.headlineRecommended} />;
  const summaryCounter = <Counter forField="summary" value={values.summary} recommended={LIMITS.summaryRecommended} />;
  return (
    <div class="stack">
      <TextField name="headline" label={m.headline} required value={values.headline} errors={errors} extra={text}
        hint={tParts(m, 'headlineHint', { counter: headlineCounter, max: LIMITS.headline })} />
      <TextArea name="summary" label={m.summary} rows={3} value={values.summary} errors={errors} extra={text}
        hint={tParts(m, 'summaryHint', { counter: summaryCounter, max: LIMITS.summary })} />
      <TextArea name="bodyMd" label={m.articleText} rows={22} value={values.bodyMd} errors={errors} hint={m.bodyHint}
        extra={{ 'data-markdown': 'true', spellcheck: 'true', ...text }} />
      <MarkdownHelp />
    </div>
  );
}

export function PlacementFields(props: { values: EditorValues; errors: FieldErrors; sections: Choice[]; locales: string[] }) {
  const { values, errors } = props;
  const m = useAdminMessages('adminArticles');
  const sectionOptions = [{ value: '', label: m.chooseSection }, ...props.sections.map((s) => ({ value: s.id, label: s.name }))];
  return (
    <fieldset class="stack">
      <legend>{m.placementLegend}</legend>
      {props.sections.length === 0 ? <p class="hint-warning">{tParts(m, 'noSections', { link: <a href="/admin/sections">{m.sectionsLink}</a> })}</p> : null}
      <SelectField name="sectionId" label={m.section} required value={values.sectionId} options={sectionOptions} errors={errors} />
      <SelectField name="locale" label={m.language} value={values.locale} errors={errors}
        options={props.locales.map((l) => ({ value: l, label: languageName(l) }))} />
      <TextField name="dateline" label={m.dateline} value={values.dateline} errors={errors} extra={articleTextAttributes(values.locale)}
        hint={m.datelineHint} />
      <CommentModeSelect value={values.commentMode} errors={errors} inheritLabel={m.inheritFromSection} hint={m.commentModeHint} />
    </fieldset>
  );
}

export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name && name !== locale ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
}

export function BylineFields(props: { values: EditorValues; errors: FieldErrors; authors: Choice[] }) {
  const { values, errors } = props;
  const m = useAdminMessages('adminArticles');
  const error = errors.authorIds;
  return (
    <fieldset class={error ? 'stack field-invalid' : 'stack'} aria-describedby={error ? 'authorIds-error' : 'authorIds-hint'}>
      <legend>{m.byline}</legend>
      <p class="hint" id="authorIds-hint">{m.bylineHint}</p>
      {error ? <p class="field-error" id="authorIds-error">{error}</p> : null}
      {props.authors.length === 0 ? <p class="hint-warning">{tParts(m, 'noAuthors', { link: <a href="/admin/authors">{m.authorsLink}</a> })}</p> : null}
      {props.authors.map((author, i) => {
        const id = i === 0 ? fieldId('authorIds') : `author-${author.id}`;
        return (
          <div class="field-check">
            <input type="checkbox" id={id} name="authorIds" value={author.id} checked={values.authorIds.includes(author.id)} />
            <label for={id}>{author.name}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function TagAndSlugFields(props: { values: EditorValues; errors: FieldErrors; currentSlug: string | undefined }) {
  const { values, errors } = props;
  const m = useAdminMessages('adminArticles');
  return (
    <div class="stack">
      <TextField name="tags" label={m.tags} value={values.tags} errors={errors} extra={articleTextAttributes(values.locale)} hint={m.tagsHint} />
      <details class="advanced" open={Boolean(errors.slug)}>
        <summary>{m.advancedAddress}</summary>
        <TextField name="slug" label={m.slugLabel} value={values.slug} errors={errors}
          hint={props.currentSlug ? tParts(m, 'slugHintCurrent', { slug: <bdi>{props.currentSlug}</bdi> }) : m.slugHint} />
      </details>
    </div>
  );
}
