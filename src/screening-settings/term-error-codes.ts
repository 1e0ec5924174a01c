// checkSiteTerm (src/screening/site-lexicons.ts) answers in English sentences, one per field, since the CLI and
// the lexicon tests read them too. The admin page words them in the admin's language: each field has one
// problem, except the word itself, whose sentence says which of its rules it broke (and a number).
// term-error-codes.test.ts runs every rule through checkSiteTerm, so a reworded sentence fails there, not here.
import type { CodedError, CodedErrors } from '../admin/field-error-codes.ts';

type SettingsError = CodedError<'adminSettings'>;

const FIELD_ERRORS: Record<string, SettingsError> = {
  language: { key: 'termLanguageInvalid' },
  kind: { key: 'termKindInvalid' },
  category: { key: 'termCategoryInvalid' },
  severity: { key: 'termSeverityInvalid' },
  match: { key: 'termMatchInvalid' },
};

const TERM_ERRORS: Array<[RegExp, (found: RegExpExecArray) => SettingsError]> = [
  [/^Enter a word\.$/, () => ({ key: 'termMissing' })],
  [/^Enter one word, without spaces\./, () => ({ key: 'termHasSpaces' })],
  [/^Enter a word of at most (\d+) letters/, (found) => ({ key: 'termTooLong', values: { max: Number(found[1]) } })],
  [/^Enter a word made of letters/, () => ({ key: 'termNotLetters' })],
  [/^A flagged word needs at least (\d+) letters/, (found) => ({ key: 'termTooShort', values: { min: Number(found[1]) } })],
  [/^Enter one lowercase word without spaces\./, () => ({ key: 'termNotOneWord' })],
];

/** The message key of one of checkSiteTerm's sentences about the word; a sentence not known here gets a general one. */
export function termErrorOf(sentence: string): SettingsError {
  for (const [pattern, code] of TERM_ERRORS) {
    const found = pattern.exec(sentence);
    if (found) return code(found);
  }
  return { key: 'termInvalid' };
}

export function termErrorCodes(errors: Readonly<Record<string, string>>): CodedErrors<'adminSettings'> {
  return Object.fromEntries(Object.keys(errors).map((field) => [
    field, field === 'term' ? termErrorOf(errors[field]!) : FIELD_ERRORS[field] ?? { key: 'termInvalid' },
  ]));
}
