import { FAVICON_HREF } from '../lib/urls.ts';

export interface ErrorPageProps {
  status: number;
  title: string;
  message: string;
  homeHref: string;
  lang: string;
}

/** A complete, dependency-free page: errors must render even when the site or database cannot be read. */
export function ErrorPage(props: ErrorPageProps) {
  return (
    <html lang={props.lang} dir="ltr">
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
          <p>{props.message}</p>
          <p><a href={props.homeHref}>Go to the home page</a></p>
        </main>
      </body>
    </html>
  );
}
