// The site-level <head> additions of every other public page (home, sections, tags, authors):
// Open Graph as a website, a plain Twitter card, and on the home page the publisher as a
// NewsMediaOrganization; on a section page the breadcrumb home › section. URLs only with the
// site's absolute origin, as for articles.
import type { Chrome } from '../public/public-site.ts';
import { homeUrl, mediaUrl, sectionUrl } from '../lib/urls.ts';
import { breadcrumbSchema, publisherSchema } from './article-schema.ts';
import { JsonLd } from './JsonLd.tsx';
import { ogLocale } from './social-meta.ts';

export interface SiteHeadProps {
  chrome: Chrome;
  title: string;
  description?: string;
  /** The page's canonical path; absent on pages without one (search results). */
  path?: string;
  currentSection?: string;
}

function SiteSchema(props: SiteHeadProps) {
  const { chrome, path } = props;
  const { origin, locale } = chrome;
  if (!origin || !path) return null;
  if (path === homeUrl(locale)) {
    return <JsonLd data={{ '@context': 'https://schema.org', ...publisherSchema({ origin, siteName: chrome.siteName, logo: chrome.logo, locale }) }} />;
  }
  const section = chrome.sections.find((s) => s.slug === props.currentSection);
  if (!section || path !== sectionUrl(locale, section.slug)) return null;
  return <JsonLd data={breadcrumbSchema(origin, [{ name: chrome.siteName, path: homeUrl(locale) }, { name: section.name, path }])} />;
}

export function SiteHead(props: SiteHeadProps) {
  const { chrome, path } = props;
  const { origin, logo } = chrome;
  const logoWidth = logo ? (logo.widths[0] ?? logo.width) : 0;
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:title" content={props.title} />
      {props.description ? <meta property="og:description" content={props.description} /> : null}
      {origin && path ? <meta property="og:url" content={origin + path} /> : null}
      <meta property="og:site_name" content={chrome.siteName} />
      <meta property="og:locale" content={ogLocale(chrome.locale)} />
      {origin && logo ? <meta property="og:image" content={origin + mediaUrl(logo.storageKey, logoWidth, 'jpg')} /> : null}
      {origin && logo ? <meta property="og:image:alt" content={chrome.siteName} /> : null}
      <meta name="twitter:card" content="summary" />
      <SiteSchema {...props} />
    </>
  );
}
