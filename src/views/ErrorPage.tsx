import { FAVICON_HREF } from '../lib/urls.ts';
import { directionOf } from '../i18n/locale-format.ts';

export interface ErrorPageProps {
  status: number;
  title: string;
  message: string;
  /** The locale the message is written in, when it is not the page's (an English message on a Russian page). */
  messageLang?: string;
  homeHref: string;
  homeLabel: string;
  /** The page's locale: `lang` and `dir` of the document. */
  lang: string;
}

/** A complete, dependency-free page: errors must render even when the site or database cannot be read. */
export function ErrorPage(props: ErrorPageProps) {
  const dir = directionOf(props.lang);
  const messageLang = props.messageLang && props.messageLang !== props.lang ? props.messageLang : undefined;
  const messageDir = messageLang ? directionOf(messageLang) : undefined;
  return (
    <html lang={props.lang} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} (${props.status})`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href={FAVICON_HREF} type="image/svg+xml" />
      </head>
      <body>
        <main id="main" class="error-page">
          <h1>{props.title}</h1>
          {/* A message in another language than the page keeps its own lang and direction. */}
          <p lang={messageLang} dir={messageDir === dir ? undefined : messageDir}>{props.message}</p>
          <p><a href={props.homeHref}>{props.homeLabel}</a></p>
        </main>
      </body>
    </html>
  );
}
