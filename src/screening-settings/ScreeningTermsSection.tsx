// The site's own lexicon words (flagged) and allow words, per language, with a form to add one and a Remove
// button on each. The shipped lexicons are not listed here: they are data files reviewed with the code.
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { CsrfField, ErrorSummary, SelectField, TextField, type FieldErrors } from '../admin/forms.tsx';
import { t, type MessageKey, type Messages } from '../i18n/catalog.ts';
import { LEXICON_LANGUAGES } from '../screening/lexicons.ts';
import { useLocaleName } from '../sites/locale-names.ts';
import type { StoredSiteTerm } from './screening-settings.queries.ts';

const TERMS_PATH = '/admin/settings/screening/terms';

type Key = MessageKey<'adminSettings'>;
type SettingsMessages = Messages<'adminSettings'>;

export interface TermFormValues { kind: string; language: string; term: string; category: string; severity: string; match: string }

export const EMPTY_TERM_FORM: TermFormValues = { kind: 'block', language: 'en', term: '', category: 'profanity', severity: '2', match: 'word' };

/** A lexicon language named in the admin's language, with its tag: "Uzbek (Latin) (uz-Latn)". */
export function useLanguageLabel(): (tag: string) => string {
  const localeName = useLocaleName();
  return (tag) => `${localeName(tag)} (${tag})`;
}

/** The lexicon languages as select options. */
export const lexiconLanguageOptions = (languageLabel: (tag: string) => string) =>
  LEXICON_LANGUAGES.map((tag) => ({ value: tag, label: languageLabel(tag) }));

/** A lexicon category's name; also the name of the screening reason with the same code. */
export const CATEGORY_NAME: Record<string, Key> = {
  profanity: 'categoryProfanity', slur: 'categorySlur', hate: 'categoryHate', threat: 'categoryThreat',
};

const SEVERITY_NAME: Record<number, Key> = { 1: 'severityMild', 2: 'severityStrong', 3: 'severitySevere' };

const severityOption = (m: SettingsMessages, severity: 1 | 2 | 3) =>
  ({ value: String(severity), label: t(m, 'severityOption', { severity, name: m[SEVERITY_NAME[severity]!] }) });

function KindChoice(props: { value: string; error?: string }) {
  const m = useAdminMessages('adminSettings');
  const choices = [['block', m.kindBlock, m.kindBlockHint], ['allow', m.kindAllow, m.kindAllowHint]] as const;
  return (
    <fieldset class={props.error ? 'stack field-invalid' : 'stack'}>
      <legend>{m.kindLegend}</legend>
      {props.error ? <p class="field-error" id="field-kind-error">{props.error}</p> : null}
      {choices.map(([value, label, hint], i) => (
        <div class="field-check">
          <input type="radio" id={i === 0 ? 'field-kind' : `field-kind-${value}`} name="kind" value={value} checked={props.value === value} />
          <label for={i === 0 ? 'field-kind' : `field-kind-${value}`}>{label}</label>
          <span class="hint">{hint}</span>
        </div>
      ))}
    </fieldset>
  );
}

function AddTermForm(props: { csrfToken: string; values: TermFormValues; errors?: FieldErrors }) {
  const m = useAdminMessages('adminSettings');
  const languageLabel = useLanguageLabel();
  const { values, errors } = props;
  const categories = Object.entries(CATEGORY_NAME).map(([value, key]) => ({ value, label: m[key] }));
  return (
    <form method="post" action={TERMS_PATH} class="stack form-narrow" id="screening-term-form">
      <h3>{m.addWordHeading}</h3>
      <ErrorSummary errors={errors} />
      <CsrfField token={props.csrfToken} />
      <KindChoice value={values.kind} error={errors?.kind} />
      <SelectField name="language" label={m.languageLabel} value={values.language} errors={errors} options={lexiconLanguageOptions(languageLabel)} />
      <TextField name="term" label={m.wordLabel} value={values.term} errors={errors} maxLength={60} hint={m.wordHint}
        extra={{ spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off' }} />
      <div class="screening-term-details">
        <SelectField name="category" label={m.categoryLabel} value={values.category} errors={errors} options={categories} />
        <SelectField name="severity" label={m.severityLabel} value={values.severity} errors={errors}
          options={[severityOption(m, 1), severityOption(m, 2), severityOption(m, 3)]} />
        <SelectField name="match" label={m.matchLabel} value={values.match} errors={errors}
          options={[{ value: 'word', label: m.matchWord }, { value: 'stem', label: m.matchStem }]} />
      </div>
      <div class="actions"><button type="submit" class="button button-primary">{m.addWord}</button></div>
    </form>
  );
}

function TermRow(props: { csrfToken: string; row: StoredSiteTerm }) {
  const m = useAdminMessages('adminSettings');
  const { term } = props.row;
  const describe = term.kind === 'block'
    ? t(m, 'termAboutFlagged', {
      category: CATEGORY_NAME[term.category] ? m[CATEGORY_NAME[term.category]!] : term.category,
      severity: term.severity, severityName: m[SEVERITY_NAME[term.severity]!], match: term.match,
    })
    : m.termAboutAllowed;
  return (
    <li class={`screening-term screening-term-${term.kind}`} data-term-id={props.row.id} data-kind={term.kind}>
      <span class="screening-term-word" lang={term.language}>{term.term}</span>
      <span class="screening-term-about">{describe}</span>
      <form method="post" action={`${TERMS_PATH}/${encodeURIComponent(props.row.id)}/remove`} class="screening-term-remove">
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="button button-small" aria-label={t(m, 'removeWordLabel', { term: term.term })}>{m.removeWord}</button>
      </form>
    </li>
  );
}

function LanguageTerms(props: { csrfToken: string; language: string; rows: StoredSiteTerm[] }) {
  const m = useAdminMessages('adminSettings');
  const languageLabel = useLanguageLabel();
  const flagged = props.rows.filter((row) => row.term.kind === 'block');
  const allowed = props.rows.filter((row) => row.term.kind === 'allow');
  return (
    <div class="screening-language" data-language={props.language}>
      <h3>{languageLabel(props.language)}</h3>
      {([[m.flaggedWords, flagged], [m.allowedWords, allowed]] as const).map(([label, rows]) => rows.length === 0 ? null : (
        <>
          <h4>{label}</h4>
          <ul class="screening-terms">{rows.map((row) => <TermRow csrfToken={props.csrfToken} row={row} />)}</ul>
        </>
      ))}
    </div>
  );
}

export function ScreeningTermsSection(props: { csrfToken: string; terms: StoredSiteTerm[]; values: TermFormValues; errors?: FieldErrors }) {
  const m = useAdminMessages('adminSettings');
  const languages = LEXICON_LANGUAGES.filter((language) => props.terms.some((row) => row.term.language === language));
  return (
    <section aria-labelledby="screening-terms-heading" class="screening-section" id="screening-terms">
      <h2 id="screening-terms-heading">{m.termsHeading}</h2>
      <p class="hint">{m.termsIntro}</p>
      {languages.length === 0
        ? <p class="screening-empty">{m.termsEmpty}</p>
        : languages.map((language) => <LanguageTerms csrfToken={props.csrfToken} language={language} rows={props.terms.filter((row) => row.term.language === language)} />)}
      <AddTermForm csrfToken={props.csrfToken} values={props.values} errors={props.errors} />
    </section>
  );
}
