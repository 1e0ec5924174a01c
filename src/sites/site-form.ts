// The site form's fields: read from a submitted body, or filled from a stored site.
import { formList, formString } from '../admin/forms.tsx';
import type { SiteInput } from './save-site.ts';
import { siteFingerprint } from './save-site.ts';
import { localeChoices, positionField } from './site-locales.ts';
import type { Site } from './site.queries.ts';

export type SiteFormValues = SiteInput;

export const EMPTY_SITE_VALUES: SiteFormValues = {
  name: '', slug: '', host: '', locales: ['en'], positions: { en: '1' }, defaultLocale: 'en', isDefault: false, logoMediaId: '', fingerprint: '',
};

/** The form's rows for this site (its own locales, then the rest), with positions read from the body. */
export function readSiteForm(body: unknown, siteLocales: readonly string[]): SiteFormValues {
  const positions: Record<string, string> = {};
  for (const choice of localeChoices(siteLocales)) positions[choice.tag] = formString(body, positionField(choice.tag));
  return {
    name: formString(body, 'name'), slug: formString(body, 'slug'), host: formString(body, 'host'),
    locales: formList(body, 'locales'), positions, defaultLocale: formString(body, 'defaultLocale'),
    isDefault: formString(body, 'isDefault') === '1', logoMediaId: formString(body, 'logoMediaId'),
    fingerprint: formString(body, 'fingerprint'),
  };
}

export function valuesOfSite(site: Site): SiteFormValues {
  return {
    name: site.name, slug: site.slug, host: site.host ?? '', locales: [...site.locales],
    positions: Object.fromEntries(site.locales.map((tag, i) => [tag, String(i + 1)])),
    defaultLocale: site.defaultLocale, isDefault: site.isDefault, logoMediaId: site.logo?.mediaId ?? '', fingerprint: siteFingerprint(site),
  };
}
