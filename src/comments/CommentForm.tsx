// PLACEHOLDER (comment submission helper replaces the body; keep the props contract).
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
}

export function CommentForm(_props: CommentFormProps) {
  return null;
}
