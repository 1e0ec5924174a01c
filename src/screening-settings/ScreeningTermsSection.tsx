// The site's own lexicon words (flagged) and allow words, per language, with a form to add one and a Remove
// button on each. The shipped lexicons are not listed here: they are data files reviewed with the code.
import { CsrfField, ErrorSummary, SelectField, TextField, type FieldErrors } from '../admin/forms.tsx';
import { LEXICON_LANGUAGES } from '../screening/lexicons.ts';
import type { StoredSiteTerm } from './screening-settings.queries.ts';

const TERMS_PATH = '/admin/settings/screening/terms';

export interface TermFormValues { kind: string; language: string; term: string; category: string; severity: string; match: string }

export const EMPTY_TERM_FORM: TermFormValues = { kind: 'block', language: 'en', term: '', category: 'profanity', severity: '2', match: 'word' };

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', ru: 'Russian', kk: 'Kazakh', ky: 'Kyrgyz', 'uz-Latn': 'Uzbek (Latin)', 'uz-Cyrl': 'Uzbek (Cyrillic)',
  tg: 'Tajik', tk: 'Turkmen', fa: 'Persian', ps: 'Pashto', ur: 'Urdu', ar: 'Arabic',
};

export const languageOptions = () => LEXICON_LANGUAGES.map((tag) => ({ value: tag, label: `${LANGUAGE_NAMES[tag] ?? tag} (${tag})` }));

const SEVERITY_LABEL: Record<number, string> = { 1: 'mild', 2: 'strong', 3: 'severe' };

function KindChoice(props: { value: string; error?: string }) {
  const choices = [
    ['block', 'Flag this word', 'Comments using it get a reason and a score, by the category and severity below.'],
    ['allow', 'Allow this word', 'Never flag this word or words beginning with it (an innocent word that contains a flagged one).'],
  ] as const;
  return (
    <fieldset class={props.error ? 'stack field-invalid' : 'stack'}>
      <legend>Kind</legend>
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
  const { values, errors } = props;
  return (
    <form method="post" action={TERMS_PATH} class="stack form-narrow" id="screening-term-form">
      <h3>Add a word</h3>
      <ErrorSummary errors={errors} />
      <CsrfField token={props.csrfToken} />
      <KindChoice value={values.kind} error={errors?.kind} />
      <SelectField name="language" label="Language" value={values.language} errors={errors} options={languageOptions()} />
      <TextField name="term" label="Word" value={values.term} errors={errors} maxLength={60}
        hint="One word, no spaces, in the language's own spelling. Disguised spellings (b1tch, с у к а, Latin letters in Cyrillic words) are found by themselves."
        extra={{ spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off' }} />
      <div class="screening-term-details">
        <SelectField name="category" label="Category (flagged words)" value={values.category} errors={errors}
          options={[{ value: 'profanity', label: 'Profanity or insult' }, { value: 'slur', label: 'Slur' }, { value: 'hate', label: 'Hate or incitement' }, { value: 'threat', label: 'Threat' }]} />
        <SelectField name="severity" label="Severity (flagged words)" value={values.severity} errors={errors}
          options={[{ value: '1', label: '1 mild' }, { value: '2', label: '2 strong' }, { value: '3', label: '3 severe' }]} />
        <SelectField name="match" label="Match (flagged words)" value={values.match} errors={errors}
          options={[{ value: 'word', label: 'Whole word only' }, { value: 'stem', label: 'Word with any ending' }]} />
      </div>
      <div class="actions"><button type="submit" class="button button-primary">Add word</button></div>
    </form>
  );
}

function TermRow(props: { csrfToken: string; row: StoredSiteTerm }) {
  const { term } = props.row;
  const describe = term.kind === 'block'
    ? `${term.category}, ${term.severity} ${SEVERITY_LABEL[term.severity]}, ${term.match === 'stem' ? 'with any ending' : 'whole word'}`
    : 'allowed';
  return (
    <li class={`screening-term screening-term-${term.kind}`} data-term-id={props.row.id} data-kind={term.kind}>
      <span class="screening-term-word" lang={term.language}>{term.term}</span>
      <span class="screening-term-about">{describe}</span>
      <form method="post" action={`${TERMS_PATH}/${encodeURIComponent(props.row.id)}/remove`} class="screening-term-remove">
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="button button-small" aria-label={`Remove ${term.term}`}>Remove</button>
      </form>
    </li>
  );
}

function LanguageTerms(props: { csrfToken: string; language: string; rows: StoredSiteTerm[] }) {
  const flagged = props.rows.filter((row) => row.term.kind === 'block');
  const allowed = props.rows.filter((row) => row.term.kind === 'allow');
  return (
    <div class="screening-language" data-language={props.language}>
      <h3>{`${LANGUAGE_NAMES[props.language] ?? props.language} (${props.language})`}</h3>
      {[['Flagged words', flagged], ['Allowed words', allowed]].map(([label, rows]) => (rows as StoredSiteTerm[]).length === 0 ? null : (
        <>
          <h4>{label as string}</h4>
          <ul class="screening-terms">{(rows as StoredSiteTerm[]).map((row) => <TermRow csrfToken={props.csrfToken} row={row} />)}</ul>
        </>
      ))}
    </div>
  );
}

export function ScreeningTermsSection(props: { csrfToken: string; terms: StoredSiteTerm[]; values: TermFormValues; errors?: FieldErrors }) {
  const languages = LEXICON_LANGUAGES.filter((language) => props.terms.some((row) => row.term.language === language));
  return (
    <section aria-labelledby="screening-terms-heading" class="screening-section" id="screening-terms">
      <h2 id="screening-terms-heading">This site’s words</h2>
      <p class="hint">Added to the shipped lexicons of each language for this site only. An allowed word wins over any flagged one.</p>
      {languages.length === 0
        ? <p class="screening-empty">No words added yet: the shipped lexicons apply as they are.</p>
        : languages.map((language) => <LanguageTerms csrfToken={props.csrfToken} language={language} rows={props.terms.filter((row) => row.term.language === language)} />)}
      <AddTermForm csrfToken={props.csrfToken} values={props.values} errors={props.errors} />
    </section>
  );
}
