// Validation results as message keys, not sentences: a use case says which problem a field has
// (`{ key: 'nameMissing' }`) and the page that shows the form words it in the admin's language.
// The codes stay the same whatever the language, so use cases and their tests never depend on it.
import { t, type MessageKey, type Messages, type MessageValues, type Namespace } from '../i18n/catalog.ts';
import type { FieldErrors } from './forms.tsx';

export interface CodedError<N extends Namespace> { key: MessageKey<N>; values?: MessageValues }

/** Field name → its problem, as keys of one namespace. */
export type CodedErrors<N extends Namespace> = Record<string, CodedError<N>>;

/** The messages the form shows next to each field (undefined stays undefined: no error summary). */
export function fieldMessages<N extends Namespace>(m: Messages<N>, errors: CodedErrors<N> | undefined): FieldErrors | undefined {
  if (!errors) return undefined;
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, t(m, error.key, error.values)]));
}
