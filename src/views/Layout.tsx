// The shell of every public page: language and direction, one stylesheet,
// skip link, masthead with the publication name, section navigation, footer.
import type { ComponentChildren } from 'preact';
import type { Chrome } from '../public/public-site.ts';
import { FAVICON_HREF, homeUrl, sectionUrl } from '../lib/urls.ts';
import { HreflangAlternates, LanguageSwitcher } from './LanguageSwitcher.tsx';
import { SiteLogoImage } from '../sites/SiteLogoImage.tsx';
import type { FeedLink } from '../feeds/feed-urls.ts';
import { HeaderSearch } from '../search/HeaderSearch.tsx';
import { SiteHead } from '../structured-data/SiteHead.tsx';

export interface LayoutProps {
  chrome: Chrome;
  title: string;
  description?: string;
  /** Path of this page's one address, e.g. /en/articles/slug. */
  canonicalPath?: string;
  /** Slug of the section this page belongs to, marked in the navigation. */
  currentSection?: string;
  prevHref?: string;
  nextHref?: string;
  noindex?: boolean;
  /** Browser islands (module scripts, deferred by nature); the page works without them. */
  scripts?: string[];
  /** Social cards and structured data (src/structured-data); absent: the site-level ones (SiteHead). */
  head?: ComponentChildren;
  /** This page's feeds (RSS, Atom, JSON Feed), announced for feed discovery (issue 6). */
  feeds?: FeedLink[];
  children: ComponentChildren;
}

/** "page" on the section's own page; "true" on pages inside it (an article of the section). */
function currentMark(current: string | undefined, slug: string, path: string | undefined): 'page' | 'true' | undefined {
  if (current !== slug) return undefined;
  return path?.split('?')[0]?.endsWith(`/sections/${encodeURIComponent(slug)}`) ? 'page' : 'true';
}

function SectionNav(props: { chrome: Chrome; current?: string; path?: string }) {
  const { chrome } = props;
  if (chrome.sections.length === 0) return null;
  return (
    <nav class="section-nav" aria-label={chrome.messages.sections}>
      <ul>
        {chrome.sections.map((section) => (
          <li>
            <a href={sectionUrl(chrome.locale, section.slug)} aria-current={currentMark(props.current, section.slug, props.path)}>{section.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout(props: LayoutProps) {
  const { chrome } = props;
  const home = homeUrl(chrome.locale);
  return (
    <html lang={chrome.locale} dir={chrome.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        {/* Canonical links must be absolute, and the Host header cannot be trusted into a shared cache: only with SERAI_PUBLIC_URL. */}
        {props.canonicalPath && chrome.origin ? <link rel="canonical" href={`${chrome.origin}${props.canonicalPath}`} /> : null}
        {/* Same rule for hreflang: absolute only with SERAI_PUBLIC_URL, else left out (see page-versions.ts). */}
        <HreflangAlternates chrome={chrome} path={props.canonicalPath} />
        {props.head ?? (props.noindex ? null : <SiteHead chrome={chrome} title={props.title} description={props.description} path={props.canonicalPath} currentSection={props.currentSection} />)}
        {props.prevHref ? <link rel="prev" href={props.prevHref} /> : null}
        {props.nextHref ? <link rel="next" href={props.nextHref} /> : null}
        {props.feeds?.map((feed) => <link rel="alternate" type={feed.type} title={feed.title} href={`${chrome.origin}${feed.href}`} />)}
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={chrome.stylesheetHref} />
        <link rel="icon" href={FAVICON_HREF} type="image/svg+xml" />
        {props.scripts?.map((src) => <script type="module" src={src} />)}
      </head>
      <body>
        <a class="skip-link" href="#main">{chrome.messages.skipToContent}</a>
        <header class="masthead">
          <div class="wrap">
            <a class="site-name" href={home}>{chrome.logo ? <SiteLogoImage logo={chrome.logo} siteName={chrome.siteName} /> : chrome.siteName}</a>
            <SectionNav chrome={chrome} current={props.currentSection} path={props.canonicalPath} />
            <HeaderSearch locale={chrome.locale} />
            <LanguageSwitcher chrome={chrome} path={props.canonicalPath} />
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>{props.children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <p><a href={home}>{chrome.siteName}</a></p>
          </div>
        </footer>
      </body>
    </html>
  );
}
