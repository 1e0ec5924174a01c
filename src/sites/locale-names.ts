// A locale's name in the admin's language, for forms and errors that name a site's locales
// ("Dari (fa-AF)", "Дари (fa-AF)"). English uses the registry's English names (locales.ts);
// other admin languages ask Intl, whose names are lower-case mid-sentence in Russian
// ("дари"), so they are capitalised: here a name starts a label or a list item.
import { useAdminLocale } from '../admin/admin-i18n.tsx';
import { localeInfo } from '../i18n/locales.ts';

const displayNames = new Map<string, Intl.DisplayNames>();

function namesIn(adminLocale: string): Intl.DisplayNames {
  let names = displayNames.get(adminLocale);
  if (!names) {
    names = new Intl.DisplayNames([adminLocale], { type: 'language', fallback: 'code' });
    displayNames.set(adminLocale, names);
  }
  return names;
}

export function localeNameIn(adminLocale: string, tag: string): string {
  if (adminLocale === 'en') return localeInfo(tag).englishName;
  try {
    const name = namesIn(adminLocale).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(adminLocale) + name.slice(1);
  } catch {
    // Not a tag Intl accepts (a hand-edited row): show the tag itself.
    return tag;
  }
}

/** For views rendered by sendAdminPage: names in the page's admin language. */
export function useLocaleName(): (tag: string) => string {
  const adminLocale = useAdminLocale();
  return (tag) => localeNameIn(adminLocale, tag);
}
