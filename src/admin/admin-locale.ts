// The language of the admin interface for one request. Staff choose it in the header
// (stored on their user row); until they do, the browser's Accept-Language decides among
// the languages the admin is translated into. The admin's language is independent of the
// site's: a Russian-speaking editor works on the Arabic site in Russian.
import type { FastifyRequest } from 'fastify';
import { negotiateLocale } from '../i18n/negotiate-locale.ts';

/** The languages the whole admin is translated into (catalogs admin*.json, checked by i18n:check). */
/** Where the header's language form posts (admin-home.routes.tsx). */
export const ADMIN_LANGUAGE_PATH = '/admin/language';

export const ADMIN_LOCALES = ['en', 'ru'] as const;
export type AdminLocale = (typeof ADMIN_LOCALES)[number];

export function isAdminLocale(value: unknown): value is AdminLocale {
  return typeof value === 'string' && (ADMIN_LOCALES as readonly string[]).includes(value);
}

export function adminLocaleOf(request: FastifyRequest): AdminLocale {
  const chosen = request.staff?.user.uiLocale;
  if (isAdminLocale(chosen)) return chosen;
  const negotiated = negotiateLocale(request.headers['accept-language'], ADMIN_LOCALES, 'en');
  return isAdminLocale(negotiated) ? negotiated : 'en';
}
