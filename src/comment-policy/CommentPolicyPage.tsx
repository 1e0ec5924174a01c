// The site's Comment Policy for one locale, linked from every comment form.
import type { Chrome } from '../public/public-site.ts';
import { DateTime } from '../views/DateTime.tsx';
import { Layout } from '../views/Layout.tsx';
import { TrustedHtml } from '../views/render.tsx';
import { commentPolicyUrl } from './comment-policy-url.ts';
import { commentPolicyMessagesFor } from './comment-policy.messages.ts';

export interface PolicyView {
  title: string;
  /** Sanitised HTML (markdown.ts), never reader input. */
  bodyHtml: string;
  /** When the newsroom last changed its own policy; absent for the default text. */
  updatedAt?: string;
}

export function CommentPolicyPage(props: { chrome: Chrome; policy: PolicyView }) {
  const { chrome, policy } = props;
  const messages = commentPolicyMessagesFor(chrome.locale);
  return (
    <Layout chrome={chrome} title={`${policy.title} – ${chrome.siteName}`} canonicalPath={commentPolicyUrl(chrome.locale)}>
      <article class="comment-policy">
        <h1>{policy.title}</h1>
        {policy.updatedAt ? <p class="meta">{messages.lastUpdated} <DateTime iso={policy.updatedAt} locale={chrome.locale} /></p> : null}
        <TrustedHtml class="article-body" html={policy.bodyHtml} />
      </article>
    </Layout>
  );
}
