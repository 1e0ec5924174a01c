// The reader's language: remembered in a cookie when chosen with the language switcher,
// else guessed from Accept-Language, else the site's default. Only `GET /` and the
// switcher's endpoint read or write the cookie: every other public page is the same for
// every reader, so it stays in the shared page cache.
import type { FastifyRequest } from 'fastify';
import type { Site } from '../sites/site.queries.ts';
import { homeUrl } from '../lib/urls.ts';
import { canonicalLocale } from './locales.ts';
import { negotiateLocale } from './negotiate-locale.ts';

export const LANGUAGE_COOKIE = 'serai_lang';
export const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The site's own spelling of a tag in any case (`uz-latn` → `uz-Latn`), or undefined when the site does not publish it. */
export function siteLocaleOf(site: Pick<Site, 'locales'>, tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  if (site.locales.includes(tag)) return tag;
  const canonical = canonicalLocale(tag);
  const lower = tag.toLowerCase();
  return site.locales.find((l) => l === canonical || l.toLowerCase() === lower);
}

/** Where `GET /` sends this reader: remembered choice (if the site still publishes it), Accept-Language, the default. */
export function chooseLocale(request: FastifyRequest, site: Pick<Site, 'locales' | 'defaultLocale'>): string {
  const remembered = siteLocaleOf(site, request.cookies[LANGUAGE_COOKIE]);
  if (remembered) return remembered;
  const header = request.headers['accept-language'];
  return negotiateLocale(Array.isArray(header) ? header.join(',') : header, site.locales, site.defaultLocale) ?? site.defaultLocale;
}

const BASE = 'http://serai.invalid';
/** URL characters a path and query may hold as they are: no backslash, space, quote marks, `#` or controls (CR, LF, NUL). */
const PLAIN_URL = /^[A-Za-z0-9\-._~%!$&'()*+,;=:@/?]*$/;
/** Encoded control characters (%0D%0A…): harmless in a Location header, but never part of a page's address. */
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f)/i;

/**
 * `next` for the switcher's redirect when it is a path of this site under the chosen locale
 * (`/ru/articles/x`), else undefined. Refuses anything a browser could read as another host
 * (`//evil.example`, `/\evil`, `https://…`), paths a browser would rewrite (`/ru/../en/`,
 * `/ru/%2e%2e/`), other locales' paths and header injection (CR/LF, also percent-encoded).
 */
export function safeNextPath(next: unknown, locale: string): string | undefined {
  if (typeof next !== 'string' || next.length > 2000 || !PLAIN_URL.test(next) || ENCODED_CONTROL.test(next)) return undefined;
  if (!next.startsWith(homeUrl(locale))) return undefined;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return undefined;
  }
  // The parser resolves dot segments (also %2e-encoded ones) and empty authority tricks:
  // a path it would change is not one we link to, so it is refused rather than guessed at.
  if (url.origin !== BASE || `${url.pathname}${url.search}` !== next || next.includes('//')) return undefined;
  return next;
}
