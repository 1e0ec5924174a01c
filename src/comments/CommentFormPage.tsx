// The page a refused comment comes back on, without JavaScript: the site's chrome, the
// article it belongs to, and the form with the problem at the top and the reader's text
// kept. When comments have closed meanwhile, the text is shown for the reader to copy.
import type { Chrome } from '../public/public-site.ts';
import { articleUrl } from '../lib/urls.ts';
import { Layout } from '../views/Layout.tsx';
import { CommentForm, type CommentFormProps } from './CommentForm.tsx';
import { commentFormMessagesFor } from './comment-form.messages.ts';

export interface CommentFormPageProps {
  chrome: Chrome;
  article: { headline: string; slug: string };
  /** The form to show again; absent when comments are closed. */
  form?: CommentFormProps;
  /** When there is no form: why, and the text the reader sent. */
  closed?: { message: string; text: string };
  scripts?: string[];
}

function ClosedNotice(props: { message: string; text: string; locale: string }) {
  const m = commentFormMessagesFor(props.locale);
  return (
    <>
      <div class="error-summary comment-form-errors" role="alert" tabIndex={-1} id="comment-form-errors">
        <p>{props.message}</p>
      </div>
      {props.text.trim() !== '' ? (
        <>
          <p>{m.closedKept}</p>
          <blockquote class="comment-kept-text" dir="auto">{props.text}</blockquote>
        </>
      ) : null}
    </>
  );
}

export function CommentFormPage(props: CommentFormPageProps) {
  const { chrome, article } = props;
  const m = commentFormMessagesFor(chrome.locale);
  const href = articleUrl(chrome.locale, article.slug);
  return (
    <Layout chrome={chrome} title={`${m.pageTitle} – ${article.headline} – ${chrome.siteName}`} noindex scripts={props.scripts}>
      <div class="comment-page">
        <p class="comment-page-article">{m.onArticle} <a href={href}>{article.headline}</a></p>
        <h1>{m.pageTitle}</h1>
        {props.form ? <CommentForm {...props.form} headingLevel={2} /> : null}
        {props.closed ? <ClosedNotice {...props.closed} locale={chrome.locale} /> : null}
        <p class="comment-page-back"><a href={`${href}#comments`}>{m.backToArticle}</a></p>
      </div>
    </Layout>
  );
}
