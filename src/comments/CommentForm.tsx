// The comment form: Name*, Email*, Comment*, the Comment Policy link, the required-field
// legend, the live "1500 / 1500" counter and, after a refused submit, an error summary
// and messages beside each field with the reader's text kept. Works without JavaScript;
// client/comments.ts keeps the counter live and moves the form for replies in place.
// Never a maxlength on the text: a browser would cut pasted text without a word.
import { COMMENT_MAX_GRAPHEMES } from './comment-limits.ts';
import { counterState, type CounterMessages } from './comment-counter.ts';
import { formatTagOf } from '../i18n/locale-format.ts';
import { commentFormMessagesFor, counterMessagesFor, type CommentFormMessages } from './comment-form.messages.ts';
import { t, tParts } from '../i18n/catalog.ts';

export interface CommentFormValues { name: string; email: string; body: string }
export type CommentFormField = 'name' | 'email' | 'body';

export interface CommentFormProps {
  /** Where the form posts: /{locale}/articles/{slug}/comments */
  action: string;
  locale: string;
  /** From mintFormToken, rendered into a hidden field. */
  token: string;
  values: CommentFormValues;
  /** Per-field messages, plus `form` for one that concerns the whole submission (rate limit, duplicate). */
  errors: Partial<Record<CommentFormField | 'form', string>>;
  /** Answering a comment: its id and its author's name. */
  replyTo?: { id: string; authorName: string };
  /** Where "Cancel reply" goes without JavaScript (the article's comments). */
  cancelReplyHref?: string;
  /** The site's Comment Policy page for this locale. */
  policyHref: string;
  /** Level of the form's heading in the page outline (default 3: under the comments' h2). */
  headingLevel?: 2 | 3 | 4;
}

type Errors = CommentFormProps['errors'];

export const COMMENT_FORM_ID = 'comment-form';
const FIELDS: CommentFormField[] = ['name', 'email', 'body'];
const fieldId = (field: CommentFormField | 'website') => `comment-${field}`;
const errorId = (field: CommentFormField) => `comment-${field}-error`;

/** The island's words for this locale, carried on the form as JSON. */
export function counterMessages(locale: string): CounterMessages {
  return counterMessagesFor(locale);
}

function Heading(props: { level: number; id: string; children: string }) {
  const Tag = `h${Math.min(6, props.level)}` as 'h2';
  return <Tag id={props.id}>{props.children}</Tag>;
}

function ErrorSummary(props: { errors: Errors; messages: CommentFormMessages; level: number }) {
  const fieldErrors = FIELDS.filter((f) => props.errors[f]);
  if (!props.errors.form && fieldErrors.length === 0) return null;
  return (
    <div id="comment-form-errors" class="error-summary comment-form-errors" role="alert" tabIndex={-1} aria-labelledby="comment-form-errors-title">
      <Heading level={props.level} id="comment-form-errors-title">{props.messages.errorSummaryTitle}</Heading>
      <ul>
        {props.errors.form ? <li>{props.errors.form}</li> : null}
        {fieldErrors.map((f) => <li><a href={`#${fieldId(f)}`}>{props.errors[f]}</a></li>)}
      </ul>
    </div>
  );
}

/** "Replying to NAME" with the name isolated (a right-to-left name must not reorder the sentence). */
export function ReplyingTo(props: { messages: CommentFormMessages; name: string }) {
  return <>{tParts(props.messages, 'replyingTo', { name: <bdi>{props.name}</bdi> })}</>;
}

function ReplyNotice(props: CommentFormProps & { messages: CommentFormMessages }) {
  if (!props.replyTo) return null;
  return (
    <p id="comment-form-reply" class="comment-form-reply">
      <ReplyingTo messages={props.messages} name={props.replyTo.authorName} />{' '}
      {props.cancelReplyHref ? <a class="comment-form-cancel" href={props.cancelReplyHref}>{props.messages.cancelReply}</a> : null}
    </p>
  );
}

function Label(props: { field: CommentFormField; text: string }) {
  return <label for={fieldId(props.field)}>{props.text}<span class="comment-required-mark" aria-hidden="true">*</span></label>;
}

function FieldError(props: { field: CommentFormField; errors: Errors }) {
  const message = props.errors[props.field];
  return message ? <p class="field-error" id={errorId(props.field)}>{message}</p> : null;
}

/** aria-describedby: the hint(s) first, then the field's error when there is one. */
function describedBy(ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? list.join(' ') : undefined;
}

function Counter(props: { body: string; locale: string }) {
  // The same digits the island writes (comment-counter.ts), so the counter does not change script on load.
  const state = counterState(props.body, COMMENT_MAX_GRAPHEMES, formatTagOf(props.locale));
  return (
    <p class="comment-counter-line">
      {/* Shown, not spoken on every keystroke: #comment-counter-status speaks it when the reader pauses. */}
      <output id="comment-counter" class={state.over ? 'comment-counter comment-counter-over' : 'comment-counter'} for={fieldId('body')} aria-hidden="true">{state.display}</output>
      {' '}
      <span id="comment-counter-message" class="comment-counter-message">
        {state.over ? t(commentFormMessagesFor(props.locale), 'charactersOver', { count: -state.remaining }) : ''}
      </span>
      <span id="comment-counter-status" class="visually-hidden" aria-live="polite"></span>
    </p>
  );
}

const fieldClass = (invalid: unknown) => (invalid ? 'field field-invalid' : 'field');
const ariaInvalid = (message: string | undefined) => (message ? 'true' : undefined);

function NameField(props: { value: string; errors: Errors; messages: CommentFormMessages }) {
  const { errors } = props;
  return (
    <div class={fieldClass(errors.name)}>
      <Label field="name" text={props.messages.name} />
      <FieldError field="name" errors={errors} />
      <input id={fieldId('name')} name="name" type="text" value={props.value} required autocomplete="name" dir="auto"
        aria-invalid={ariaInvalid(errors.name)} aria-describedby={describedBy([errors.name && errorId('name')])} />
    </div>
  );
}

function EmailField(props: { value: string; errors: Errors; messages: CommentFormMessages }) {
  const { errors } = props;
  return (
    <div class={fieldClass(errors.email)}>
      <Label field="email" text={props.messages.email} />
      <p class="hint" id="comment-email-hint">{props.messages.emailHint}</p>
      <FieldError field="email" errors={errors} />
      <input id={fieldId('email')} name="email" type="email" value={props.value} required autocomplete="email" spellcheck={false}
        aria-invalid={ariaInvalid(errors.email)} aria-describedby={describedBy(['comment-email-hint', errors.email && errorId('email')])} />
    </div>
  );
}

/** The field people leave empty and form-filling bots do not: out of sight and out of the tab order. */
function Honeypot(props: { messages: CommentFormMessages }) {
  return (
    <div class="comment-hp">
      <label for={fieldId('website')}>{props.messages.honeypot}</label>
      <input id={fieldId('website')} name="website" type="text" value="" tabIndex={-1} autocomplete="off" />
    </div>
  );
}

function BodyField(props: { value: string; errors: Errors; locale: string; messages: CommentFormMessages }) {
  const { errors } = props;
  return (
    <div class={fieldClass(errors.body)}>
      <Label field="body" text={props.messages.body} />
      <p class="hint" id="comment-body-hint">{t(props.messages, 'bodyHint', { limit: COMMENT_MAX_GRAPHEMES })}</p>
      <FieldError field="body" errors={errors} />
      <textarea id={fieldId('body')} name="body" rows={6} required dir="auto" aria-invalid={ariaInvalid(errors.body)}
        aria-describedby={describedBy(['comment-body-hint', errors.body && errorId('body'), 'comment-counter-message'])}>{props.value}</textarea>
      <Counter body={props.value} locale={props.locale} />
    </div>
  );
}

/** The Comment Policy link and the required-field legend. */
function FormMeta(props: { policyHref: string; messages: CommentFormMessages }) {
  return (
    <p class="comment-form-meta">
      <a class="comment-policy-link" href={props.policyHref}>{props.messages.policy}</a>{' '}
      <span class="comment-form-legend">{props.messages.required}</span>
    </p>
  );
}

export function CommentForm(props: CommentFormProps) {
  const m = commentFormMessagesFor(props.locale);
  const { values, errors } = props;
  const level = props.headingLevel ?? 3;
  return (
    <form id={COMMENT_FORM_ID} class="comment-form" method="post" action={props.action} aria-labelledby="comment-form-title"
      data-limit={String(COMMENT_MAX_GRAPHEMES)} data-messages={JSON.stringify(counterMessages(props.locale))}>
      <Heading level={level} id="comment-form-title">{m.formTitle}</Heading>
      <ErrorSummary errors={errors} messages={m} level={level + 1} />
      <ReplyNotice {...props} messages={m} />
      <FormMeta policyHref={props.policyHref} messages={m} />
      <input type="hidden" name="token" value={props.token} />
      {props.replyTo ? <input type="hidden" name="parent_id" value={props.replyTo.id} /> : null}
      <NameField value={values.name} errors={errors} messages={m} />
      <EmailField value={values.email} errors={errors} messages={m} />
      <Honeypot messages={m} />
      <BodyField value={values.body} errors={errors} locale={props.locale} messages={m} />
      <p class="comment-form-actions">
        <button type="submit" class="button comment-submit">{m.submit}</button>
      </p>
    </form>
  );
}
