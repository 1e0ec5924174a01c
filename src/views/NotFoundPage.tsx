import type { Chrome } from '../public/public-site.ts';
import { homeUrl } from '../lib/urls.ts';
import { Layout } from './Layout.tsx';

/** The reader's 404: the site's own header and navigation, a plain explanation, a way home. */
export function NotFoundPage(props: { chrome: Chrome }) {
  const { chrome } = props;
  const { messages } = chrome;
  return (
    <Layout chrome={chrome} title={`${messages.notFoundTitle} – ${chrome.siteName}`} noindex>
      <div class="not-found">
        <h1>{messages.notFoundTitle}</h1>
        <p>{messages.notFoundMessage}</p>
        <p><a href={homeUrl(chrome.locale)}>{messages.goHome}</a></p>
      </div>
    </Layout>
  );
}
