// The report form without JavaScript: the site's chrome, the article, an excerpt of the
// comment, the reasons as radio buttons in a fieldset, and the way back. Re-shown with the
// problem at the top when a report was refused (no reason chosen, form not checked).
import { formatDateTime } from '../i18n/locale-format.ts';
import type { Chrome } from '../public/public-site.ts';
import { Layout } from '../views/Layout.tsx';
import { tParts } from '../i18n/catalog.ts';
import { reportMessagesFor, reportReasonLabel, type ReportMessages } from './report.messages.ts';
import { REPORT_REASONS, type ReportReason } from './report-reasons.ts';

/** Long comments are cut on the report page: the reader only needs to recognise it. */
export const EXCERPT_GRAPHEMES = 280;

export interface ReportPageProps {
  chrome: Chrome;
  article: { headline: string; href: string };
  comment: { id: string; authorName: string; body: string; createdAt: string };
  /** Where the form posts (this page's own address). */
  action: string;
  token: string;
  chosen?: ReportReason;
  /** What went wrong with the last attempt: a stable code (data-code) and the words. */
  problem?: { code: string; message: string };
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function excerptOf(text: string, limit = EXCERPT_GRAPHEMES): string {
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (parts.length === limit) return `${parts.join('').trimEnd()}…`;
    parts.push(segment);
  }
  return text;
}

function Reasons(props: { locale: string; chosen?: ReportReason; invalid: boolean }) {
  const m = reportMessagesFor(props.locale);
  return (
    <fieldset class="report-reasons" aria-describedby={props.invalid ? 'report-problem' : undefined}>
      <legend>{m.legend}</legend>
      {REPORT_REASONS.map((code) => (
        <div class="report-reason">
          <input type="radio" name="reason" value={code} id={`report-reason-${code}`} checked={props.chosen === code} required />
          <label for={`report-reason-${code}`}>{reportReasonLabel(m, code)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** "Comment by NAME" with only the name isolated: a right-to-left name must not reorder the words around it. */
function CommentBy(props: { messages: ReportMessages; name: string }) {
  return <>{tParts(props.messages, 'commentBy', { name: <bdi>{props.name}</bdi> })}</>;
}

export function ReportPage(props: ReportPageProps) {
  const { chrome, article, comment } = props;
  const m = reportMessagesFor(chrome.locale);
  return (
    <Layout chrome={chrome} title={`${m.pageTitle} – ${article.headline} – ${chrome.siteName}`} noindex>
      <div class="comment-page report-page">
        <p class="comment-page-article">{m.onArticle} <a href={article.href}>{article.headline}</a></p>
        <h1>{m.pageTitle}</h1>
        {props.problem ? (
          <div class="error-summary comment-form-errors" role="alert" tabIndex={-1} id="report-problem" data-code={props.problem.code}>
            <p>{props.problem.message}</p>
          </div>
        ) : null}
        <figure class="report-comment">
          <blockquote class="comment-kept-text" dir="auto">{excerptOf(comment.body)}</blockquote>
          <figcaption>
            <CommentBy messages={m} name={comment.authorName} />,{' '}
            <time datetime={comment.createdAt}>{formatDateTime(chrome.locale, comment.createdAt)}</time>
          </figcaption>
        </figure>
        <p>{m.intro}</p>
        <form class="report-form" id="report-form" method="post" action={props.action}>
          <input type="hidden" name="token" value={props.token} />
          <Reasons locale={chrome.locale} chosen={props.chosen} invalid={props.problem !== undefined && props.chosen === undefined} />
          <p><button type="submit" class="comment-submit">{m.submit}</button></p>
        </form>
        <p class="comment-page-back"><a href={`${article.href}#comment-${comment.id}`}>{m.backToArticle}</a></p>
      </div>
    </Layout>
  );
}
