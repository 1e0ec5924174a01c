// The fields of the article editor. Hints say what good looks like (lengths, examples);
// the counters are rendered here and kept live by the length-hints island.
import { fieldId, SelectField, TextArea, TextField, type FieldErrors } from '../admin/forms.tsx';
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

function Counter(props: { forField: string; value: string; recommended: number }) {
  const n = lengthOf(props.value);
  return (
    <span class={n > props.recommended ? 'counter hint-warning' : 'counter'} data-count-for={fieldId(props.forField)} data-recommended={String(props.recommended)}>
      {`${n} / ${props.recommended} recommended`}
    </span>
  );
}

export function MarkdownHelp() {
  const rows: Array<[string, string]> = [
    ['## Subheading', 'a subheading'], ['**bold**', 'bold'], ['*italic*', 'italic'],
    ['[link text](https://example.org)', 'a link'], ['> Quoted words', 'a block quote'],
    ['- item', 'a bulleted list'], ['1. item', 'a numbered list'], ['(empty line)', 'a new paragraph'],
  ];
  return (
    <details class="markdown-help">
      <summary>How to format the text (Markdown)</summary>
      <table>
        <thead><tr><th scope="col">Type</th><th scope="col">to get</th></tr></thead>
        <tbody>{rows.map(([code, result]) => <tr><td><code>{code}</code></td><td>{result}</td></tr>)}</tbody>
      </table>
    </details>
  );
}

export function TextFields(props: { values: EditorValues; errors: FieldErrors }) {
  const { values, errors } = props;
  const text = articleTextAttributes(values.locale);
  return (
    <div class="stack">
      <TextField name="headline" label="Headline" required value={values.headline} errors={errors} extra={text}
        hint={<>Say what happened, plainly. <Counter forField="headline" value={values.headline} recommended={LIMITS.headlineRecommended} /> (at most {LIMITS.headline}).</>} />
      <TextArea name="summary" label="Summary" rows={3} value={values.summary} errors={errors} extra={text}
        hint={<>One or two sentences shown under the headline and in lists. <Counter forField="summary" value={values.summary} recommended={LIMITS.summaryRecommended} /> (at most {LIMITS.summary}).</>} />
      <TextArea name="bodyMd" label="Article text" rows={22} value={values.bodyMd} errors={errors}
        hint="Write in paragraphs separated by an empty line. Start with the dateline's story; the dateline is added for you."
        extra={{ 'data-markdown': 'true', spellcheck: 'true', ...text }} />
      <MarkdownHelp />
    </div>
  );
}

export function PlacementFields(props: { values: EditorValues; errors: FieldErrors; sections: Choice[]; locales: string[] }) {
  const { values, errors } = props;
  const sectionOptions = [{ value: '', label: 'Choose a section…' }, ...props.sections.map((s) => ({ value: s.id, label: s.name }))];
  return (
    <fieldset class="stack">
      <legend>Where it appears</legend>
      {props.sections.length === 0 ? <p class="hint-warning">No sections exist yet. An editor can add them under <a href="/admin/sections">Sections</a>.</p> : null}
      <SelectField name="sectionId" label="Section" required value={values.sectionId} options={sectionOptions} errors={errors} />
      <SelectField name="locale" label="Language" value={values.locale} errors={errors}
        options={props.locales.map((l) => ({ value: l, label: languageName(l) }))} />
      <TextField name="dateline" label="Dateline" value={values.dateline} errors={errors} extra={articleTextAttributes(values.locale)}
        hint="The place the story was reported from, e.g. BISHKEK. Shown before the first paragraph." />
      <CommentModeSelect value={values.commentMode} errors={errors} inheritLabel="Inherit from section"
        hint="How readers’ comments on this article are moderated." />
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
  const error = errors.authorIds;
  return (
    <fieldset class={error ? 'stack field-invalid' : 'stack'} aria-describedby={error ? 'authorIds-error' : 'authorIds-hint'}>
      <legend>Byline</legend>
      <p class="hint" id="authorIds-hint">Tick everyone who wrote or reported the article, in the order they should appear.</p>
      {error ? <p class="field-error" id="authorIds-error">{error}</p> : null}
      {props.authors.length === 0 ? <p class="hint-warning">No authors exist yet. An editor can add them under <a href="/admin/authors">Authors</a>.</p> : null}
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
  return (
    <div class="stack">
      <TextField name="tags" label="Tags" value={values.tags} errors={errors} extra={articleTextAttributes(values.locale)}
        hint="Separate tags with commas, e.g. Trade, Transport. New tags are created for you." />
      <details class="advanced" open={Boolean(errors.slug)}>
        <summary>Advanced: web address</summary>
        <TextField name="slug" label="Slug (the last part of the article's address)" value={values.slug} errors={errors}
          hint={props.currentSlug
            ? `Now: ${props.currentSlug}. Lowercase letters, digits and hyphens. Leave empty to make it from the headline. If a published article's slug changes, the old address redirects to the new one.`
            : 'Lowercase letters, digits and hyphens. Leave empty to make it from the headline.'} />
      </details>
    </div>
  );
}
