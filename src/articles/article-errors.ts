// What is wrong with an article's fields, as keys of the adminArticles catalog: the use cases
// (validation, save, schedule) and the media upload say which problem a field has, and the
// editor words it in the admin's language when it shows the form. Codes never depend on the
// language, so the use cases, the demo seed and their tests do not either.
import type { CodedError, CodedErrors } from '../admin/field-error-codes.ts';
import type { FieldErrors } from '../admin/forms.tsx';
import { messagesIn, t } from '../i18n/catalog.ts';
import { localeNameIn } from '../sites/locale-names.ts';

export type ArticleError = CodedError<'adminArticles'>;
export type ArticleErrors = CodedErrors<'adminArticles'>;

/** Text typed by a person (a tag name) keeps its own direction inside the sentence: an Arabic tag in a Russian message. */
const isolated = (text: string) => `\u2068${text}\u2069`;

/** A locale's name inside a sentence ("Translate into Arabic", "Перевести на арабский"). */
export function languageInSentence(adminLocale: string, tag: string): string {
  const name = localeNameIn(adminLocale, tag);
  // Intl writes Russian language names in lower case; locale-names.ts capitalises them for labels.
  return adminLocale === 'en' ? name : name.charAt(0).toLocaleLowerCase(adminLocale) + name.slice(1);
}

/** One problem in the admin's language; a `locale` value also gives the message its `language`. */
export function articleErrorText(adminLocale: string, error: ArticleError): string {
  const values: Record<string, string | number> = { ...error.values };
  if (typeof values.tag === 'string') values.tag = isolated(values.tag);
  if (typeof values.locale === 'string') values.language = languageInSentence(adminLocale, values.locale);
  return t(messagesIn(adminLocale, 'adminArticles'), error.key, values);
}

/** The messages the form shows next to each field. */
export function articleFieldErrors(adminLocale: string, errors: ArticleErrors | undefined): FieldErrors {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, error]) => [field, articleErrorText(adminLocale, error)]));
}
