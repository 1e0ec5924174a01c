// Which site and locale a public request is for, and the parts every public page
// shares (publication name, section navigation, locales), called the chrome.
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../http/errors.ts';
import { directionOf, type Direction } from '../i18n/locale-format.ts';
import { messagesFor, type Messages } from '../i18n/messages.ts';
import type { PageVersions } from '../i18n/page-versions.ts';
import { listSectionLinks } from '../sections/section-page.queries.ts';
import type { Site, SiteLogo } from '../sites/site.queries.ts';
import { siteOrigin } from '../sites/site-origin.ts';
import type { SectionLink } from './public-content.ts';
import { siteStylesheet } from './stylesheet.ts';

export interface Chrome {
  siteName: string;
  /** The site's logo, shown in the masthead instead of the name; null shows the name. */
  logo: SiteLogo | null;
  locale: string;
  dir: Direction;
  messages: Messages;
  sections: SectionLink[];
  /** All locales of the site, for language links. */
  locales: string[];
  stylesheetHref: string;
  /** Absolute origin of this site for canonical and hreflang links (site-origin.ts); '' without SERAI_PUBLIC_URL. */
  origin: string;
  /** This page in the site's other locales (hreflang, language switcher); set by the page's route. Absent: each locale's home. */
  versions?: PageVersions;
}

export async function siteFor(deps: Pick<AppDeps, 'sites'>, request: FastifyRequest): Promise<Site> {
  const site = await deps.sites.forHost(request.headers.host);
  if (!site) throw notFound();
  return site;
}

export function isSiteLocale(site: Site, locale: string): boolean {
  return site.locales.includes(locale);
}

/** The site and locale of a /{locale}/… request; 404 when the locale is not one the site publishes. */
export async function siteAndLocale(deps: Pick<AppDeps, 'sites'>, request: FastifyRequest, locale: string): Promise<Site> {
  const site = await siteFor(deps, request);
  if (!isSiteLocale(site, locale)) throw notFound();
  return site;
}

/**
 * Slugs from the address go into queries as parameters; PostgreSQL refuses text with NUL
 * bytes, so an address carrying control characters is simply a missing page.
 */
export function assertPlausibleSlug(slug: string): void {
  if (slug.length === 0 || slug.length > 200 || /[\u0000-\u001f\u007f]/.test(slug)) throw notFound();
}

export async function loadChrome(deps: Pick<AppDeps, 'db' | 'config'>, site: Site, locale: string): Promise<Chrome> {
  return {
    siteName: site.name,
    logo: site.logo,
    locale,
    dir: directionOf(locale),
    messages: messagesFor(locale),
    sections: await listSectionLinks(deps.db, site.id, locale),
    locales: site.locales,
    stylesheetHref: siteStylesheet().href,
    origin: siteOrigin(site, deps.config.publicUrl),
  };
}
