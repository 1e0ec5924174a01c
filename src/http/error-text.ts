// Which locale an error page (or a JSON error body) is written in, and its words from the
// `errors` catalog, keyed by the HttpError's stable code. A reader's page names its locale in
// the path; staff work in the admin's language; anyone else gets English or Russian by
// Accept-Language, the two languages every error has words in.
import type { FastifyRequest } from 'fastify';
import { adminLocaleOf } from '../admin/admin-locale.ts';
import { messagesIn, writtenIn, type MessageKey } from '../i18n/catalog.ts';
import { SOURCE_LOCALE } from '../i18n/catalog-files.ts';
import { negotiateLocale } from '../i18n/negotiate-locale.ts';
import { isPublicPath } from '../public/not-found.tsx';
import { isSiteLocale } from '../public/public-site.ts';
import type { SiteDirectory } from '../sites/site-directory.ts';

/** The locales an error outside a reader's page is shown in, chosen by Accept-Language. */
export const ERROR_LOCALES = ['en', 'ru'] as const;

const ADMIN_PATH = /^\/admin(?:[/?#]|$)/;

export function isAdminPath(url: string): boolean {
  return ADMIN_PATH.test(url);
}

/** The first segment of a path when it looks like a locale (`/ru/…`, `/uz-Latn`); else undefined. */
function localeSegment(url: string): string | undefined {
  return /^\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)(?:[/?#]|$)/.exec(url)?.[1];
}

export interface ErrorLocale {
  locale: string;
  /** Where it came from: a reader's /{locale}/ path, the admin's language, or Accept-Language. */
  from: 'path' | 'admin' | 'header';
}

/**
 * The error's locale: a public path's /{locale}/ when its site publishes that locale, the
 * admin's language on admin paths, else Accept-Language between English and Russian, else
 * English. Never throws: an error page must not fail because the site list cannot be read.
 */
export async function errorLocaleOf(request: FastifyRequest, sites: Pick<SiteDirectory, 'forHost'> | undefined): Promise<ErrorLocale> {
  const url = request.url;
  if (isAdminPath(url)) return { locale: adminLocaleOf(request), from: 'admin' };
  const wanted = isPublicPath(url) ? localeSegment(url) : undefined;
  if (wanted && sites) {
    try {
      const site = await sites.forHost(request.headers.host);
      if (site && isSiteLocale(site, wanted)) return { locale: wanted, from: 'path' };
    } catch (cause) {
      request.log.warn({ err: cause }, 'error page: the site could not be read; choosing the locale by Accept-Language');
    }
  }
  const negotiated = negotiateLocale(request.headers['accept-language'], ERROR_LOCALES, SOURCE_LOCALE);
  return { locale: negotiated ?? SOURCE_LOCALE, from: 'header' };
}

type ErrorKey = MessageKey<'errors'>;

/** The title of each status an error page is shown with; others are titled "Error". */
const TITLE_KEYS: Readonly<Record<number, ErrorKey>> = {
  400: 'titleBadRequest', 403: 'titleForbidden', 404: 'titleNotFound', 405: 'titleMethodNotAllowed',
  413: 'titleTooLarge', 415: 'titleUnsupported', 429: 'titleTooManyRequests', 500: 'titleServerError',
};

export interface ErrorText {
  title: string;
  message: string;
  /** The locale `message` is written in: the page's, or `en` when the code has no words in it. */
  messageLocale: string;
  goHome: string;
}

/**
 * The words of an error in a locale. The message is the catalog's for the code when the
 * locale has its own; otherwise (English, or a code the locale lacks) the HttpError's own
 * English message, which is the more precise ("This user does not exist.").
 */
export function errorText(locale: string, status: number, code: string, englishMessage: string): ErrorText {
  const m = messagesIn(locale, 'errors');
  const title = m[TITLE_KEYS[status] ?? 'titleError'];
  const key = code as ErrorKey;
  const translated = Object.hasOwn(m, key) && writtenIn(m, key) !== SOURCE_LOCALE;
  return translated
    ? { title, message: m[key], messageLocale: locale, goHome: m.goHome }
    : { title, message: englishMessage, messageLocale: SOURCE_LOCALE, goHome: m.goHome };
}
