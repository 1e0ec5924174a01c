// Accessible form pieces shared by every admin form: a label for each control,
// the error next to the field (aria-invalid + aria-describedby), hints, and the
// CSRF field. Forms re-render with the person's input and the errors on a 400.
import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../http/csrf.ts';
import { t } from '../i18n/catalog.ts';
import { useAdminMessages } from './admin-i18n.tsx';

export type FieldErrors = Record<string, string>;

/** What a form parser returns: the clean value, or the errors to re-show with the input. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}

export function ErrorSummary(props: { errors: FieldErrors | undefined }) {
  const m = useAdminMessages('adminCommon');
  const entries = Object.entries(props.errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <h2>{t(m, 'errorSummaryTitle', { count: entries.length })}</h2>
      <ul>{entries.map(([field, message]) => <li><a href={`#${fieldId(field)}`}>{message}</a></li>)}</ul>
    </div>
  );
}

export const fieldId = (name: string) => `field-${name.replace(/[^\w-]/g, '-')}`;

interface FieldProps {
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: ComponentChildren;
  required?: boolean;
}

function describedBy(name: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldShell(props: FieldProps & { children: ComponentChildren }) {
  const error = props.errors?.[props.name];
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={fieldId(props.name)}>{props.label}{props.required ? <span aria-hidden="true"> *</span> : null}</label>
      {props.hint ? <p class="hint" id={`${fieldId(props.name)}-hint`}>{props.hint}</p> : null}
      {error ? <p class="field-error" id={`${fieldId(props.name)}-error`}>{error}</p> : null}
      {props.children}
    </div>
  );
}

export function TextField(props: FieldProps & { value?: string; type?: 'text' | 'email' | 'password' | 'datetime-local' | 'url' | 'number'; maxLength?: number; autocomplete?: string; extra?: Record<string, string> }) {
  const error = props.errors?.[props.name];
  // preact's typings narrow <input> by its literal type; the attributes here are valid for every type we allow.
  const attributes: Record<string, unknown> = {
    id: fieldId(props.name), name: props.name, type: props.type ?? 'text', value: props.value ?? '',
    required: props.required, maxLength: props.maxLength, autocomplete: props.autocomplete,
    'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy(props.name, props.hint, error),
    ...props.extra,
  };
  return (
    <FieldShell {...props}>
      <input {...attributes} />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { value?: string; rows?: number; extra?: Record<string, string> }) {
  const error = props.errors?.[props.name];
  return (
    <FieldShell {...props}>
      <textarea
        id={fieldId(props.name)} name={props.name} rows={props.rows ?? 6} required={props.required}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)}
        {...props.extra}
      >{props.value ?? ''}</textarea>
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { value?: string; options: Array<{ value: string; label: string }> }) {
  const error = props.errors?.[props.name];
  return (
    <FieldShell {...props}>
      <select id={fieldId(props.name)} name={props.name} required={props.required}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)}>
        {props.options.map((o) => <option value={o.value} selected={o.value === props.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}

/** Reads a urlencoded form field as a trimmed string ('' when absent or not a string). */
export function formString(body: unknown, name: string): string {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0].trim() : '';
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads a repeated form field (checkboxes, multi-select) as a list of strings. */
export function formList(body: unknown, name: string): string[] {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}
